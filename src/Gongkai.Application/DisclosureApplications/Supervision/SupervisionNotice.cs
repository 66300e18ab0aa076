using Gongkai.Domain.DisclosureApplications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.DisclosureApplications.Supervision;

/// <summary>
/// 督办通知: an application's present step is due within 3 working days, or overdue. Addressed to the handler
/// it was 转办 to, else to the receiving office (every 公开办工作人员 of the agency). One notice per application,
/// step due date and level. Where SMTP is configured and the handler has an e-mail address, the notice is also
/// e-mailed to them, once: the sending (address and time) is kept on the notice, and a failed sending is tried
/// again by the next sweep.
/// </summary>
public sealed class SupervisionNotice
{
    public long Id { get; set; }
    public int ApplicationId { get; set; }
    public int AgencyId { get; set; }

    /// <summary>The handler's user name; null for the office as a whole.</summary>
    public string? Recipient { get; set; }
    public DueStatus Level { get; set; }
    public DateOnly StepDueOn { get; set; }
    public ApplicationState State { get; set; }
    public string Message { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public string? ReadBy { get; set; }

    /// <summary>Where and when it was e-mailed; null while not sent.</summary>
    public string? EmailedTo { get; set; }
    public DateTimeOffset? EmailedAt { get; set; }

    /// <summary>Why the last try to e-mail it failed, for the administrator.</summary>
    public string? EmailError { get; set; }
}

internal sealed class SupervisionNoticeConfiguration : IEntityTypeConfiguration<SupervisionNotice>
{
    public void Configure(EntityTypeBuilder<SupervisionNotice> notice)
    {
        notice.ToTable("DisclosureSupervisionNotices");
        notice.HasOne<DisclosureApplication>().WithMany().HasForeignKey(n => n.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        notice.HasIndex(n => new { n.ApplicationId, n.StepDueOn, n.Level }).IsUnique();
        notice.HasIndex(n => new { n.AgencyId, n.ReadAt });
        notice.Property(n => n.Recipient).HasMaxLength(256);
        notice.Property(n => n.ReadBy).HasMaxLength(256);
        notice.Property(n => n.Level).HasConversion<string>().HasMaxLength(20);
        notice.Property(n => n.State).HasConversion<string>().HasMaxLength(24);
        notice.Property(n => n.Message).HasMaxLength(500);
        notice.Property(n => n.EmailedTo).HasMaxLength(256);
        notice.Property(n => n.EmailError).HasMaxLength(500);
    }
}
