using Gongkai.Domain.Accounts;

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

/// <summary>
/// The one table of the report's workflow: (status, action) → (next status, role). The workbench, the
/// API and the command line ask it which actions to offer; <see cref="AnnualReport"/> asks it before changing.
/// </summary>
public static class ReportWorkflow
{
    public static readonly WorkflowTable<ReportStatus, ReportAction> Table = new(
        new Dictionary<(ReportStatus, ReportAction), Transition<ReportStatus>>
        {
            [(ReportStatus.Draft, ReportAction.Edit)] = new(ReportStatus.Draft, StaffRole.Editor),
            [(ReportStatus.Draft, ReportAction.Submit)] = new(ReportStatus.PendingReview, StaffRole.Editor),
            [(ReportStatus.PendingReview, ReportAction.Return)] = new(ReportStatus.Draft, StaffRole.Reviewer),
            [(ReportStatus.PendingReview, ReportAction.Publish)] = new(ReportStatus.Published, StaffRole.Reviewer),
            // Correcting leaves the published version as it is; the new version starts as a draft.
            [(ReportStatus.Published, ReportAction.Correct)] = new(ReportStatus.Published, StaffRole.Editor),
        },
        (status, action) => $"{StatusName(status)}的报告不能{ActionName(action)}");

    /// <summary>Who starts a report of their agency (新建, 导入); a new report is a draft.</summary>
    public const StaffRole CreatorRole = StaffRole.Editor;

    public static bool Allows(ReportStatus status, ReportAction action) => Table.Allows(status, action);

    public static ReportStatus Next(ReportStatus status, ReportAction action) => Table.Next(status, action);

    /// <summary>What a user with these roles may do to a report in this status.</summary>
    public static IEnumerable<ReportAction> Available(ReportStatus status, Func<StaffRole, bool> hasRole) => Table.Available(status, hasRole);

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
