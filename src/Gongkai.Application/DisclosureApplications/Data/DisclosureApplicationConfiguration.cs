using Gongkai.Domain.Agencies;
using Gongkai.Domain.DisclosureApplications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.DisclosureApplications.Data;

/// <summary>
/// An application per row, its applicant and request as column groups, its events and pauses in their own
/// tables. States, outcomes and kinds are stored by name. The indexes serve the work list (agency, state,
/// step due date), the year's statistics (agency, receipt date) and the intake (tracking number, idempotency key).
/// </summary>
internal sealed class DisclosureApplicationConfiguration : IEntityTypeConfiguration<DisclosureApplication>
{
    public void Configure(EntityTypeBuilder<DisclosureApplication> application)
    {
        application.ToTable("DisclosureApplications");
        application.HasOne<Agency>().WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
        application.HasIndex(a => a.TrackingNumber).IsUnique();
        application.HasIndex(a => a.IdempotencyKeyHash).IsUnique();
        application.HasIndex(a => new { a.AgencyId, a.State, a.StepDueOn });
        application.HasIndex(a => new { a.AgencyId, a.ReceivedOn });
        application.HasIndex(a => new { a.AgencyId, a.ApplicantKey, a.ReceivedOn });
        application.HasIndex(a => new { a.HandlingAgencyId, a.State });
        application.Property(a => a.TrackingNumber).HasMaxLength(32);
        application.Property(a => a.State).HasConversion<string>().HasMaxLength(24);
        application.Property(a => a.Revision).IsConcurrencyToken();
        application.Property(a => a.ApplicantKey).HasMaxLength(32);
        application.Property(a => a.Channel).HasConversion<string>().HasMaxLength(20);
        application.Property(a => a.ReceiptExplanation).HasMaxLength(500);
        application.Property(a => a.UpdatedBy).HasMaxLength(100);
        application.Property(a => a.HandlerUserName).HasMaxLength(256);
        application.Property(a => a.CorrectionNote).HasMaxLength(DisclosureApplication.MaxNoteLength);
        application.Property(a => a.FeeMethod).HasConversion<string>().HasMaxLength(20);
        application.Property(a => a.FeeAmount).HasPrecision(12, 2);
        application.Property(a => a.ProposedOutcome).HasConversion<string>().HasMaxLength(40);
        application.Property(a => a.ProposedBasis).HasMaxLength(300);
        application.Property(a => a.ProposedReply).HasMaxLength(DisclosureApplication.MaxNoteLength);
        application.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(40);
        application.Property(a => a.DecisionBasis).HasMaxLength(300);
        application.Property(a => a.Reply).HasMaxLength(DisclosureApplication.MaxNoteLength);
        application.Property(a => a.DueProblem).HasMaxLength(500);
        application.Property(a => a.IdempotencyKeyHash).HasMaxLength(64);
        application.Property(a => a.RequestHash).HasMaxLength(64);
        application.Property(a => a.QueryCodeSalt).HasMaxLength(32);
        application.Property(a => a.QueryCodeHash).HasMaxLength(64);
        application.Ignore(a => a.Evidence);
        application.Ignore(a => a.Fee);
        application.Ignore(a => a.OpenPause);
        application.Ignore(a => a.LastEventOn);
        application.ComplexProperty(a => a.Applicant, applicant =>
        {
            applicant.Property(p => p.Type).HasConversion<string>().HasMaxLength(32);
            applicant.Property(p => p.Name).HasMaxLength(ApplicationIntakeRules.MaxName);
            applicant.Property(p => p.IdDocumentType).HasMaxLength(30);
            applicant.Property(p => p.IdNumber).HasMaxLength(40);
            applicant.Property(p => p.ContactPerson).HasMaxLength(50);
            applicant.Property(p => p.Phone).HasMaxLength(20);
            applicant.Property(p => p.Email).HasMaxLength(100);
            applicant.Property(p => p.Address).HasMaxLength(200);
        });
        application.ComplexProperty(a => a.Request, request =>
        {
            request.Property(r => r.Description).HasMaxLength(ApplicationIntakeRules.MaxDescription);
            request.Property(r => r.DocumentNumber).HasMaxLength(100);
            request.Property(r => r.Form).HasConversion<string>().HasMaxLength(20);
            request.Property(r => r.Way).HasConversion<string>().HasMaxLength(20);
        });
        application.HasMany(a => a.Events).WithOne().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        application.Navigation(a => a.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
        application.HasMany(a => a.Pauses).WithOne().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        application.Navigation(a => a.Pauses).HasField("_pauses").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> entry)
    {
        entry.ToTable("DisclosureApplicationEvents");
        entry.HasIndex(e => new { e.ApplicationId, e.Sequence }).IsUnique();
        entry.Property(e => e.Actor).HasMaxLength(256);
        entry.Property(e => e.Action).HasMaxLength(40);
        entry.Property(e => e.FromState).HasConversion<string>().HasMaxLength(24);
        entry.Property(e => e.ToState).HasConversion<string>().HasMaxLength(24);
        entry.Property(e => e.Summary).HasMaxLength(4000);
        entry.Property(e => e.Basis).HasMaxLength(300);
        entry.Property(e => e.Handler).HasMaxLength(256);
        entry.Ignore(e => e.ActionName);
    }
}

internal sealed class ApplicationPauseConfiguration : IEntityTypeConfiguration<ApplicationPause>
{
    public void Configure(EntityTypeBuilder<ApplicationPause> pause)
    {
        pause.ToTable("DisclosureApplicationPauses");
        pause.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        pause.Property(p => p.Party).HasMaxLength(200);
    }
}

internal sealed class DisclosureAppealConfiguration : IEntityTypeConfiguration<DisclosureAppeal>
{
    public void Configure(EntityTypeBuilder<DisclosureAppeal> appeal)
    {
        appeal.ToTable("DisclosureAppeals");
        appeal.HasOne<DisclosureApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        appeal.HasIndex(a => new { a.AgencyId, a.FiledOn });
        appeal.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
        appeal.Property(a => a.Result).HasConversion<string>().HasMaxLength(20);
        appeal.Property(a => a.Body).HasMaxLength(200);
    }
}
