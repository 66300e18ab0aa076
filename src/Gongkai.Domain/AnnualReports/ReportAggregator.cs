namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// The report of a government as the sum of the reports beneath it (its departments and its own
/// office), cell by cell. A cell that is blank in every part stays blank; a blank beside numbers
/// counts as nothing. Amounts are summed in 万元, and the printed 采购总金额 follows from that sum.
/// </summary>
public static class ReportAggregator
{
    public static ReportFigures Sum(int year, string? agency, IEnumerable<ReportFigures> parts)
    {
        var sum = ReportFigures.Blank(year, agency);
        var template = sum.Template;
        foreach (var part in parts)
        {
            if (!ReferenceEquals(part.Template, template) || part.Year != year)
            {
                throw new ArgumentException($"只能汇总 {year} 年度、{template.Id} 年格式的报告；“{part.Agency}”的报告是 {part.Year} 年度、{part.Template.Id} 年格式");
            }

            foreach (var cell in template.Cells)
            {
                if (part[cell] is { } value)
                {
                    sum[cell] = (sum[cell] ?? 0) + value;
                }
            }
        }

        foreach (var cell in template.Cells.Where(c => c.Kind == CellKind.AmountText))
        {
            var wan = sum[template.ProactiveCell(cell.Row, "amount_wan")];
            sum.SetText(cell, wan is { } w ? $"{ReportChecker.Format(w)}万元" : null);
        }

        return sum;
    }
}
