namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// The cells the template defines as sums, computed from the cells they sum, so the workbench can show
/// them beside what was entered (<see cref="ReportTemplate.SumRules"/>), and 四 per column as
/// 一 + 二 − 三（七）总计 (C1). Null where a part is blank.
/// </summary>
public static class ComputedTotals
{
    public static Dictionary<string, decimal?> For(ReportFigures figures)
    {
        var computed = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var rule in figures.Template.SumRules)
        {
            computed[rule.Total.Path] = ReportChecker.SumIfComplete(rule.Parts.Select(p => figures[p]));
        }

        for (var col = 0; col < TemplateLabels.ApplicantColumns.Count; col++)
        {
            computed[CellPaths.Application("carried_forward", col)] = ReportChecker.SumIfComplete(
                [figures.Application("new_received", col), figures.Application("carried_over", col), -figures.Application("total", col)]);
        }

        return computed;
    }
}
