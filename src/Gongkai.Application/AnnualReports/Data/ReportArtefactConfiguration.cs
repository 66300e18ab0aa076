using Gongkai.Application.AnnualReports.Export.Artefacts;
using Gongkai.Domain.AnnualReports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.AnnualReports.Data;

/// <summary>A published version's exports, one row per (version, format), kept as long as the version.</summary>
internal sealed class ReportArtefactConfiguration : IEntityTypeConfiguration<ReportArtefact>
{
    public void Configure(EntityTypeBuilder<ReportArtefact> artefact)
    {
        artefact.ToTable("ReportArtefacts");
        artefact.HasKey(a => new { a.ReportId, a.Format });
        artefact.HasOne<AnnualReport>().WithMany().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
        artefact.Property(a => a.Format).HasConversion<string>().HasMaxLength(10);
        artefact.Property(a => a.ContentType).HasMaxLength(200);
        artefact.Property(a => a.Sha256).HasMaxLength(64);
    }
}
