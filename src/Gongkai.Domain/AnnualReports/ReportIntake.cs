namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// The one validation of a report coming in, whichever way it comes (新建, 导入, 保存 from the workbench or
/// the API, 年报体检's 保存为草稿): the year, the length of every text, the range of every number, the text
/// sections, and the values no report may hold (C8, the template). Limits are documented in docs/checks.md.
/// Refusals quote at most a short excerpt of what was sent.
/// </summary>
public static class ReportIntake
{
    /// <summary>The first year of the formats the platform knows (国办公开办函〔2019〕60号).</summary>
    public const int FirstYear = 2019;

    /// <summary>No count or amount of a report comes near this; beyond it a value is refused, so sums cannot overflow.</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000m;

    public const int MaxAgencyLength = 100;

    /// <summary>采购总金额 as printed (“343.98万元”): a short phrase.</summary>
    public const int MaxAmountTextLength = 50;

    public const int MaxExcerptLength = 40;

    public static bool InRange(decimal value) => Math.Abs(value) <= MaxMagnitude;

    /// <summary>The year of a report that may be prepared today: from 2019 up to the current year.</summary>
    public static JsonProblem? YearProblem(int year, DateOnly today) => year < FirstYear
        ? new JsonProblem("$.year", new UnsupportedReportYearException(year).Message)
        : year > today.Year
            ? new JsonProblem("$.year", $"{year}年度尚未开始，不能编制该年度的年度报告")
            : null;

    /// <summary>Everything wrong with figures (and text, where given) that are to be saved; empty when they may be.</summary>
    public static List<JsonProblem> Check(ReportFigures figures, ReportNarrative? narrative, DateOnly today)
    {
        var problems = new List<JsonProblem>();
        if (YearProblem(figures.Year, today) is { } year)
        {
            problems.Add(year);
        }

        if (figures.Agency is { Length: > MaxAgencyLength } agency)
        {
            problems.Add(new("$.agency", $"机关名称不超过 {MaxAgencyLength} 字（收到“{Excerpt(agency)}”）"));
        }

        foreach (var cell in figures.Template.Cells)
        {
            if (figures[cell] is { } value && !InRange(value))
            {
                problems.Add(new("$." + cell.Path, $"{cell.Label}：数值超出范围（绝对值不超过 {MaxMagnitude:N0}）"));
            }

            if (cell.Kind == CellKind.AmountText && figures.Text(cell) is { Length: > MaxAmountTextLength } text)
            {
                problems.Add(new("$." + cell.Path, $"{cell.Label}：不超过 {MaxAmountTextLength} 字（收到“{Excerpt(text)}”）"));
            }
        }

        if (narrative is not null)
        {
            problems.AddRange(NarrativeProblems(narrative));
        }

        if (problems.Count == 0)
        {
            problems.AddRange(ReportChecker.Check(figures, new CheckOptions(FlagBlanks: false))
                .Where(f => f.Severity == FindingSeverity.Error && f.Rule is "C8" or "TEMPLATE")
                .Select(f => new JsonProblem(f.Where is null ? "$" : "$." + f.Where, f.Message)));
        }

        return problems;
    }

    public static IEnumerable<JsonProblem> NarrativeProblems(ReportNarrative narrative)
    {
        foreach (var (name, text) in narrative.Named)
        {
            if (text is null)
            {
                yield return new($"$.narrative.{name}", "应为文字（可为空字符串），不能为 null");
            }
            else if (text.Length > ReportNarrative.MaxPartLength)
            {
                yield return new($"$.narrative.{name}", $"每部分文字不超过 {ReportNarrative.MaxPartLength} 字，这部分有 {text.Length} 字");
            }
        }
    }

    /// <summary>The beginning of a text too long to repeat in full: a refusal never echoes megabytes back.</summary>
    public static string Excerpt(string text) =>
        text.Length <= MaxExcerptLength ? text : $"{text[..MaxExcerptLength]}…（共 {text.Length} 字）";
}
