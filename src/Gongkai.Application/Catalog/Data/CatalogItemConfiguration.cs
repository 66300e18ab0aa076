using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.Catalog.Data;

/// <summary>An item and its versions; a version's content as columns (it is queried and listed by them).</summary>
internal sealed class CatalogItemConfiguration : IEntityTypeConfiguration<CatalogItem>
{
    public void Configure(EntityTypeBuilder<CatalogItem> item)
    {
        item.ToTable("CatalogItems");
        item.HasOne<Agency>().WithMany().HasForeignKey(i => i.AgencyId).OnDelete(DeleteBehavior.Restrict);
        // 索引号 are unique across the platform and never reused (they carry the agency's code).
        item.HasIndex(i => i.IndexNo).IsUnique();
        item.Property(i => i.IndexNo).HasMaxLength(60);
        item.Property(i => i.Revision).IsConcurrencyToken();
        item.HasMany(i => i.Versions).WithOne().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Cascade);
        item.Navigation(i => i.Versions).AutoInclude();
        item.Ignore(i => i.Working);
        item.Ignore(i => i.Public);
        item.Ignore(i => i.Current);
    }
}

internal sealed class CatalogItemVersionConfiguration : IEntityTypeConfiguration<CatalogItemVersion>
{
    public void Configure(EntityTypeBuilder<CatalogItemVersion> version)
    {
        version.ToTable("CatalogItemVersions");
        version.HasIndex(v => new { v.ItemId, v.Number }).IsUnique();
        version.HasIndex(v => v.Status);
        version.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        version.Property(v => v.UpdatedBy).HasMaxLength(100);
        version.Property(v => v.SignedBy).HasMaxLength(100);
        version.Property(v => v.ReturnReason).HasMaxLength(2000);
        version.Property(v => v.RepealReason).HasMaxLength(500);
        version.ComplexProperty(v => v.Content, content =>
        {
            content.Property(c => c.Title).HasColumnName("Title").HasMaxLength(CatalogContent.TitleMax);
            content.Property(c => c.DocumentNo).HasColumnName("DocumentNo").HasMaxLength(CatalogContent.DocumentNoMax);
            content.Property(c => c.Publisher).HasColumnName("Publisher").HasMaxLength(CatalogContent.PublisherMax);
            content.Property(c => c.WrittenOn).HasColumnName("WrittenOn");
            content.Property(c => c.PublishedOn).HasColumnName("PublishedOn");
            content.Property(c => c.EffectiveOn).HasColumnName("EffectiveOn");
            content.Property(c => c.Category).HasColumnName("Category").HasMaxLength(CatalogContent.LabelMax);
            content.Property(c => c.Genre).HasColumnName("Genre").HasMaxLength(CatalogContent.LabelMax);
            content.Property(c => c.Column).HasColumnName("Column").HasMaxLength(CatalogContent.LabelMax);
            content.Property(c => c.Keywords).HasColumnName("Keywords").HasMaxLength(CatalogContent.KeywordsMax);
            content.Property(c => c.Summary).HasColumnName("Summary").HasMaxLength(CatalogContent.SummaryMax);
            content.Property(c => c.BodyHtml).HasColumnName("BodyHtml");
            content.Property(c => c.Disclosure).HasColumnName("Disclosure").HasConversion<string>().HasMaxLength(20);
            content.Property(c => c.DisclosureReason).HasColumnName("DisclosureReason").HasMaxLength(CatalogContent.ReasonMax);
            content.Property(c => c.RegulatoryKind).HasColumnName("RegulatoryKind").HasConversion<string>().HasMaxLength(30);
            content.Property(c => c.NeedsInterpretation).HasColumnName("NeedsInterpretation");
            content.Property(c => c.InterpretsItemId).HasColumnName("InterpretsItemId");
        });
        version.HasMany(v => v.Rounds).WithOne().HasForeignKey(r => r.VersionId).OnDelete(DeleteBehavior.Cascade);
        version.HasMany(v => v.Attachments).WithOne().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Cascade);
        version.Navigation(v => v.Rounds).AutoInclude();
        version.Navigation(v => v.Attachments).AutoInclude();
        version.Ignore(v => v.LatestRound);
        version.Ignore(v => v.IsPublic);
        version.Ignore(v => v.InForce);
    }
}

internal sealed class ReviewRoundConfiguration : IEntityTypeConfiguration<ReviewRound>
{
    public void Configure(EntityTypeBuilder<ReviewRound> round)
    {
        round.ToTable("CatalogReviewRounds");
        round.HasIndex(r => r.SubmittedAt);
        round.Property(r => r.Result).HasConversion<string>().HasMaxLength(20);
        round.Property(r => r.SubmittedBy).HasMaxLength(100);
        round.Property(r => r.ReviewedBy).HasMaxLength(100);
        round.Property(r => r.SignedBy).HasMaxLength(100);
        round.Property(r => r.Opinion).HasMaxLength(2000);
        round.Property(r => r.SignOpinion).HasMaxLength(2000);
        round.Property(r => r.OverriddenWarning).HasMaxLength(500);
        round.HasMany(r => r.Findings).WithOne().HasForeignKey(f => f.RoundId).OnDelete(DeleteBehavior.Cascade);
        round.Navigation(r => r.Findings).AutoInclude();
    }
}

internal sealed class LeakFindingConfiguration : IEntityTypeConfiguration<LeakFinding>
{
    public void Configure(EntityTypeBuilder<LeakFinding> finding)
    {
        finding.ToTable("CatalogLeakFindings");
        finding.Property(f => f.Kind).HasConversion<string>().HasMaxLength(30);
        finding.Property(f => f.Location).HasMaxLength(200);
        finding.Property(f => f.Excerpt).HasMaxLength(200);
        finding.Property(f => f.AcknowledgedBy).HasMaxLength(100);
    }
}

internal sealed class CatalogAttachmentConfiguration : IEntityTypeConfiguration<CatalogAttachment>
{
    public void Configure(EntityTypeBuilder<CatalogAttachment> attachment)
    {
        attachment.ToTable("CatalogAttachments");
        attachment.Property(a => a.FileName).HasMaxLength(200);
        attachment.Property(a => a.ContentType).HasMaxLength(100);
        attachment.Property(a => a.Sha256).HasMaxLength(64);
        attachment.HasIndex(a => a.Sha256);
    }
}
