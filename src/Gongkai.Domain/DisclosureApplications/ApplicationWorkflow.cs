using Gongkai.Domain.Accounts;

namespace Gongkai.Domain.DisclosureApplications;

/// <summary>Where an application is: the statutory stages (条例第三十条至第三十七条) and the office's routing inside the agency.</summary>
public enum ApplicationState
{
    /// <summary>待签收: submitted online, not yet signed for by the office.</summary>
    Submitted,
    /// <summary>已签收（待受理）.</summary>
    SignedFor,
    /// <summary>办理中: with the 公开办 (政府信息公开工作机构).</summary>
    Accepted,
    /// <summary>承办中: 转办 to the department or handler who holds the information, who drafts the answer.</summary>
    Assigned,
    /// <summary>待审核: a drafted answer before the office's 审核.</summary>
    UnderReview,
    /// <summary>待答复: the answer approved, to be served.</summary>
    Approved,
    /// <summary>待补正: the clock restarts from the corrected application (Art. 30).</summary>
    CorrectionRequested,
    /// <summary>征求意见中: the clock is paused (Art. 32, 34, 33 第三款).</summary>
    Consulting,
    /// <summary>待缴费: the clock is paused while the fee is unpaid (109号).</summary>
    AwaitingFee,
    /// <summary>已答复: decided, one row of table 三.</summary>
    Decided,
    /// <summary>已办结（归档）.</summary>
    Closed,
}

/// <summary>Every step of an application, one aggregate method each.</summary>
public enum ApplicationAction
{
    Sign,
    Accept,
    RequestCorrection,
    ReceiveCorrection,
    AbandonUncorrected,
    Assign,
    SendBack,
    ConsultThirdParty,
    ConsultAgency,
    ReceiveOpinions,
    Extend,
    NoticeFee,
    ConfirmPayment,
    AbandonUnpaid,
    SubmitDraft,
    ApproveDraft,
    RejectDraft,
    Decide,
    Close,
}

/// <summary>
/// The one table of the application's workflow: (state, action) → (next state, role). 公开办工作人员
/// (<see cref="StaffRole.Editor"/>) signs for, accepts, routes and answers; a handler in a department is an
/// Editor of that department; the 审核人 (<see cref="StaffRole.Reviewer"/>) reviews the answer and, as the
/// head of the disclosure office, approves an extension (ADR: applications-roles).
/// </summary>
public static class ApplicationWorkflow
{
    public static readonly WorkflowTable<ApplicationState, ApplicationAction> Table = new(Build(), (state, action) => $"{StateName(state)}的申请不能{ActionName(action)}");

    /// <summary>States in which the application is still being handled (counted as 结转 at a year's end).</summary>
    public static bool IsOpen(ApplicationState state) => state is not (ApplicationState.Decided or ApplicationState.Closed);

    /// <summary>States in which the answer clock is stopped.</summary>
    public static bool IsPaused(ApplicationState state) => state is ApplicationState.Consulting or ApplicationState.AwaitingFee or ApplicationState.CorrectionRequested;

    public static string StateName(ApplicationState state) => state switch
    {
        ApplicationState.Submitted => "待签收",
        ApplicationState.SignedFor => "待受理",
        ApplicationState.Accepted => "办理中",
        ApplicationState.Assigned => "承办中",
        ApplicationState.UnderReview => "待审核",
        ApplicationState.Approved => "待答复",
        ApplicationState.CorrectionRequested => "待补正",
        ApplicationState.Consulting => "征求意见中",
        ApplicationState.AwaitingFee => "待缴费",
        ApplicationState.Decided => "已答复",
        _ => "已办结",
    };

    public static string ActionName(ApplicationAction action) => action switch
    {
        ApplicationAction.Sign => "签收",
        ApplicationAction.Accept => "受理",
        ApplicationAction.RequestCorrection => "一次性告知补正",
        ApplicationAction.ReceiveCorrection => "登记收到补正",
        ApplicationAction.AbandonUncorrected => "按逾期未补正终止处理",
        ApplicationAction.Assign => "转办",
        ApplicationAction.SendBack => "退回公开办",
        ApplicationAction.ConsultThirdParty => "征求第三方意见",
        ApplicationAction.ConsultAgency => "征求其他机关意见（协办）",
        ApplicationAction.ReceiveOpinions => "登记收到意见",
        ApplicationAction.Extend => "延期答复",
        ApplicationAction.NoticeFee => "发出收费通知",
        ApplicationAction.ConfirmPayment => "确认缴费",
        ApplicationAction.AbandonUnpaid => "按逾期未缴费终止处理",
        ApplicationAction.SubmitDraft => "提交审核",
        ApplicationAction.ApproveDraft => "审核通过",
        ApplicationAction.RejectDraft => "审核退回",
        ApplicationAction.Decide => "答复",
        _ => "办结归档",
    };

    /// <summary>The article an action rests on, for the event log.</summary>
    public static string? BasisOf(ApplicationAction action) => action switch
    {
        ApplicationAction.Sign or ApplicationAction.Accept => "条例第三十一条、第四十五条",
        ApplicationAction.RequestCorrection or ApplicationAction.ReceiveCorrection or ApplicationAction.AbandonUncorrected => "条例第三十条",
        ApplicationAction.ConsultThirdParty => "条例第三十二条、第三十三条第三款",
        ApplicationAction.ConsultAgency => "条例第三十四条、第三十三条第三款",
        ApplicationAction.Extend => "条例第三十三条第二款",
        ApplicationAction.NoticeFee or ApplicationAction.ConfirmPayment or ApplicationAction.AbandonUnpaid => "条例第四十二条；国办函〔2020〕109号",
        ApplicationAction.Decide => "条例第三十三条、第三十六条",
        ApplicationAction.Close => "条例第四十五条",
        _ => null,
    };

    /// <summary>The URL and form name of an action: request-correction, consult-third-party…</summary>
    public static string Slug(ApplicationAction action) =>
        string.Concat(action.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static ApplicationAction? FromSlug(string slug) =>
        Enum.GetValues<ApplicationAction>().Cast<ApplicationAction?>().FirstOrDefault(a => Slug(a!.Value) == slug);

    private static Dictionary<(ApplicationState, ApplicationAction), Transition<ApplicationState>> Build()
    {
        const StaffRole office = StaffRole.Editor;
        const StaffRole head = StaffRole.Reviewer;
        return new()
        {
            [(ApplicationState.Submitted, ApplicationAction.Sign)] = new(ApplicationState.SignedFor, office),
            [(ApplicationState.SignedFor, ApplicationAction.Accept)] = new(ApplicationState.Accepted, office),
            [(ApplicationState.SignedFor, ApplicationAction.RequestCorrection)] = new(ApplicationState.CorrectionRequested, office),
            [(ApplicationState.Accepted, ApplicationAction.RequestCorrection)] = new(ApplicationState.CorrectionRequested, office),
            [(ApplicationState.CorrectionRequested, ApplicationAction.ReceiveCorrection)] = new(ApplicationState.Accepted, office),
            [(ApplicationState.CorrectionRequested, ApplicationAction.AbandonUncorrected)] = new(ApplicationState.Decided, office),
            [(ApplicationState.Accepted, ApplicationAction.Assign)] = new(ApplicationState.Assigned, office),
            [(ApplicationState.Assigned, ApplicationAction.SendBack)] = new(ApplicationState.Accepted, office),
            [(ApplicationState.Accepted, ApplicationAction.ConsultThirdParty)] = new(ApplicationState.Consulting, office),
            [(ApplicationState.Accepted, ApplicationAction.ConsultAgency)] = new(ApplicationState.Consulting, office),
            [(ApplicationState.Consulting, ApplicationAction.ReceiveOpinions)] = new(ApplicationState.Accepted, office),
            [(ApplicationState.Accepted, ApplicationAction.Extend)] = new(ApplicationState.Accepted, head),
            [(ApplicationState.Assigned, ApplicationAction.Extend)] = new(ApplicationState.Assigned, head),
            [(ApplicationState.UnderReview, ApplicationAction.Extend)] = new(ApplicationState.UnderReview, head),
            [(ApplicationState.Accepted, ApplicationAction.NoticeFee)] = new(ApplicationState.AwaitingFee, office),
            [(ApplicationState.AwaitingFee, ApplicationAction.ConfirmPayment)] = new(ApplicationState.Accepted, office),
            [(ApplicationState.AwaitingFee, ApplicationAction.AbandonUnpaid)] = new(ApplicationState.Decided, office),
            [(ApplicationState.Accepted, ApplicationAction.SubmitDraft)] = new(ApplicationState.UnderReview, office),
            [(ApplicationState.Assigned, ApplicationAction.SubmitDraft)] = new(ApplicationState.UnderReview, office),
            [(ApplicationState.UnderReview, ApplicationAction.ApproveDraft)] = new(ApplicationState.Approved, head),
            [(ApplicationState.UnderReview, ApplicationAction.RejectDraft)] = new(ApplicationState.Accepted, head),
            [(ApplicationState.Approved, ApplicationAction.Decide)] = new(ApplicationState.Decided, office),
            [(ApplicationState.Decided, ApplicationAction.Close)] = new(ApplicationState.Closed, office),
        };
    }
}
