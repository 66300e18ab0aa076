using Gongkai.Domain.Accounts;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Tests.AnnualReports;

/// <summary>The report's workflow, every status × every action × every role: allowed (to which status) or refused.</summary>
public sealed class ReportWorkflowTests
{
    /// <summary>The workflow as the statute and the office's practice give it, written out independently of the table.</summary>
    private static readonly Dictionary<(ReportStatus, ReportAction, StaffRole), ReportStatus> Allowed = new()
    {
        [(ReportStatus.Draft, ReportAction.Edit, StaffRole.Editor)] = ReportStatus.Draft,
        [(ReportStatus.Draft, ReportAction.Submit, StaffRole.Editor)] = ReportStatus.PendingReview,
        [(ReportStatus.PendingReview, ReportAction.Return, StaffRole.Reviewer)] = ReportStatus.Draft,
        [(ReportStatus.PendingReview, ReportAction.Publish, StaffRole.Reviewer)] = ReportStatus.Published,
        [(ReportStatus.Published, ReportAction.Correct, StaffRole.Editor)] = ReportStatus.Published,
    };

    public static TheoryData<ReportStatus, ReportAction, StaffRole> EveryCombination()
    {
        var data = new TheoryData<ReportStatus, ReportAction, StaffRole>();
        foreach (var status in Enum.GetValues<ReportStatus>())
        {
            foreach (var action in Enum.GetValues<ReportAction>())
            {
                foreach (var role in Enum.GetValues<StaffRole>())
                {
                    data.Add(status, action, role);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void EachStatusActionAndRoleIsAllowedOrRefusedAsTheWorkflowSays(ReportStatus status, ReportAction action, StaffRole role)
    {
        var expected = Allowed.TryGetValue((status, action, role), out var next);

        Assert.Equal(expected, ReportWorkflow.Table.Allows(status, action, r => r == role));
        Assert.Equal(expected, ReportWorkflow.Available(status, r => r == role).Contains(action));
        if (expected)
        {
            Assert.Equal(next, ReportWorkflow.Next(status, action));
        }
        else if (!Allowed.Keys.Any(k => k.Item1 == status && k.Item2 == action))
        {
            var refusal = Assert.Throws<WorkflowException>(() => ReportWorkflow.Next(status, action));
            Assert.Contains(ReportWorkflow.StatusName(status), refusal.Message, StringComparison.Ordinal);
            Assert.Contains(ReportWorkflow.ActionName(action), refusal.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheMatrixCoversEveryStatusActionAndRole() =>
        Assert.Equal(Enum.GetValues<ReportStatus>().Length * Enum.GetValues<ReportAction>().Length * Enum.GetValues<StaffRole>().Length, EveryCombination().Count);

    [Fact]
    public void AnAdministratorAloneMayTakeNoStepOfAReport() =>
        Assert.All(Enum.GetValues<ReportStatus>(), s => Assert.Empty(ReportWorkflow.Available(s, r => r == StaffRole.Admin)));

    [Fact]
    public void ARefusedStepLeavesTheReportAsItWas()
    {
        var report = AnnualReport.Create(1, ReportFigures.Zero(2024), new ReportNarrative(), "editor", DateTimeOffset.UnixEpoch);
        var revision = report.Revision;

        Assert.Throws<WorkflowException>(() => report.Publish("reviewer", DateTimeOffset.UnixEpoch, [], null));

        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Equal(revision, report.Revision);
        Assert.Null(report.ContentSha256);
    }
}
