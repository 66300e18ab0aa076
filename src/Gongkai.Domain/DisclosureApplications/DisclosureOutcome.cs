namespace Gongkai.Domain.DisclosureApplications;

/// <summary>
/// How an application was finally dealt with: exactly one leaf row of table 三、本年度办理结果 (the 2021
/// format's 21 leaves; the 2019 format counts the three 其他处理 rows as one). Each has its legal basis
/// (domain.md §1.4, <see cref="DecisionBases"/>).
/// </summary>
public enum DisclosureOutcome
{
    Granted,
    PartiallyGranted,
    WithheldStateSecret,
    WithheldProhibitedByLaw,
    WithheldThreeSafety,
    WithheldThirdParty,
    WithheldInternalAffairs,
    WithheldProcessInfo,
    WithheldEnforcementFiles,
    WithheldQueryMatters,
    UnableNotHeld,
    UnableNeedsCreation,
    UnableUnclearAfterCorrection,
    NotProcessedPetition,
    NotProcessedRepeated,
    NotProcessedPublication,
    NotProcessedMassRepeated,
    NotProcessedReconfirmation,
    /// <summary>逾期不补正: only by <see cref="ApplicationAction.AbandonUncorrected"/>.</summary>
    OtherNoCorrection,
    /// <summary>逾期未缴费: only by <see cref="ApplicationAction.AbandonUnpaid"/>.</summary>
    OtherNoFee,
    /// <summary>其他处理·其他: the basis is written by the office.</summary>
    OtherOther,
}

/// <summary>The legal basis of a decision, as the reply letter cites it.</summary>
public sealed record DecisionBasis(DisclosureOutcome Outcome, string Text);

/// <summary>Each outcome's label (as table 三 prints it, with its group) and the legal bases it may rest on.</summary>
public static class DecisionBases
{
    /// <summary>The written basis a 其他处理·其他 decision needs, since no article is implied.</summary>
    public const int MaxOwnBasisLength = 200;

    private static readonly Dictionary<DisclosureOutcome, (string Group, string Label, string[] Bases)> Table = new()
    {
        [DisclosureOutcome.Granted] = ("", "（一）予以公开", ["条例第三十六条第（一）项（已主动公开）", "条例第三十六条第（二）项"]),
        [DisclosureOutcome.PartiallyGranted] = ("", "（二）部分公开", ["条例第三十七条"]),
        [DisclosureOutcome.WithheldStateSecret] = ("（三）不予公开", "1.属于国家秘密", ["条例第十四条"]),
        [DisclosureOutcome.WithheldProhibitedByLaw] = ("（三）不予公开", "2.其他法律行政法规禁止公开", ["条例第十四条"]),
        [DisclosureOutcome.WithheldThreeSafety] = ("（三）不予公开", "3.危及“三安全一稳定”", ["条例第十四条"]),
        [DisclosureOutcome.WithheldThirdParty] = ("（三）不予公开", "4.保护第三方合法权益", ["条例第十五条"]),
        [DisclosureOutcome.WithheldInternalAffairs] = ("（三）不予公开", "5.属于三类内部事务信息", ["条例第十六条第一款"]),
        [DisclosureOutcome.WithheldProcessInfo] = ("（三）不予公开", "6.属于四类过程性信息", ["条例第十六条第二款"]),
        [DisclosureOutcome.WithheldEnforcementFiles] = ("（三）不予公开", "7.属于行政执法案卷", ["条例第十六条第二款"]),
        [DisclosureOutcome.WithheldQueryMatters] = ("（三）不予公开", "8.属于行政查询事项", ["条例第三十六条第（七）项"]),
        [DisclosureOutcome.UnableNotHeld] = ("（四）无法提供", "1.本机关不掌握相关政府信息", ["条例第三十六条第（四）项", "条例第三十六条第（五）项"]),
        [DisclosureOutcome.UnableNeedsCreation] = ("（四）无法提供", "2.没有现成信息需要另行制作", ["条例第三十八条"]),
        [DisclosureOutcome.UnableUnclearAfterCorrection] = ("（四）无法提供", "3.补正后申请内容仍不明确", ["条例第三十条"]),
        [DisclosureOutcome.NotProcessedPetition] = ("（五）不予处理", "1.信访举报投诉类申请", ["条例第三十九条第一款"]),
        [DisclosureOutcome.NotProcessedRepeated] = ("（五）不予处理", "2.重复申请", ["条例第三十六条第（六）项"]),
        [DisclosureOutcome.NotProcessedPublication] = ("（五）不予处理", "3.要求提供公开出版物", ["条例第三十九条第二款"]),
        [DisclosureOutcome.NotProcessedMassRepeated] = ("（五）不予处理", "4.无正当理由大量反复申请", ["条例第三十五条"]),
        [DisclosureOutcome.NotProcessedReconfirmation] = ("（五）不予处理", "5.要求行政机关确认或重新出具已获取信息", ["条例无明确条款（依工作惯例）"]),
        [DisclosureOutcome.OtherNoCorrection] = ("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", ["条例第三十条"]),
        [DisclosureOutcome.OtherNoFee] = ("（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", ["《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）"]),
        [DisclosureOutcome.OtherOther] = ("（六）其他处理", "3.其他", []),
    };

    /// <summary>The row's label as the 2021 format prints it, e.g. “1.属于国家秘密”.</summary>
    public static string Label(DisclosureOutcome outcome) => Table[outcome].Label;

    /// <summary>“（三）不予公开 1.属于国家秘密”: the group and the row, for lists and letters.</summary>
    public static string Caption(DisclosureOutcome outcome) =>
        Table[outcome].Group.Length == 0 ? Table[outcome].Label : $"{Table[outcome].Group} {Table[outcome].Label}";

    /// <summary>The bases an outcome may rest on; empty where the office writes its own (其他处理·其他).</summary>
    public static IReadOnlyList<string> AllowedFor(DisclosureOutcome outcome) => Table[outcome].Bases;

    /// <summary>The outcomes a reviewed decision may have (the two abandonments come by their own actions).</summary>
    public static IEnumerable<DisclosureOutcome> Decidable =>
        Enum.GetValues<DisclosureOutcome>().Where(o => o is not (DisclosureOutcome.OtherNoCorrection or DisclosureOutcome.OtherNoFee));

    /// <summary>
    /// The basis for a decision with this outcome: one of its allowed bases (the first when none is given),
    /// or, for 其他处理·其他, the office's own; else the refusal in Chinese.
    /// </summary>
    public static DecisionBasis Resolve(DisclosureOutcome outcome, string? basis)
    {
        var allowed = AllowedFor(outcome);
        var text = basis?.Trim();
        if (allowed.Count == 0)
        {
            return string.IsNullOrEmpty(text) || text.Length > MaxOwnBasisLength
                ? throw new RefusedException($"“{Caption(outcome)}”须写明处理依据（不超过 {MaxOwnBasisLength} 字）")
                : new DecisionBasis(outcome, text);
        }

        if (string.IsNullOrEmpty(text))
        {
            return new DecisionBasis(outcome, allowed[0]);
        }

        return allowed.Contains(text)
            ? new DecisionBasis(outcome, text)
            : throw new RefusedException($"“{Caption(outcome)}”的依据应为{string.Join("或", allowed.Select(a => $"“{a}”"))}，实际为“{text}”");
    }
}
