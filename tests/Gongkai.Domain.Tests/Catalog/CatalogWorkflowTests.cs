using Gongkai.Domain.Accounts;
using Gongkai.Domain.Catalog;

namespace Gongkai.Domain.Tests.Catalog;

/// <summary>The catalog's review, every status × every action × every role: allowed (to which status) or refused.</summary>
public sealed class CatalogWorkflowTests
{
    /// <summary>The review as 条例第十七条 and the office's practice give it (domain.md §5.4), written out apart from the table.</summary>
    private static readonly Dictionary<(CatalogItemStatus, CatalogAction, StaffRole), CatalogItemStatus> Allowed = new()
    {
        [(CatalogItemStatus.Draft, CatalogAction.Edit, StaffRole.Editor)] = CatalogItemStatus.Draft,
        [(CatalogItemStatus.Draft, CatalogAction.Submit, StaffRole.Editor)] = CatalogItemStatus.InReview,
        [(CatalogItemStatus.InReview, CatalogAction.Acknowledge, StaffRole.Reviewer)] = CatalogItemStatus.InReview,
        [(CatalogItemStatus.InReview, CatalogAction.Pass, StaffRole.Reviewer)] = CatalogItemStatus.AwaitingSignOff,
        [(CatalogItemStatus.InReview, CatalogAction.Return, StaffRole.Reviewer)] = CatalogItemStatus.Draft,
        [(CatalogItemStatus.AwaitingSignOff, CatalogAction.SignOff, StaffRole.Signer)] = CatalogItemStatus.Published,
        [(CatalogItemStatus.AwaitingSignOff, CatalogAction.Reject, StaffRole.Signer)] = CatalogItemStatus.Draft,
        [(CatalogItemStatus.Published, CatalogAction.Correct, StaffRole.Editor)] = CatalogItemStatus.Published,
        [(CatalogItemStatus.Published, CatalogAction.Repeal, StaffRole.Signer)] = CatalogItemStatus.Repealed,
        [(CatalogItemStatus.Published, CatalogAction.ReReview, StaffRole.Reviewer)] = CatalogItemStatus.Published,
    };

    public static TheoryData<CatalogItemStatus, CatalogAction, StaffRole> EveryCombination()
    {
        var data = new TheoryData<CatalogItemStatus, CatalogAction, StaffRole>();
        foreach (var status in Enum.GetValues<CatalogItemStatus>())
        {
            foreach (var action in Enum.GetValues<CatalogAction>())
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
    public void EachStatusActionAndRoleIsAllowedOrRefusedAsTheReviewSays(CatalogItemStatus status, CatalogAction action, StaffRole role)
    {
        var expected = Allowed.TryGetValue((status, action, role), out var next);

        Assert.Equal(expected, CatalogWorkflow.Table.Allows(status, action, r => r == role));
        Assert.Equal(expected, CatalogWorkflow.Available(status, r => r == role).Contains(action));
        if (expected)
        {
            Assert.Equal(next, CatalogWorkflow.Next(status, action));
        }
        else if (!Allowed.Keys.Any(k => k.Item1 == status && k.Item2 == action))
        {
            var refusal = Assert.Throws<WorkflowException>(() => CatalogWorkflow.Next(status, action));
            Assert.Contains(CatalogWorkflow.StatusName(status), refusal.Message, StringComparison.Ordinal);
            Assert.Contains(CatalogWorkflow.ActionName(action), refusal.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheMatrixCoversEveryStatusActionAndRole() =>
        Assert.Equal(Enum.GetValues<CatalogItemStatus>().Length * Enum.GetValues<CatalogAction>().Length * Enum.GetValues<StaffRole>().Length, EveryCombination().Count);

    [Fact]
    public void WhoDraftsNeitherReviewsNorSignsAndAnAdministratorTakesNoStep()
    {
        foreach (var status in Enum.GetValues<CatalogItemStatus>())
        {
            Assert.Empty(CatalogWorkflow.Available(status, r => r == StaffRole.Admin));
            Assert.DoesNotContain(CatalogAction.Pass, CatalogWorkflow.Available(status, r => r == StaffRole.Editor));
            Assert.DoesNotContain(CatalogAction.SignOff, CatalogWorkflow.Available(status, r => r == StaffRole.Editor));
            Assert.DoesNotContain(CatalogAction.SignOff, CatalogWorkflow.Available(status, r => r == StaffRole.Reviewer));
        }
    }
}
