namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// The cells the template defines as sums, computed from the cells they sum, so the workbench can show
/// them beside what was entered: each row's 总计 (C2), （七）总计 per column (C3), 四 per column as
/// 一 + 二 − 三（七）总计 (C1) and each 总计 of table 四 (C5). Null where a part is blank.
/// </summary>
public static class ComputedTotals
{
    public static Dictionary<string, decimal?> For(ReportFigures figures)
    {
        var template = figures.Template;
        var computed = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        var applicants = Enumerable.Range(0, TemplateLabels.ApplicantTotalColumn).ToList();
        var leaves = template.OutcomeLeaves.ToList();
        for (var col = 0; col < template.ApplicantColumns.Count; col++)
        {
            var column = col;
            var total = ReportChecker.SumIfComplete(leaves.Select(r => figures.Application(r.Key, column)));
            computed[CellPaths.Application("total", col)] = total;
            computed[CellPaths.Application("carried_forward", col)] =
                figures.Application("new_received", col) + figures.Application("carried_over", col) - figures.Application("total", col);
        }

        // 四 is shown as C1 derives it in every column; every other row's 总计 as the sum of its row (C2).
        foreach (var row in template.ApplicationRows.Where(r => r.Key != "carried_forward"))
        {
            computed[CellPaths.Application(row.Key, TemplateLabels.ApplicantTotalColumn)] =
                ReportChecker.SumIfComplete(applicants.Select(c => figures.Application(row.Key, c)));
        }

        foreach (var group in template.AppealGroups)
        {
            computed[CellPaths.Appeal(group.Key, TemplateLabels.AppealTotalColumn)] =
                ReportChecker.SumIfComplete(Enumerable.Range(0, TemplateLabels.AppealTotalColumn).Select(c => figures.Appeal(group.Key, c)));
        }

        return computed;
    }
}
