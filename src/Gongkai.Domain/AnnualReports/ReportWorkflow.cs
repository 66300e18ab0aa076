namespace Gongkai.Domain.AnnualReports;

/// <summary>Where a report is in its life: 草稿 → 待审核 → 已发布; a corrected report is 已更正.</summary>
public enum ReportStatus
{
    Draft,
    PendingReview,
    Published,
    /// <summary>Published, then replaced by a published correction; kept, never changed.</summary>
    Superseded,
}

public enum ReportAction
{
    /// <summary>保存 figures or text (公开办工作人员).</summary>
    Edit,
    /// <summary>提交审核 (公开办工作人员).</summary>
    Submit,
    /// <summary>退回修改 (审核人).</summary>
    Return,
    /// <summary>审核发布 (审核人).</summary>
    Publish,
    /// <summary>更正: a new draft version of a published report (公开办工作人员).</summary>
    Correct,
}

/// <summary>The one table of allowed (status, action) pairs; the UI asks it which buttons to show.</summary>
public static class ReportWorkflow
{
    private static readonly Dictionary<(ReportStatus, ReportAction), ReportStatus> Transitions = new()
    {
        [(ReportStatus.Draft, ReportAction.Edit)] = ReportStatus.Draft,
        [(ReportStatus.Draft, ReportAction.Submit)] = ReportStatus.PendingReview,
        [(ReportStatus.PendingReview, ReportAction.Return)] = ReportStatus.Draft,
        [(ReportStatus.PendingReview, ReportAction.Publish)] = ReportStatus.Published,
        // Correcting leaves the published version as it is; the new version starts as a draft.
        [(ReportStatus.Published, ReportAction.Correct)] = ReportStatus.Published,
    };

    public static bool Allows(ReportStatus status, ReportAction action) => Transitions.ContainsKey((status, action));

    public static ReportStatus Next(ReportStatus status, ReportAction action) =>
        Transitions.TryGetValue((status, action), out var next)
            ? next
            : throw new ReportWorkflowException($"{StatusName(status)}的报告不能{ActionName(action)}");

    public static IEnumerable<ReportAction> Available(ReportStatus status) =>
        Enum.GetValues<ReportAction>().Where(a => Allows(status, a));

    public static string StatusName(ReportStatus status) => status switch
    {
        ReportStatus.Draft => "草稿",
        ReportStatus.PendingReview => "待审核",
        ReportStatus.Published => "已发布",
        _ => "已更正",
    };

    public static string ActionName(ReportAction action) => action switch
    {
        ReportAction.Edit => "修改",
        ReportAction.Submit => "提交审核",
        ReportAction.Return => "退回修改",
        ReportAction.Publish => "审核发布",
        _ => "更正",
    };
}

/// <summary>An action the workflow does not allow; the message is for the user, in Chinese.</summary>
public sealed class ReportWorkflowException(string message) : Exception(message);
