using System.Globalization;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.TestSupport;

/// <summary>
/// Random reports that satisfy every rule of their template (C1–C5, C8): realistic sizes, many zeros,
/// some multi-digit numbers. The base of property tests, round trips and benchmarks.
/// </summary>
public static class RandomReports
{
    public static ReportFigures Valid(Random random, int year, string? agency = "某市某局")
    {
        var figures = ReportFigures.Blank(year, agency);
        FillProactive(random, figures);
        FillApplications(random, figures);
        FillAppeals(random, figures);
        return figures;
    }

    /// <summary>A count as reports have them: often zero, usually small, sometimes in the thousands.</summary>
    public static int Count(Random random) => random.Next(10) switch
    {
        < 5 => 0,
        < 8 => random.Next(1, 20),
        8 => random.Next(20, 400),
        _ => random.Next(400, 6000),
    };

    private static void FillProactive(Random random, ReportFigures figures)
    {
        foreach (var cell in figures.Template.Cells.Where(c => c.Section == CellSection.Proactive))
        {
            switch (cell.Kind)
            {
                case CellKind.Count:
                    figures[cell] = Count(random);
                    break;
                case CellKind.SignedCount:
                    figures[cell] = Count(random) * (random.Next(3) == 0 ? -1 : 1);
                    break;
                case CellKind.AmountWan when cell.Row == "fees":
                    figures[cell] = Math.Round((decimal)random.NextDouble() * 500, 2);
                    break;
                case CellKind.AmountText:
                    figures.SetProcurementAmount(random.Next(2) == 0
                        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round((decimal)random.NextDouble() * 900, 2)}万元")
                        : string.Create(CultureInfo.InvariantCulture, $"{random.Next(1000, 9_000_000)}元"));
                    break;
            }
        }
    }

    private static void FillApplications(Random random, ReportFigures figures)
    {
        var template = figures.Template;
        for (var col = 0; col < TemplateLabels.ApplicantTotalColumn; col++)
        {
            // Legal persons apply far less often than natural persons: most of their cells are zero.
            var active = col == 0 || random.Next(3) == 0;
            decimal total = 0;
            foreach (var row in template.OutcomeLeaves)
            {
                var value = active && random.Next(3) == 0 ? Count(random) : 0;
                figures[template.ApplicationCell(row.Key, col)] = value;
                total += value;
            }

            figures[template.ApplicationCell("total", col)] = total;
            decimal carried = active ? random.Next(0, 8) : 0;
            decimal forward = active ? random.Next(0, 8) : 0;
            var received = total + forward - carried;
            if (received < 0)
            {
                forward -= received;
                received = 0;
            }

            figures[template.ApplicationCell("new_received", col)] = received;
            figures[template.ApplicationCell("carried_over", col)] = carried;
            figures[template.ApplicationCell("carried_forward", col)] = forward;
        }

        foreach (var row in template.ApplicationRows)
        {
            figures[template.ApplicationCell(row.Key, TemplateLabels.ApplicantTotalColumn)] =
                Enumerable.Range(0, TemplateLabels.ApplicantTotalColumn).Sum(c => figures.Application(row.Key, c)!.Value);
        }
    }

    private static void FillAppeals(Random random, ReportFigures figures)
    {
        foreach (var group in figures.Template.AppealGroups)
        {
            var parts = Enumerable.Range(0, 4).Select(_ => (decimal?)(random.Next(4) == 0 ? random.Next(0, 30) : 0)).ToArray();
            figures.SetAppealGroup(group.Key, [.. parts, parts.Sum()]);
        }
    }
}
