using Gongkai.Application.Accounts;
using Gongkai.Application.DisclosureApplications;
using Gongkai.Domain.DisclosureApplications;

namespace Gongkai.Web.DisclosureApplications.Api;

/// <summary>One application as the API shows it to staff: personal numbers masked, the log, how each deadline was computed, what may be done now.</summary>
public static class ApplicationView
{
    public static async Task<object> CreateAsync(StaffContext staff, DisclosureApplication application, ApplicationClocks clocks, CancellationToken cancel)
    {
        var snapshot = await clocks.SnapshotAsync(cancel);
        var clock = snapshot.ClockFor(application.AgencyId);
        var (due, left) = ApplicationQueries.DueStatusOf(clock.Calendar, clocks.Today, ApplicationWorkflow.IsOpen(application.State) ? application.StepDueOn : null);
        var timeline = ApplicationTimeline.Of(application, clock);
        return new
        {
            application.Id,
            application.TrackingNumber,
            application.Revision,
            state = application.State.ToString(),
            stateName = ApplicationWorkflow.StateName(application.State),
            applicant = new
            {
                type = application.Applicant.Type.ToString(),
                typeName = ApplicantDetails.TypeCaption(application.Applicant.Type),
                application.Applicant.Name,
                application.Applicant.IdDocumentType,
                idNumber = PersonalDataMask.IdNumber(application.Applicant.IdNumber),
                phone = PersonalDataMask.Phone(application.Applicant.Phone),
                email = PersonalDataMask.Email(application.Applicant.Email),
            },
            request = new
            {
                application.Request.Description,
                application.Request.DocumentNumber,
                form = InformationRequest.FormName(application.Request.Form),
                way = InformationRequest.WayName(application.Request.Way),
            },
            channel = application.Channel.ToString(),
            receivedOn = DisclosureApplicationsWeb.Iso(application.ReceivedOn),
            receipt = application.ReceiptExplanation,
            dueOn = DisclosureApplicationsWeb.Iso(application.DueOn),
            stepDueOn = DisclosureApplicationsWeb.Iso(application.StepDueOn),
            application.DueProblem,
            due = due.ToString(),
            workingDaysLeft = left,
            handler = application.HandlerUserName,
            outcome = application.Outcome?.ToString(),
            outcomeName = application.Outcome is { } o ? DecisionBases.Caption(o) : null,
            basis = application.DecisionBasis,
            decidedOn = DisclosureApplicationsWeb.Iso(application.DecidedOn),
            deadlineSteps = timeline.DeadlineSteps,
            stepLimits = timeline.StepLimits,
            events = application.Events.OrderBy(e => e.Sequence).Select(e => new
            {
                e.Sequence, at = Domain.Calendar.ShanghaiTime.Format(e.At), on = DisclosureApplicationsWeb.Iso(e.On), e.Actor, action = e.Action,
                actionName = e.ActionName, state = e.ToState.ToString(), e.Summary, e.Basis, e.Handler, dueOn = DisclosureApplicationsWeb.Iso(e.DueOn),
            }),
            actions = ApplicationAccess.Available(staff, application).Select(ApplicationWorkflow.Slug),
        };
    }
}

/// <summary>How an application's deadlines were computed, in plain Chinese, for the timeline (page and API alike).</summary>
public sealed record ApplicationTimeline(IReadOnlyList<string> DeadlineSteps, IReadOnlyList<string> StepLimits)
{
    public static ApplicationTimeline Of(DisclosureApplication application, Domain.Calendar.StatutoryClock clock)
    {
        var (steps, limits) = DeadlineExplanation.Of(application, clock);
        return new ApplicationTimeline(steps, limits);
    }
}
