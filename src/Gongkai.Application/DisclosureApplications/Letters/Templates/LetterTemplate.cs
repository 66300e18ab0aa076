using Gongkai.Domain.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.DisclosureApplications.Letters.Templates;

/// <summary>
/// One version of an agency's template for one kind of letter. Versions are never changed or removed: an upload
/// adds the next one, and "restore the default" adds one without content (the product's default applies again).
/// The highest version is the one letters are written with.
/// </summary>
public sealed class LetterTemplate
{
    public long Id { get; set; }
    public int AgencyId { get; set; }

    /// <summary>A <see cref="LetterTemplateKeys"/> key.</summary>
    public string Key { get; set; } = "";
    public int Version { get; set; }

    /// <summary>The DOCX as uploaded; null: the product's default from this version on.</summary>
    public byte[]? Content { get; set; }
    public string? FileName { get; set; }

    /// <summary>The fields it uses, separated by 、, for the list.</summary>
    public string Fields { get; set; } = "";
    public string UploadedBy { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
}

internal sealed class LetterTemplateConfiguration : IEntityTypeConfiguration<LetterTemplate>
{
    public void Configure(EntityTypeBuilder<LetterTemplate> template)
    {
        template.ToTable("DisclosureLetterTemplates");
        template.HasOne<Agency>().WithMany().HasForeignKey(t => t.AgencyId).OnDelete(DeleteBehavior.Cascade);
        template.HasIndex(t => new { t.AgencyId, t.Key, t.Version }).IsUnique();
        template.Property(t => t.Key).HasMaxLength(40);
        template.Property(t => t.FileName).HasMaxLength(200);
        template.Property(t => t.Fields).HasMaxLength(1000);
        template.Property(t => t.UploadedBy).HasMaxLength(256);
    }
}
