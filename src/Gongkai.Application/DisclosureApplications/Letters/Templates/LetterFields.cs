using Gongkai.Domain.Calendar;
using Gongkai.Domain.DisclosureApplications;

namespace Gongkai.Application.DisclosureApplications.Letters.Templates;

/// <summary>
/// The named fields a letter template may use, written <c>{{名称}}</c> anywhere in its text (ADR 0013), and their
/// values for one letter, from the same records the letter's wording comes from (<see cref="ReplyLetters"/>).
/// <see cref="Body"/> is the letter's standard wording, one paragraph per line; an office that wants other wording
/// replaces it with its own text and the finer fields. No ID or phone numbers are among them.
/// </summary>
public static class LetterFields
{
    public const string Body = "正文";

    public static readonly IReadOnlyList<(string Name, string Meaning)> All =
    [
        ("标题", "文书标题"),
        ("文书编号", "申请编号-序号"),
        ("收件人", "受文者：申请人，或被征求意见方、承办人"),
        ("申请人", "申请人姓名或名称"),
        ("申请编号", "申请编号"),
        ("收到日期", "收到申请之日（YYYY-MM-DD）"),
        ("申请内容", "所申请信息的描述"),
        (Body, "标准正文，每段一行（须单独成段）"),
        ("事由", "本步骤的办理记录（补正事项、征求意见事项、收费金额等）"),
        ("答复期限", "本步骤后的答复期限（YYYY-MM-DD）"),
        ("答复内容", "答复的内容（仅答复类告知书）"),
        ("法律依据", "所依据的条款"),
        ("救济途径", "行政复议、行政诉讼的告知（仅答复类告知书，其他文书为空）"),
        ("机关名称", "受理机关名称"),
        ("落款日期", "文书日期（中文，如 2024年3月5日）"),
        ("文书日期", "文书日期（YYYY-MM-DD）"),
    ];

    public static bool IsKnown(string name) => All.Any(f => f.Name == name);

    /// <summary>The values of every field for this letter; <see cref="Body"/> joins its paragraphs with line feeds.</summary>
    public static IReadOnlyDictionary<string, string> Of(DisclosureApplication application, ReplyLetter letter, string agency)
    {
        var step = application.Events.FirstOrDefault(e => e.Sequence == letter.EventSequence);
        return new Dictionary<string, string>
        {
            ["标题"] = letter.Title,
            ["文书编号"] = letter.Reference(application.TrackingNumber),
            ["收件人"] = letter.Addressee,
            ["申请人"] = application.Applicant.Name,
            ["申请编号"] = application.TrackingNumber,
            ["收到日期"] = ChineseDateText.Iso(application.ReceivedOn),
            ["申请内容"] = application.Request.Description,
            [Body] = string.Join("\n", letter.Paragraphs),
            ["事由"] = step?.Summary ?? "",
            ["答复期限"] = step?.DueOn is { } due ? ChineseDateText.Iso(due) : "",
            ["答复内容"] = letter.Kind == LetterKind.Decision ? application.Reply ?? "" : "",
            ["法律依据"] = letter.Basis,
            ["救济途径"] = letter.StatesRemedies ? ReplyLetters.Remedies : "",
            ["机关名称"] = agency,
            ["落款日期"] = ChineseDateText.Written(letter.On),
            ["文书日期"] = ChineseDateText.Iso(letter.On),
        };
    }
}
