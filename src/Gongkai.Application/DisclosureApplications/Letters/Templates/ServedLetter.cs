using Gongkai.Domain.DisclosureApplications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.DisclosureApplications.Letters.Templates;

/// <summary>
/// A letter as it was served to the applicant, DOCX and PDF, kept with the application: once served, the letter
/// is this copy (downloaded, re-sent, put in the evidence pack), whatever the agency's templates become later.
/// </summary>
public sealed class ServedLetter
{
    public long Id { get; set; }
    public int ApplicationId { get; set; }

    /// <summary>The letter's number within the application (<see cref="ReplyLetter.Number"/>).</summary>
    public int Number { get; set; }
    public string Title { get; set; } = "";

    /// <summary>The template it was written with: key and the agency's version (0: the product's default).</summary>
    public string TemplateKey { get; set; } = "";
    public int TemplateVersion { get; set; }
    public byte[] Docx { get; set; } = [];
    public byte[] Pdf { get; set; } = [];
    public string ServedBy { get; set; } = "";
    public DateTimeOffset ServedAt { get; set; }
}

internal sealed class ServedLetterConfiguration : IEntityTypeConfiguration<ServedLetter>
{
    public void Configure(EntityTypeBuilder<ServedLetter> letter)
    {
        letter.ToTable("DisclosureServedLetters");
        letter.HasOne<DisclosureApplication>().WithMany().HasForeignKey(l => l.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        letter.HasIndex(l => new { l.ApplicationId, l.Number }).IsUnique();
        letter.Property(l => l.Title).HasMaxLength(100);
        letter.Property(l => l.TemplateKey).HasMaxLength(40);
        letter.Property(l => l.ServedBy).HasMaxLength(256);
    }
}
