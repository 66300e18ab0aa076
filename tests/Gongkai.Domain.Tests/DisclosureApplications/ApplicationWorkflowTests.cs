using Gongkai.Domain.Accounts;
using Gongkai.Domain.DisclosureApplications;

namespace Gongkai.Domain.Tests.DisclosureApplications;

/// <summary>
/// The application's workflow, every state × every action × every role: allowed (to which state, by which
/// role) or refused, in the table and in the aggregate itself.
/// </summary>
public sealed class ApplicationWorkflowTests
{
    private const StaffRole Office = StaffRole.Editor;
    private const StaffRole Head = StaffRole.Reviewer;

    /// <summary>The workflow as the 条例 and the office's practice give it, written out apart from the table.</summary>
    private static readonly Dictionary<(ApplicationState, ApplicationAction), (ApplicationState Next, StaffRole Role)> Allowed = new()
    {
        [(ApplicationState.Submitted, ApplicationAction.Sign)] = (ApplicationState.SignedFor, Office),
        [(ApplicationState.SignedFor, ApplicationAction.Accept)] = (ApplicationState.Accepted, Office),
        [(ApplicationState.SignedFor, ApplicationAction.RequestCorrection)] = (ApplicationState.CorrectionRequested, Office),
        [(ApplicationState.Accepted, ApplicationAction.RequestCorrection)] = (ApplicationState.CorrectionRequested, Office),
        [(ApplicationState.CorrectionRequested, ApplicationAction.ReceiveCorrection)] = (ApplicationState.Accepted, Office),
        [(ApplicationState.CorrectionRequested, ApplicationAction.AbandonUncorrected)] = (ApplicationState.Decided, Office),
        [(ApplicationState.Accepted, ApplicationAction.Assign)] = (ApplicationState.Assigned, Office),
        [(ApplicationState.Assigned, ApplicationAction.SendBack)] = (ApplicationState.Accepted, Office),
        [(ApplicationState.Accepted, ApplicationAction.ConsultThirdParty)] = (ApplicationState.Consulting, Office),
        [(ApplicationState.Accepted, ApplicationAction.ConsultAgency)] = (ApplicationState.Consulting, Office),
        [(ApplicationState.Consulting, ApplicationAction.ReceiveOpinions)] = (ApplicationState.Accepted, Office),
        [(ApplicationState.Accepted, ApplicationAction.Extend)] = (ApplicationState.Accepted, Head),
        [(ApplicationState.Assigned, ApplicationAction.Extend)] = (ApplicationState.Assigned, Head),
        [(ApplicationState.UnderReview, ApplicationAction.Extend)] = (ApplicationState.UnderReview, Head),
        [(ApplicationState.Accepted, ApplicationAction.NoticeFee)] = (ApplicationState.AwaitingFee, Office),
        [(ApplicationState.AwaitingFee, ApplicationAction.ConfirmPayment)] = (ApplicationState.Accepted, Office),
        [(ApplicationState.AwaitingFee, ApplicationAction.AbandonUnpaid)] = (ApplicationState.Decided, Office),
        [(ApplicationState.Accepted, ApplicationAction.SubmitDraft)] = (ApplicationState.UnderReview, Office),
        [(ApplicationState.Assigned, ApplicationAction.SubmitDraft)] = (ApplicationState.UnderReview, Office),
        [(ApplicationState.UnderReview, ApplicationAction.ApproveDraft)] = (ApplicationState.Approved, Head),
        [(ApplicationState.UnderReview, ApplicationAction.RejectDraft)] = (ApplicationState.Accepted, Head),
        [(ApplicationState.Approved, ApplicationAction.Decide)] = (ApplicationState.Decided, Office),
        [(ApplicationState.Decided, ApplicationAction.Close)] = (ApplicationState.Closed, Office),
    };

    public static TheoryData<ApplicationState, ApplicationAction, StaffRole> EveryCombination()
    {
        var data = new TheoryData<ApplicationState, ApplicationAction, StaffRole>();
        foreach (var state in Enum.GetValues<ApplicationState>())
        {
            foreach (var action in Enum.GetValues<ApplicationAction>())
            {
                foreach (var role in Enum.GetValues<StaffRole>())
                {
                    data.Add(state, action, role);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void EachStateActionAndRoleIsAllowedOrRefusedAsTheWorkflowSays(ApplicationState state, ApplicationAction action, StaffRole role)
    {
        var expected = Allowed.TryGetValue((state, action), out var step) && step.Role == role;

        Assert.Equal(expected, ApplicationWorkflow.Table.Allows(state, action, r => r == role));
        Assert.Equal(expected, ApplicationWorkflow.Table.Available(state, r => r == role).Contains(action));
    }

    public static TheoryData<ApplicationState, ApplicationAction> EveryStateAndAction()
    {
        var data = new TheoryData<ApplicationState, ApplicationAction>();
        foreach (var state in Enum.GetValues<ApplicationState>())
        {
            foreach (var action in Enum.GetValues<ApplicationAction>())
            {
                data.Add(state, action);
            }
        }

        return data;
    }

    /// <summary>The aggregate obeys the table: an allowed step reaches its state; any other is refused (409) and changes nothing.</summary>
    [Theory]
    [MemberData(nameof(EveryStateAndAction))]
    public void TheAggregateTakesExactlyTheStepsTheTableAllows(ApplicationState state, ApplicationAction action)
    {
        var application = ApplicationScenarios.InState(state);
        var (revision, events, due) = (application.Revision, application.Events.Count, application.DueOn);
        var context = ApplicationScenarios.Next(application, ApplicationScenarios.DaysFor(application, action));

        if (Allowed.TryGetValue((state, action), out var step))
        {
            ApplicationScenarios.Invoke(application, action, context);
            Assert.Equal(step.Next, application.State);
            Assert.Equal(revision + 1, application.Revision);
            var last = Assert.Single(application.Events.Skip(events));
            Assert.Equal((action.ToString(), state, step.Next), (last.Action, last.FromState!.Value, last.ToState));
        }
        else
        {
            var refusal = Assert.Throws<WorkflowException>(() => ApplicationScenarios.Invoke(application, action, context));
            Assert.Equal($"{ApplicationWorkflow.StateName(state)}的申请不能{ApplicationWorkflow.ActionName(action)}", refusal.Message);
            Assert.Equal((state, revision, events, due), (application.State, application.Revision, application.Events.Count, application.DueOn));
        }
    }

    [Fact]
    public void TheMatrixCoversEveryStateActionAndRole() =>
        Assert.Equal(Enum.GetValues<ApplicationState>().Length * Enum.GetValues<ApplicationAction>().Length * Enum.GetValues<StaffRole>().Length, EveryCombination().Count);

    [Fact]
    public void AnAdministratorAloneMayTakeNoStep() =>
        Assert.All(Enum.GetValues<ApplicationState>(), s => Assert.Empty(ApplicationWorkflow.Table.Available(s, r => r == StaffRole.Admin)));

    [Fact]
    public void EveryStateCanBeReachedAndEveryOpenStateCanBeLeft()
    {
        foreach (var state in Enum.GetValues<ApplicationState>())
        {
            Assert.Equal(state, ApplicationScenarios.InState(state).State);
            Assert.Equal(state != ApplicationState.Closed, Enum.GetValues<ApplicationAction>().Any(a => ApplicationWorkflow.Table.Allows(state, a)));
        }
    }

    [Theory]
    [InlineData(ApplicationAction.RequestCorrection, "request-correction")]
    [InlineData(ApplicationAction.ConsultThirdParty, "consult-third-party")]
    [InlineData(ApplicationAction.Sign, "sign")]
    public void EachActionHasAUrlName(ApplicationAction action, string slug)
    {
        Assert.Equal(slug, ApplicationWorkflow.Slug(action));
        Assert.Equal(action, ApplicationWorkflow.FromSlug(slug));
        Assert.Null(ApplicationWorkflow.FromSlug("no-such-action"));
        Assert.Equal(Enum.GetValues<ApplicationAction>().Length, Enum.GetValues<ApplicationAction>().Select(ApplicationWorkflow.Slug).Distinct().Count());
    }
}
