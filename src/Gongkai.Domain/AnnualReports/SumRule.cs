namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// A cell the template defines as the sum of other cells: each row's 总计 in table 三 (C2), （七）总计 of each
/// column (C3), each 总计 of table 四 (C5). The checks, the workbench's computed totals and the reader
/// all take the template's sums from here.
/// </summary>
/// <param name="Caption">How a message names the total, e.g. "自然人：（七）总计".</param>
/// <param name="PartsName">How a message names the parts, e.g. "各项办理结果之和".</param>
public sealed record SumRule(string Rule, CellDef Total, IReadOnlyList<CellDef> Parts, string Caption, string PartsName);

internal static class SumRules
{
    public static List<SumRule> For(ReportTemplate template)
    {
        var rules = new List<SumRule>();
        var applicantParts = Enumerable.Range(0, TemplateLabels.ApplicantTotalColumn).ToList();
        foreach (var row in template.ApplicationRows)
        {
            rules.Add(new("C2", template.ApplicationCell(row.Key, TemplateLabels.ApplicantTotalColumn),
                applicantParts.Select(c => template.ApplicationCell(row.Key, c)).ToList(),
                $"{TemplateLabels.ApplicationRowCaption(row)}：总计", "自然人至其他六列之和"));
        }

        var leaves = template.OutcomeLeaves.ToList();
        for (var col = 0; col < TemplateLabels.ApplicantColumns.Count; col++)
        {
            var column = col;
            rules.Add(new("C3", template.ApplicationCell("total", col), leaves.Select(r => template.ApplicationCell(r.Key, column)).ToList(),
                $"{TemplateLabels.ApplicantColumns[col]}：（七）总计", "各项办理结果之和"));
        }

        foreach (var group in TemplateLabels.AppealGroups)
        {
            rules.Add(new("C5", template.AppealCell(group.Key, TemplateLabels.AppealTotalColumn),
                Enumerable.Range(0, TemplateLabels.AppealTotalColumn).Select(c => template.AppealCell(group.Key, c)).ToList(),
                $"{TemplateLabels.AppealGroupCaption(group)}：总计", "结果维持、结果纠正、其他结果、尚未审结之和"));
        }

        return rules;
    }
}
