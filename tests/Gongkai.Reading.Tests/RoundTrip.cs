using Gongkai.Application.AnnualReports.Export;
using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Tests.Rendering;

namespace Gongkai.Reading.Tests;

/// <summary>A random valid report with narrative, and the check that a reading of it is faithful.</summary>
internal static class RoundTrip
{
    public static ReportDocument Report(int seed)
    {
        var random = new Random(seed);
        return ReportForms.Report(random, seed % 2 == 0 ? random.Next(2019, 2021) : random.Next(2021, 2026));
    }

    /// <summary>
    /// Every cell read back equals the original, or is null with a finding at its path (or its row's)
    /// saying why: ambiguous, no split, search cut off, unreadable or missing row. Never a different number.
    /// </summary>
    public static void AssertFaithful(ReportFigures original, ReadResult result, string context, CellTally tally)
    {
        Assert.True(result.Outcome == ReadOutcome.Read, $"{context}: {result.Outcome} {result.Message}");
        var read = result.Figures!;
        Assert.Equal(original.Template.Id, read.Template.Id);
        Assert.Equal(original.Year, read.Year);
        Assert.Equal(original.Agency, read.Agency);
        var errors = result.Findings.Where(f => f.Severity == FindingSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{context}: {string.Join("; ", errors.Select(e => $"{e.Rule} {e.Where} {e.Message}"))}");
        foreach (var cell in original.Template.Cells)
        {
            var same = cell.Kind == CellKind.AmountText ? read.Text(cell) == original.Text(cell) : read[cell] == original[cell];
            var blank = cell.Kind == CellKind.AmountText ? read.Text(cell) is null : read[cell] is null;
            var explained = blank && Explained(result.Findings, cell);
            Assert.True(same || explained,
                $"{context}: {cell.Path} is {Show(read, cell)}, was {Show(original, cell)}");
            tally.Add(cell, same);
        }
    }

    private static string Show(ReportFigures figures, CellDef cell) =>
        (cell.Kind == CellKind.AmountText ? figures.Text(cell) : figures[cell]?.ToString(System.Globalization.CultureInfo.InvariantCulture)) ?? "null";

    private static bool Explained(IReadOnlyList<Finding> findings, CellDef cell)
    {
        var paths = cell.Field == "amount_wan" && cell.Row == "procurement"
            ? new[] { cell.Path, "proactive.procurement.amount_text" }
            : [cell.Path];
        return findings.Any(f => f.Rule is "R2" or "R3" or "R4" or "R7" or "S5" or "R11" or "R12" or "R18" && f.Where is { } where &&
            paths.Any(p => p == where || p.StartsWith(where + "[", StringComparison.Ordinal) || p.StartsWith(where + ".", StringComparison.Ordinal)));
    }
}

/// <summary>Counts of cells read back exactly, over all cells and over tables 三 and 四 alone.</summary>
internal sealed class CellTally
{
    public int Cells { get; private set; }
    public int Equal { get; private set; }
    public int ArithmeticCells { get; private set; }
    public int ArithmeticEqual { get; private set; }

    public double Share => Cells == 0 ? 0 : (double)Equal / Cells;
    public double ArithmeticShare => ArithmeticCells == 0 ? 0 : (double)ArithmeticEqual / ArithmeticCells;

    public void Add(CellDef cell, bool equal)
    {
        Cells++;
        Equal += equal ? 1 : 0;
        if (cell.Section != CellSection.Proactive)
        {
            ArithmeticCells++;
            ArithmeticEqual += equal ? 1 : 0;
        }
    }

    public override string ToString() =>
        $"all cells {Equal}/{Cells} ({Share:P2}); tables 三/四 {ArithmeticEqual}/{ArithmeticCells} ({ArithmeticShare:P2})";
}
