using Gongkai.Domain.DisclosureApplications;

namespace Gongkai.Application.DisclosureApplications.Letters.Templates;

/// <summary>
/// The kinds of letter an office keeps a template for: one per <see cref="LetterKind"/>, and one 告知书 per group of
/// outcomes (公开, 部分公开, 不予公开, 无法提供, 不予处理, 视为放弃 ×2), as <see cref="ReplyLetters.DecisionTitle"/> names them.
/// </summary>
public static class LetterTemplateKeys
{
    public static readonly IReadOnlyList<(string Key, string Name)> All =
    [
        (nameof(LetterKind.Receipt), "政府信息公开申请登记回执"),
        (nameof(LetterKind.Correction), "补正申请告知书"),
        (nameof(LetterKind.Extension), "延期答复告知书"),
        (nameof(LetterKind.ThirdPartyConsultation), "征求第三方意见函"),
        (nameof(LetterKind.AgencyConsultation), "征求意见函（协办）"),
        (nameof(LetterKind.FeeNotice), "收取信息处理费通知书"),
        (nameof(LetterKind.Transfer), "政府信息公开申请转办单"),
        ("Decision.Granted", ReplyLetters.DecisionTitle(DisclosureOutcome.Granted)),
        ("Decision.PartiallyGranted", ReplyLetters.DecisionTitle(DisclosureOutcome.PartiallyGranted)),
        ("Decision.Withheld", ReplyLetters.DecisionTitle(DisclosureOutcome.WithheldStateSecret)),
        ("Decision.Unable", ReplyLetters.DecisionTitle(DisclosureOutcome.UnableNotHeld)),
        ("Decision.NotProcessed", ReplyLetters.DecisionTitle(DisclosureOutcome.NotProcessedPetition)),
        ("Decision.NoCorrection", ReplyLetters.DecisionTitle(DisclosureOutcome.OtherNoCorrection)),
        ("Decision.NoFee", ReplyLetters.DecisionTitle(DisclosureOutcome.OtherNoFee)),
    ];

    public static bool Exists(string key) => All.Any(k => k.Key == key);

    public static string NameOf(string key) => All.First(k => k.Key == key).Name;

    /// <summary>The template a letter is written with: its kind, or for a decision the group of its outcome (by the title the group shares).</summary>
    public static string Of(ReplyLetter letter) => letter.Kind == LetterKind.Decision
        ? All.FirstOrDefault(k => k.Key.StartsWith("Decision.", StringComparison.Ordinal) && k.Name == letter.Title).Key ?? "Decision.Granted"
        : letter.Kind.ToString();

    /// <summary>Decision letters state the remedies; their default templates carry the field for them.</summary>
    public static bool IsDecision(string key) => key.StartsWith("Decision.", StringComparison.Ordinal);

    /// <summary>The known keys, for a refusal's message.</summary>
    public static string List() => string.Join("、", All.Select(k => $"{k.Key}（{k.Name}）"));
}
