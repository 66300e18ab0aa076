using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Text;

namespace Gongkai.Reading.Prose;

/// <summary>
/// A figure a report states in words (“共收到政府信息公开申请35件”) or in a row of an old-style 统计表
/// (“（一）收到申请数 | 件 | 35”), with what it counts and where it was printed.
/// </summary>
/// <param name="Key">What it counts, in the words of <see cref="StatedFigures"/> (applications_received…).</param>
/// <param name="Label">The same in Chinese.</param>
/// <param name="Quote">The sentence or table row, as printed (Simplified).</param>
public sealed record StatedFigure(string Key, string Label, decimal Value, string Unit, string Quote);

/// <summary>
/// Finds figures stated with an unambiguous meaning. Only narrow wordings are taken: a figure is stated
/// “with certainty” only where every statement of it agrees; where two disagree, neither is taken.
/// </summary>
internal static partial class StatedFigures
{
    private sealed record Meaning(string Key, string Label, Regex Pattern);

    private static readonly Meaning[] Meanings =
    [
        new("applications_received", "收到政府信息公开申请", ApplicationsReceived()),
        new("applications_received", "收到政府信息公开申请", ApplicationsReceivedRow()),
        new("applications_new", "本年新收政府信息公开申请", ApplicationsNew()),
        new("proactive_items", "主动公开政府信息", ProactiveItems()),
        new("proactive_items", "主动公开政府信息", ProactiveItemsRow()),
        new("reconsideration", "因政府信息公开被申请行政复议", Reconsideration()),
        new("reconsideration", "因政府信息公开被申请行政复议", ReconsiderationRow()),
        new("litigation", "因政府信息公开被提起行政诉讼", Litigation()),
        new("litigation", "因政府信息公开被提起行政诉讼", LitigationRow()),
        new("normative_documents_issued", "本年制发行政规范性文件", NormativeIssued()),
        new("normative_documents_repealed", "本年废止行政规范性文件", NormativeRepealed()),
        new("rules_issued", "本年制发规章", RulesIssued()),
    ];

    /// <summary>The figures stated in <paramref name="text"/> between two offsets; <paramref name="conflicts"/> gets the meanings stated differently.</summary>
    public static List<StatedFigure> Find(NormalText text, int from, int to, List<string>? conflicts = null)
    {
        var found = new List<StatedFigure>();
        var window = text.Norm[from..to];
        foreach (var meaning in Meanings)
        {
            foreach (Match m in meaning.Pattern.Matches(window))
            {
                var number = m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal);
                if (decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                {
                    found.Add(new StatedFigure(meaning.Key, meaning.Label, value, m.Groups["u"].Success ? m.Groups["u"].Value : "", Quote(text, from + m.Index)));
                }
            }
        }

        var certain = new List<StatedFigure>();
        foreach (var group in found.GroupBy(f => f.Key))
        {
            if (group.Select(f => f.Value).Distinct().Count() == 1)
            {
                certain.Add(group.First());
            }
            else
            {
                conflicts?.Add($"{group.First().Label}：{string.Join("、", group.Select(f => $"“{f.Quote}”"))}");
            }
        }

        return certain;
    }

    /// <summary>
    /// The cell a stated figure is, in a template, where it is stated in the template's own words (本年新收,
    /// 制发, 废止); null otherwise. “共收到…申请” may count last year's carried over as well: it is no cell.
    /// </summary>
    public static string? PathIn(ReportTemplate template, string key) => (template.Id, key) switch
    {
        (_, "applications_new") => CellPaths.Application("new_received", TemplateLabels.ApplicantTotalColumn),
        ("2021", "normative_documents_issued") => "proactive.normative_documents.issued",
        ("2021", "normative_documents_repealed") => "proactive.normative_documents.repealed",
        ("2021", "rules_issued") => "proactive.rules.issued",
        _ => null,
    };

    /// <summary>The sentence (between 。；！？ or line breaks) or table row around an offset.</summary>
    private static string Quote(NormalText text, int at)
    {
        var norm = text.Norm;
        var start = norm.LastIndexOfAny(['。', ';', '；', '!', '?', '\n'], Math.Max(0, at - 1)) + 1;
        var end = norm.IndexOfAny(['。', ';', '；', '!', '?', '\n'], at);
        end = end < 0 ? norm.Length : end;
        return text.Simplified[start..end].Replace(CharClass.Sep, '|').Trim().Trim('|').Trim();
    }

    private const string Figure = @"(?<n>\d{1,9}(?:,\d{3})*(?:\.\d+)?)";

    [GeneratedRegex(@"(?:收到|受理|接收|接到)(?:[^。;；\n\d]{0,12}?提出的)?政府信息公开申请(?:共|总计|合计)?\s*" + Figure + @"\s*(?<u>件|个|份|起|人次)")]
    private static partial Regex ApplicationsReceived();

    [GeneratedRegex(@"本年(?:度)?新收(?:到)?(?:的)?政府信息公开申请(?:数量)?(?:共|总计|合计|为)?\s*" + Figure + @"\s*(?<u>件|个|份)")]
    private static partial Regex ApplicationsNew();

    [GeneratedRegex(@"(?:收到申请数|申请总数)[^\d\n]{0,10}?" + Figure + @"\s*(?<u>件)?(?=[\s\u001F]|$)", RegexOptions.Multiline)]
    private static partial Regex ApplicationsReceivedRow();

    [GeneratedRegex(@"主动公开(?:各类)?政府信息(?:共|总计|合计)?\s*" + Figure + @"\s*(?<u>条|件|项)")]
    private static partial Regex ProactiveItems();

    [GeneratedRegex(@"主动公开政府信息数[^\d\n]{0,10}?" + Figure + @"(?=[\s\u001F]|$)", RegexOptions.Multiline)]
    private static partial Regex ProactiveItemsRow();

    [GeneratedRegex(@"(?:被申请|申请|提起)?行政复议(?:案件)?(?:共|总计)?\s*" + Figure + @"\s*(?<u>件|起|次)")]
    private static partial Regex Reconsideration();

    [GeneratedRegex(@"行政复议数量?[^\d\n]{0,10}?" + Figure + @"(?=[\s\u001F]|$)", RegexOptions.Multiline)]
    private static partial Regex ReconsiderationRow();

    [GeneratedRegex(@"(?:被提起|提起)?行政诉讼(?:案件)?(?:共|总计)?\s*" + Figure + @"\s*(?<u>件|起|次)")]
    private static partial Regex Litigation();

    [GeneratedRegex(@"行政诉讼数量?[^\d\n]{0,10}?" + Figure + @"(?=[\s\u001F]|$)", RegexOptions.Multiline)]
    private static partial Regex LitigationRow();

    [GeneratedRegex(@"制发(?:行政)?规范性文件(?:共)?\s*" + Figure + @"\s*(?<u>件|份|个)")]
    private static partial Regex NormativeIssued();

    [GeneratedRegex(@"废止(?:行政)?规范性文件(?:共)?\s*" + Figure + @"\s*(?<u>件|份|个)")]
    private static partial Regex NormativeRepealed();

    [GeneratedRegex(@"制发规章(?:共)?\s*" + Figure + @"\s*(?<u>件|部|个)")]
    private static partial Regex RulesIssued();
}
