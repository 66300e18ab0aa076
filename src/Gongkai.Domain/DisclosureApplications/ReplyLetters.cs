using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.DisclosureApplications;

/// <summary>The 文书 an office serves, one per kind of step.</summary>
public enum LetterKind
{
    /// <summary>登记回执 (受理).</summary>
    Receipt,
    /// <summary>补正申请告知书.</summary>
    Correction,
    /// <summary>延期答复告知书.</summary>
    Extension,
    /// <summary>征求意见函 to a third party.</summary>
    ThirdPartyConsultation,
    /// <summary>征求意见函 to a co-authoring agency (协办).</summary>
    AgencyConsultation,
    /// <summary>收费通知书.</summary>
    FeeNotice,
    /// <summary>转办单 to the department or handler holding the information.</summary>
    Transfer,
    /// <summary>The 告知书 of the decision (公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他).</summary>
    Decision,
}

/// <summary>
/// One letter as issued: its number within the application (1, 2, …, in the order of the event log), the event it
/// was written from, its date, title, addressee, body, the article it relies on, and whether it states the
/// remedies (行政复议 within 60 days, 行政诉讼 within 6 months).
/// </summary>
public sealed record ReplyLetter(int Number, LetterKind Kind, int EventSequence, DateOnly On, string Title, string Addressee,
    IReadOnlyList<string> Paragraphs, string Basis, bool StatesRemedies)
{
    /// <summary>Sent to the applicant (the 转办单 and the letters to third parties and other agencies are not).</summary>
    public bool ToApplicant => Kind is not (LetterKind.Transfer or LetterKind.ThirdPartyConsultation or LetterKind.AgencyConsultation);

    /// <summary>申请编号-序号, printed on the letter and used as its file name.</summary>
    public string Reference(string trackingNumber) => $"{trackingNumber}-{Number:00}";
}

/// <summary>
/// The letters of an application, written from its event log and its decision alone (so the same application
/// always yields the same letters, and a letter can be produced again for a review or a court). Names and
/// dates only: no ID or phone numbers are printed.
/// </summary>
public static class ReplyLetters
{
    public const string Remedies = "如对本告知不服，可以自收到本告知书之日起六十日内依法申请行政复议，或者自收到之日起六个月内依法向人民法院提起行政诉讼（条例第五十一条）。";

    public static IReadOnlyList<ReplyLetter> Of(DisclosureApplication application, string agencyName)
    {
        var letters = new List<ReplyLetter>();
        var applicant = application.Applicant.Name;
        var received = $"本机关于 {ChineseDateText.Iso(application.ReceivedOn)} 收到您提出的政府信息公开申请（申请编号 {application.TrackingNumber}），申请获取“{application.Request.Description}”。";
        foreach (var e in application.Events.OrderBy(e => e.Sequence))
        {
            ReplyLetter Letter(LetterKind kind, string title, string addressee, string basis, bool remedies, params string[] body) =>
                new(letters.Count + 1, kind, e.Sequence, e.On, title, addressee, body, basis, remedies);

            ReplyLetter? letter = e.Action switch
            {
                nameof(ApplicationAction.Accept) => Letter(LetterKind.Receipt, "政府信息公开申请登记回执", applicant, "条例第三十一条",
                    false, received, application.ReceiptExplanation, $"本机关将依照条例第三十三条的规定予以答复，答复期限至 {Date(e.DueOn)}（如依法延长或者暂停计算的，另行告知）。"),
                nameof(ApplicationAction.RequestCorrection) => Letter(LetterKind.Correction, "补正申请告知书", applicant, "条例第三十条", false,
                    received, $"经审查，您的申请内容不明确，依照条例第三十条的规定，一次性告知您作出补正：{e.Summary}。", "逾期无正当理由不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。"),
                nameof(ApplicationAction.Extend) => Letter(LetterKind.Extension, "延期答复告知书", applicant, "条例第三十三条第二款", false,
                    received, $"因需要延长答复期限，经本机关政府信息公开工作机构负责人同意，依照条例第三十三条第二款的规定，答复期限延长 20 个工作日，至 {Date(e.DueOn)}。"),
                nameof(ApplicationAction.ConsultThirdParty) => Letter(LetterKind.ThirdPartyConsultation, "征求第三方意见函", Party(e.Summary), "条例第三十二条", false,
                    $"本机关收到申请人公开“{application.Request.Description}”的申请，公开可能损害您的合法权益。{e.Summary}。", "逾期未提出意见的，由本机关依照条例的规定决定是否公开。"),
                nameof(ApplicationAction.ConsultAgency) => Letter(LetterKind.AgencyConsultation, "征求意见函（协办）", Party(e.Summary), "条例第三十四条", false,
                    $"本机关收到申请人公开“{application.Request.Description}”的申请，所申请信息由贵机关与本机关共同制作。{e.Summary}。"),
                nameof(ApplicationAction.NoticeFee) => Letter(LetterKind.FeeNotice, "收取信息处理费通知书", applicant, "条例第四十二条；国办函〔2020〕109号", false,
                    received, $"{e.Summary}。", "请于收到本通知次日起 20 个工作日内缴纳；逾期未缴纳的，视为放弃申请，本机关不再处理。缴费期间答复期限暂停计算。"),
                nameof(ApplicationAction.Assign) => Letter(LetterKind.Transfer, "政府信息公开申请转办单", e.Handler ?? "承办人", "条例第四条", false,
                    $"申请编号 {application.TrackingNumber}，申请人 {applicant}，{ChineseDateText.Iso(application.ReceivedOn)} 收到，申请获取“{application.Request.Description}”。",
                    $"{e.Summary}，请于 {Date(e.DueOn)} 前提出拟办意见报公开办审核。"),
                nameof(ApplicationAction.Decide) or nameof(ApplicationAction.AbandonUncorrected) or nameof(ApplicationAction.AbandonUnpaid)
                    when application.Outcome is { } outcome => Letter(LetterKind.Decision, DecisionTitle(outcome), applicant, application.DecisionBasis ?? "", true,
                    received, $"经审查，现答复如下：{application.Reply}", $"依据{application.DecisionBasis}，{DecisionBases.Caption(outcome)}。"),
                _ => null,
            };
            if (letter is not null)
            {
                letters.Add(letter);
            }
        }

        return letters;
    }

    /// <summary>The title of the decision's 告知书, by its row of table 三.</summary>
    public static string DecisionTitle(DisclosureOutcome outcome) => outcome switch
    {
        DisclosureOutcome.Granted => "政府信息公开申请答复书（予以公开）",
        DisclosureOutcome.PartiallyGranted => "政府信息公开申请答复书（部分公开）",
        >= DisclosureOutcome.WithheldStateSecret and <= DisclosureOutcome.WithheldQueryMatters => "不予公开告知书",
        >= DisclosureOutcome.UnableNotHeld and <= DisclosureOutcome.UnableUnclearAfterCorrection => "无法提供告知书",
        >= DisclosureOutcome.NotProcessedPetition and <= DisclosureOutcome.NotProcessedReconfirmation => "不予处理告知书",
        DisclosureOutcome.OtherNoCorrection => "视为放弃申请告知书（逾期不补正）",
        DisclosureOutcome.OtherNoFee => "视为放弃申请告知书（逾期未缴费）",
        _ => "政府信息公开申请答复书",
    };

    /// <summary>The body's closing lines: the agency and the date, as a 公文 ends.</summary>
    public static IReadOnlyList<string> Signature(string agencyName, DateOnly on) => [agencyName, ChineseDateText.Written(on)];

    private static string Date(DateOnly? due) => due is { } d ? ChineseDateText.Iso(d) : "（另行告知）";

    /// <summary>The consulted party, as the event's summary names it (向X发出征求意见书…).</summary>
    private static string Party(string summary)
    {
        var start = summary.StartsWith('向') ? 1 : 0;
        var end = summary.IndexOf("发出", StringComparison.Ordinal);
        return end > start ? summary[start..end] : "被征求意见方";
    }
}
