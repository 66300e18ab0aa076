using Gongkai.Domain.Accounts;

namespace Gongkai.Domain.Catalog;

/// <summary>
/// Where a version of a catalog item is: 草稿 → 待保密审查 → 待签发 → 已发布; 已废止 and 已更正 end it.
/// A withheld item (依申请公开, 不予公开) goes the same way: 已发布 then means registered in the catalog, not public.
/// </summary>
public enum CatalogItemStatus
{
    Draft,
    InReview,
    AwaitingSignOff,
    Published,
    /// <summary>废止: no longer in force; still shown with 有效性 废止 unless it was also withdrawn from the portal.</summary>
    Repealed,
    /// <summary>Replaced by a published correction; kept, never changed.</summary>
    Superseded,
}

public enum CatalogAction
{
    /// <summary>修改 (公开办工作人员).</summary>
    Edit,
    /// <summary>提交保密审查: the body and attachments are scanned for what leaks (公开办工作人员).</summary>
    Submit,
    /// <summary>确认一项扫描发现 (审核人).</summary>
    Acknowledge,
    /// <summary>保密审查通过 (审核人): every finding must be acknowledged first.</summary>
    Pass,
    /// <summary>保密审查不通过，退回修改 (审核人).</summary>
    Return,
    /// <summary>签发 (签发人): published; a 索引号 is given at the first publication.</summary>
    SignOff,
    /// <summary>不予签发，退回修改 (签发人).</summary>
    Reject,
    /// <summary>更正: a new draft version; the published one stays until the correction is signed off (公开办工作人员).</summary>
    Correct,
    /// <summary>废止, optionally withdrawn from the portal (签发人).</summary>
    Repeal,
    /// <summary>定期复查 of a withheld item (条例第十八条): kept withheld until the next date (审核人).</summary>
    ReReview,
}

/// <summary>
/// The one table of the catalog's review (条例第十七条 先审查、后公开; domain.md §5.4): (status, action) →
/// (next status, role). Pages and the command line ask it what to offer; <see cref="CatalogItem"/> asks it before changing.
/// </summary>
public static class CatalogWorkflow
{
    public static readonly WorkflowTable<CatalogItemStatus, CatalogAction> Table = new(
        new Dictionary<(CatalogItemStatus, CatalogAction), Transition<CatalogItemStatus>>
        {
            [(CatalogItemStatus.Draft, CatalogAction.Edit)] = new(CatalogItemStatus.Draft, StaffRole.Editor),
            [(CatalogItemStatus.Draft, CatalogAction.Submit)] = new(CatalogItemStatus.InReview, StaffRole.Editor),
            [(CatalogItemStatus.InReview, CatalogAction.Acknowledge)] = new(CatalogItemStatus.InReview, StaffRole.Reviewer),
            [(CatalogItemStatus.InReview, CatalogAction.Pass)] = new(CatalogItemStatus.AwaitingSignOff, StaffRole.Reviewer),
            [(CatalogItemStatus.InReview, CatalogAction.Return)] = new(CatalogItemStatus.Draft, StaffRole.Reviewer),
            [(CatalogItemStatus.AwaitingSignOff, CatalogAction.SignOff)] = new(CatalogItemStatus.Published, StaffRole.Signer),
            [(CatalogItemStatus.AwaitingSignOff, CatalogAction.Reject)] = new(CatalogItemStatus.Draft, StaffRole.Signer),
            // Correcting leaves the published version as it is; the new version starts as a draft.
            [(CatalogItemStatus.Published, CatalogAction.Correct)] = new(CatalogItemStatus.Published, StaffRole.Editor),
            [(CatalogItemStatus.Published, CatalogAction.Repeal)] = new(CatalogItemStatus.Repealed, StaffRole.Signer),
            [(CatalogItemStatus.Published, CatalogAction.ReReview)] = new(CatalogItemStatus.Published, StaffRole.Reviewer),
        },
        (status, action) => $"{StatusName(status)}的目录信息不能{ActionName(action)}");

    /// <summary>Who registers a new item of their agency (登记, 导入); a new item is a draft.</summary>
    public const StaffRole CreatorRole = StaffRole.Editor;

    public static CatalogItemStatus Next(CatalogItemStatus status, CatalogAction action) => Table.Next(status, action);

    public static IEnumerable<CatalogAction> Available(CatalogItemStatus status, Func<StaffRole, bool> hasRole) => Table.Available(status, hasRole);

    public static string StatusName(CatalogItemStatus status) => status switch
    {
        CatalogItemStatus.Draft => "草稿",
        CatalogItemStatus.InReview => "待保密审查",
        CatalogItemStatus.AwaitingSignOff => "待签发",
        CatalogItemStatus.Published => "已发布",
        CatalogItemStatus.Repealed => "已废止",
        _ => "已更正",
    };

    /// <summary>The status as staff read it: a withheld item that was signed off is registered, not published.</summary>
    public static string StatusName(CatalogItemStatus status, DisclosureMode mode) =>
        status == CatalogItemStatus.Published && mode != DisclosureMode.Proactive ? $"已登记（{DisclosureModes.Name(mode)}）" : StatusName(status);

    public static string ActionName(CatalogAction action) => action switch
    {
        CatalogAction.Edit => "修改",
        CatalogAction.Submit => "提交保密审查",
        CatalogAction.Acknowledge => "确认扫描发现",
        CatalogAction.Pass => "保密审查通过",
        CatalogAction.Return => "退回修改",
        CatalogAction.SignOff => "签发",
        CatalogAction.Reject => "不予签发",
        CatalogAction.Correct => "更正",
        CatalogAction.Repeal => "废止",
        _ => "定期复查",
    };
}
