using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.AnnualReports.Data;

/// <summary>A report version per row; the figures as their canonical JSON (ADR-0002), the text as columns.</summary>
internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> report)
    {
        report.HasIndex(r => new { r.AgencyId, r.Year, r.Version }).IsUnique();
        report.HasIndex(r => new { r.Year, r.Status });
        report.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        report.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        report.Property(r => r.Revision).IsConcurrencyToken();
        report.Property(r => r.UpdatedBy).HasMaxLength(100);
        report.Property(r => r.SubmittedBy).HasMaxLength(100);
        report.Property(r => r.PublishedBy).HasMaxLength(100);
        report.Property(r => r.ContentSha256).HasMaxLength(64);
        report.Property(r => r.PublishReason).HasMaxLength(2000);
        report.Property(r => r.ReturnReason).HasMaxLength(2000);
        report.Ignore(r => r.Figures);
        report.ComplexProperty(r => r.Narrative);
    }
}
