using Gongkai.Domain.AnnualReports.Prose;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// C12 (docs/checks.md): a figure the text states with one certain meaning contradicts the tables. A warning
/// at the cell, quoting the sentence. Pure: figures and text in, findings out. Where the tables leave the
/// cell blank, or the text's wording allows more than one reading of it, there is no finding.
/// </summary>
public static class ProseChecks
{
    public const string Rule = "C12";

    private const int Total = TemplateLabels.ApplicantTotalColumn;
    private const int AppealTotal = TemplateLabels.AppealTotalColumn;

    /// <summary>C12 over every text section of a report (the opening, 一's five parts, 五 and 六).</summary>
    public static List<Finding> Check(ReportFigures figures, ReportNarrative narrative) => Check(figures, narrative.AllText);

    /// <summary>C12 over texts given as parts (the reader's sections 一, 五 and 六).</summary>
    public static List<Finding> Check(ReportFigures figures, IEnumerable<string> parts) =>
        Check(figures, StatedFigures.Find(string.Join('\n', parts), figures.Year));

    /// <summary>C12 for statements already found with certainty (<see cref="StatedFigures.Find"/>).</summary>
    public static List<Finding> Check(ReportFigures figures, IEnumerable<StatedFigure> stated)
    {
        var findings = new List<Finding>();
        foreach (var s in stated)
        {
            if (Contradiction(figures, s) is { } finding)
            {
                findings.Add(finding);
            }
        }

        return findings;
    }

    private static Finding? Contradiction(ReportFigures figures, StatedFigure s)
    {
        var newReceived = figures.Application("new_received", Total);
        var carriedOver = figures.Application("carried_over", Total);
        switch (s.Key)
        {
            case "applications_received" when newReceived is { } a && carriedOver is { } b && s.Value != a && s.Value != a + b:
                // “共收到” may or may not count last year's carried over: only a figure that is neither is wrong.
                return At(CellPaths.Application("new_received", Total), s,
                    $"表三“一、本年新收”总计为 {F(a)}，加“二、上年结转”为 {F(a + b)}，都不是 {F(s.Value)}");
            case "applications_any" when newReceived is { } a && carriedOver is { } b && a + b == 0 && s.Value > 0:
                return At(CellPaths.Application("new_received", Total), s,
                    "表三“一、本年新收”和“二、上年结转”总计均为 0，即本年没有政府信息公开申请");
            case "litigation" when figures.Appeal("litigation_direct", AppealTotal) is { } direct &&
                                   figures.Appeal("litigation_after_reconsideration", AppealTotal) is { } after && s.Value != direct + after:
                return At(CellPaths.Appeal("litigation_direct", AppealTotal), s,
                    $"表四行政诉讼“未经复议直接起诉”总计 {F(direct)} 加“复议后起诉”总计 {F(after)} 为 {F(direct + after)}");
        }

        if (ComparedCell(figures.Template, s.Key) is { } path && figures.Template.TryGetCell(path, out var cell) &&
            figures[cell] is { } value && value != s.Value)
        {
            return At(path, s, $"表中“{cell.Label}”为 {F(value)}");
        }

        return null;
    }

    /// <summary>
    /// The one cell a statement is compared with: the template's own words (<see cref="StatedFigures.PathIn"/>),
    /// and wordings that name one total of table 三 or 四 (上年结转, 结转下年度, 办结, 行政复议). A contradiction
    /// is only reported, never used to read a cell.
    /// </summary>
    private static string? ComparedCell(ReportTemplate template, string key) => key switch
    {
        "applications_carried_over" => CellPaths.Application("carried_over", Total),
        "applications_carried_forward" => CellPaths.Application("carried_forward", Total),
        "applications_concluded" => CellPaths.Application("total", Total),
        "reconsideration" => CellPaths.Appeal("reconsideration", AppealTotal),
        "litigation_direct" => CellPaths.Appeal("litigation_direct", AppealTotal),
        "litigation_after_reconsideration" => CellPaths.Appeal("litigation_after_reconsideration", AppealTotal),
        _ => StatedFigures.PathIn(template, key),
    };

    private static Finding At(string where, StatedFigure s, string tables) =>
        Finding.Warning(Rule, where, $"正文“{s.Quote}”所述{s.Label} {F(s.Value)}{s.Unit}与表格不符：{tables}");

    private static string F(decimal value) => ReportChecker.Format(value);
}
