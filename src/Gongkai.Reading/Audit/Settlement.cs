using Gongkai.Domain.AnnualReports;

namespace Gongkai.Reading.Audit;

/// <summary>One report being settled: its figures (a copy of its own, written to), its open rows and findings.</summary>
internal sealed class Settling(ReportFigures figures, IEnumerable<OpenRow> open, IEnumerable<Finding> findings)
{
    public ReportFigures Figures { get; } = figures;

    public List<OpenRow> Open { get; } = [.. open];

    public List<Finding> Findings { get; } = [.. findings];

    /// <summary>Cells that were null and are now read.</summary>
    public int SettledCells { get; set; }

    public ReadStatistics Adjust(ReadStatistics stats) =>
        stats with { CellsRead = stats.CellsRead + SettledCells, CellsUnresolved = Math.Max(0, stats.CellsUnresolved - SettledCells) };
}

/// <summary>
/// Settles open rows by <see cref="Identities"/>. A row's readings are tried in every identity whose other
/// cells are known; only where exactly one reading fits them all is it read, with an info finding (R15)
/// that gives the evidence. Where two or more fit, or none, the row stays as it was (null, R2/R11).
/// Settling one row can make another identity decidable, so it goes round until nothing changes.
/// </summary>
internal static class Settlement
{
    public static void Apply(IReadOnlyList<Settling?> reports, IReadOnlyList<Identity> identities)
    {
        if (identities.Count == 0)
        {
            return;
        }

        var changed = true;
        while (changed)
        {
            changed = false;
            for (var k = 0; k < reports.Count; k++)
            {
                foreach (var row in reports[k]?.Open.ToList() ?? [])
                {
                    changed |= TrySettle(reports, k, row, identities);
                }
            }
        }
    }

    private static bool TrySettle(IReadOnlyList<Settling?> reports, int k, OpenRow row, IReadOnlyList<Identity> identities)
    {
        var paths = row.Cells.Select(c => c.Path).ToList();
        bool Own(Identity.Term t) => t.Report == k && paths.Contains(t.Path);
        var decidable = identities.Where(id => id.Terms.Any(Own) && id.Terms.All(t => Own(t) || Known(reports, t) is not null)).ToList();
        if (decidable.Count == 0 || row.Candidates.Count < 2)
        {
            return false;
        }

        var fitting = row.Candidates.Where(c => decidable.All(id => id.Terms.Sum(t => t.Coefficient * (Own(t) ? c[paths.IndexOf(t.Path)] : Known(reports, t)!.Value)) == id.Constant)).ToList();
        if (fitting.Count != 1)
        {
            return false;
        }

        var report = reports[k]!;
        var chosen = fitting[0];
        for (var i = 0; i < row.Cells.Count; i++)
        {
            report.SettledCells += report.Figures[row.Cells[i]] is null ? 1 : 0;
            report.Figures[row.Cells[i]] = chosen[i];
        }

        report.Findings.RemoveAll(f => f.Rule is RuleCodes.Ambiguous or RuleCodes.PlacementAmbiguous && f.Where is { } where && paths.Contains(where));
        report.Findings.Add(Finding.Info(RuleCodes.Settled, row.Path,
            $"{row.Caption}：单看本报告有 {row.Candidates.Count} 种读法（{Readings(row.Candidates)}），" +
            $"{string.Join("；", decidable.Select(id => Describe(id, reports, k, paths)))}，只有“{Reading(chosen)}”相符，据此读入"));
        report.Open.Remove(row);
        return true;
    }

    private static decimal? Known(IReadOnlyList<Settling?> reports, Identity.Term term) =>
        reports[term.Report] is { } report && report.Figures.Template.TryGetCell(term.Path, out var cell) ? report.Figures[cell] : null;

    /// <summary>The identity with the known cells it used (“2021年度 规章 · 现行有效件数 30”).</summary>
    private static string Describe(Identity identity, IReadOnlyList<Settling?> reports, int k, List<string> paths)
    {
        var known = identity.Terms.Where(t => !(t.Report == k && paths.Contains(t.Path))).Select(t =>
        {
            var figures = reports[t.Report]!.Figures;
            return $"{figures.Year}年度 {figures.Template.Cell(t.Path).Label} {ReportChecker.Format(Known(reports, t)!.Value)}";
        }).ToList();
        return known.Count == 0 ? identity.Evidence : $"{identity.Evidence}（{string.Join("，", known)}）";
    }

    private static string Reading(decimal[] values) => string.Join("、", values.Select(ReportChecker.Format));

    private static string Readings(IReadOnlyList<decimal[]> candidates) =>
        string.Join("；", candidates.Take(5).Select(Reading)) + (candidates.Count > 5 ? $" 等 {candidates.Count} 种" : "");
}
