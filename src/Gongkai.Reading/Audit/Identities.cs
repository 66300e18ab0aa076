using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Prose;

namespace Gongkai.Reading.Audit;

/// <summary>
/// What other evidence says a row's cells must be (issue 10 §5): between a report and the one of the
/// year before, this year's 上年结转 is last year's 结转下年度 (C6); in the 2019 format this year's
/// 上一年项目数量 is last year's plus its 本年增/减; in the 2021 format 现行有效件数 is last year's plus
/// 本年制发 minus 本年废止 (C7). And a figure the report's own prose states is that cell.
/// </summary>
internal static class Identities
{
    private static readonly string[] ItemRows = ["licensing", "other_services", "penalty", "coercion", "fees"];
    private static readonly string[] DocumentRows = ["rules", "normative_documents"];

    /// <param name="earlier">Index of the report of the year before.</param>
    /// <param name="later">Index of the report of the year after it.</param>
    public static IEnumerable<Identity> Between(ReportFigures earlierFigures, int earlier, ReportFigures laterFigures, int later)
    {
        if (laterFigures.Year != earlierFigures.Year + 1)
        {
            yield break;
        }

        for (var c = 0; c < TemplateLabels.ApplicantColumns.Count; c++)
        {
            yield return new Identity($"本年度的上年结转应等于{earlierFigures.Year}年度报告的结转下年度继续办理",
                [new(later, CellPaths.Application("carried_over", c), 1), new(earlier, CellPaths.Application("carried_forward", c), -1)]);
        }

        if (earlierFigures.Template.Id == "2019" && laterFigures.Template.Id == "2019")
        {
            foreach (var row in ItemRows.Where(r => laterFigures.Template.TryGetCell(CellPaths.Proactive(r, "prev_items"), out _)))
            {
                yield return new Identity($"{laterFigures.Year}年度的上一年项目数量应等于{earlierFigures.Year}年度的上一年项目数量加本年增/减",
                    [new(later, CellPaths.Proactive(row, "prev_items"), 1), new(earlier, CellPaths.Proactive(row, "prev_items"), -1), new(earlier, CellPaths.Proactive(row, "change"), -1)]);
            }
        }

        if (earlierFigures.Template.Id == "2021" && laterFigures.Template.Id == "2021")
        {
            foreach (var row in DocumentRows)
            {
                yield return new Identity($"{laterFigures.Year}年度现行有效件数应等于{earlierFigures.Year}年度现行有效件数加本年制发减本年废止",
                    [new(later, CellPaths.Proactive(row, "in_force"), 1), new(earlier, CellPaths.Proactive(row, "in_force"), -1),
                     new(later, CellPaths.Proactive(row, "issued"), -1), new(later, CellPaths.Proactive(row, "repealed"), 1)]);
            }
        }
    }

    /// <summary>The figures a report's prose states, each as the cell it is (where the template has one).</summary>
    public static IEnumerable<Identity> Stated(ReportFigures figures, int report, IEnumerable<StatedFigure> stated) =>
        stated.Select(s => (s, Path: StatedFigures.PathIn(figures.Template, s.Key)))
            .Where(x => x.Path is not null && figures.Template.TryGetCell(x.Path, out _))
            .Select(x => new Identity($"正文写明“{x.s.Quote}”", [new(report, x.Path!, 1)], x.s.Value));
}
