namespace Gongkai.Domain.AnnualReports;

/// <summary>One bar of a chart: a label and a value (null where the report leaves it blank).</summary>
public sealed record ChartValue(string Label, decimal? Value);

/// <summary>One year of an agency's series of reports.</summary>
public sealed record YearPoint(int Year, decimal? Received, decimal? Granted, decimal? OtherOutcomes, decimal? CarriedForward);

/// <summary>
/// The figures that the report page draws, computed here so that the drawing does no arithmetic:
/// the outcome distribution of table 三 (the 总计 column, grouped as the template groups it), and the
/// trend over the years of an agency's reports.
/// </summary>
public static class ReportStatistics
{
    private const int Total = TemplateLabels.ApplicantTotalColumn;

    public static IReadOnlyList<ChartValue> OutcomeDistribution(ReportFigures figures)
    {
        var groups = new List<(string Label, List<ApplicationRowDef> Rows)>();
        foreach (var row in figures.Template.OutcomeLeaves)
        {
            var label = ShortLabel(row.Group ?? row.Label);
            if (groups.Count == 0 || groups[^1].Label != label)
            {
                groups.Add((label, []));
            }

            groups[^1].Rows.Add(row);
        }

        return groups.Select(g => new ChartValue(g.Label, SumOrNull(g.Rows.Select(r => figures.Application(r.Key, Total))))).ToList();
    }

    public static YearPoint Point(ReportFigures figures)
    {
        var granted = SumOrNull([figures.Application("granted", Total), figures.Application("partially_granted", Total)]);
        var total = figures.Application("total", Total);
        return new YearPoint(figures.Year, figures.Application("new_received", Total), granted,
            total is { } t && granted is { } g ? t - g : null, figures.Application("carried_forward", Total));
    }

    /// <summary>"（三）不予公开" → "不予公开".</summary>
    private static string ShortLabel(string label) => label.StartsWith('（') ? label[(label.IndexOf('）') + 1)..] : label;

    private static decimal? SumOrNull(IEnumerable<decimal?> values)
    {
        decimal? sum = null;
        foreach (var value in values)
        {
            if (value is { } v)
            {
                sum = (sum ?? 0) + v;
            }
        }

        return sum;
    }
}
