namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// Checks between two consecutive reports of the same agency (docs/checks.md: C6, C7).
/// </summary>
public static class CrossYearChecks
{
    /// <summary>C6 (error) and C7 (warning): <paramref name="previous"/> is the report of the year before.</summary>
    public static List<Finding> Check(ReportFigures current, ReportFigures previous)
    {
        var findings = new List<Finding>();
        if (previous.Year != current.Year - 1)
        {
            return findings;
        }

        CheckCarryOver(current, previous, findings);
        if (current.Template.Id == "2021" && previous.Template.Id == "2021")
        {
            CheckDocumentsInForce(current, previous, findings);
        }

        return findings;
    }

    /// <summary>C6: this year's 二、上年结转 equals last year's 四、结转下年度继续办理, column by column.</summary>
    private static void CheckCarryOver(ReportFigures current, ReportFigures previous, List<Finding> findings)
    {
        for (var col = 0; col < TemplateLabels.ApplicantColumns.Count; col++)
        {
            if (current.Application("carried_over", col) is { } now &&
                previous.Application("carried_forward", col) is { } before && now != before)
            {
                findings.Add(Finding.Error("C6", CellPaths.Application("carried_over", col),
                    $"{TemplateLabels.ApplicantColumns[col]}：二、上年结转 ({ReportChecker.Format(now)}) ≠ {previous.Year}年度报告 四、结转下年度继续办理 ({ReportChecker.Format(before)})"));
            }
        }
    }

    /// <summary>C7: 现行有效件数 ≈ last year's 现行有效件数 + 本年制发件数 − 本年废止件数 (amendments can break it, so a warning).</summary>
    private static void CheckDocumentsInForce(ReportFigures current, ReportFigures previous, List<Finding> findings)
    {
        foreach (var row in new[] { "rules", "normative_documents" })
        {
            if (current.Proactive(row, "in_force") is { } inForce &&
                current.Proactive(row, "issued") is { } issued &&
                current.Proactive(row, "repealed") is { } repealed &&
                previous.Proactive(row, "in_force") is { } before &&
                inForce != before + issued - repealed)
            {
                var label = current.Template.ProactiveRows.First(r => r.Key == row).Label;
                findings.Add(Finding.Warning("C7", CellPaths.Proactive(row, "in_force"),
                    $"{label}：现行有效件数 ({ReportChecker.Format(inForce)}) ≠ 上年现行有效件数 ({ReportChecker.Format(before)}) + 本年制发 ({ReportChecker.Format(issued)}) − 本年废止 ({ReportChecker.Format(repealed)})"));
            }
        }
    }
}
