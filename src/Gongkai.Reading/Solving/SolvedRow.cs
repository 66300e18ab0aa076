namespace Gongkai.Reading.Solving;

/// <summary>How a row's figures reach the solver.</summary>
internal abstract record RowSource;

/// <summary>Figures read cell by cell (separated by | or cell boundaries, or spaces matching the cell count).</summary>
internal sealed record FixedRow(decimal?[] Values, bool[] Dash, int[] Starts, int[] Ends) : RowSource;

/// <summary>Figures that ran together and must be split.</summary>
internal sealed record SplitRow(SplitInput Input) : RowSource;

/// <summary>
/// Figures read cell by cell, but in more than one possible way: one figure too many (a page number or a
/// mark after the label or at the end of the row) that may be either end's, or a cell printed elsewhere
/// that may belong in several places. Only the alternatives the row's sums allow are kept.
/// </summary>
internal sealed record ChoiceRow(IReadOnlyList<FixedRow> Alternatives, RowOrigin Origin) : RowSource
{
    public IEnumerable<SplitCandidate> Candidates => Alternatives.Select(a => new SplitCandidate([.. a.Values.Select(v => v!.Value)], a.Dash, a.Starts, a.Ends));
}

/// <summary>Why a row was solved rather than read: the findings word it after this.</summary>
internal enum RowOrigin
{
    /// <summary>Digits that ran together were split.</summary>
    Split,
    /// <summary>A figure too many was dropped.</summary>
    Stray,
    /// <summary>A cell printed away from its row (above the table) was put back.</summary>
    Floated,
    /// <summary>The row's figures were placed by the template's row order and sums, not by their label.</summary>
    Placement,
}

/// <summary>What became of a cell.</summary>
internal enum CellFate
{
    /// <summary>Printed in its own cell and read.</summary>
    Read,
    /// <summary>Split out of run-together digits, the same in every consistent split.</summary>
    Recovered,
    /// <summary>Different in different consistent splits: null.</summary>
    Ambiguous,
    /// <summary>No consistent split exists: null.</summary>
    NoSplit,
    /// <summary>The search stopped at its budget: null.</summary>
    CutOff,
    /// <summary>Not printed, or the row was not found: null.</summary>
    Missing,
    /// <summary>Printed but not readable as the row's cells (wrong count, not a figure): null.</summary>
    Unreadable,
}

/// <summary>A row after solving: a value or a fate per cell, and for ambiguous cells their candidates.</summary>
internal sealed class SolvedRow
{
    public SolvedRow(int cells)
    {
        Values = new decimal?[cells];
        Dash = new bool[cells];
        Fates = new CellFate[cells];
        Starts = new int[cells];
        Ends = new int[cells];
        Candidates = new List<decimal>?[cells];
    }

    public decimal?[] Values { get; }
    public bool[] Dash { get; }
    public CellFate[] Fates { get; }

    /// <summary>Where each read cell was printed (stream offsets), to quote amounts as printed.</summary>
    public int[] Starts { get; }
    public int[] Ends { get; }

    public List<decimal>?[] Candidates { get; }

    /// <summary>The digits as printed, for messages about a split.</summary>
    public string? Printed { get; set; }

    /// <summary>True where the digit count alone fixed the split (no arithmetic needed).</summary>
    public bool ForcedByFormat { get; set; }

    /// <summary>True where spaces in the run were taken as cell boundaries.</summary>
    public bool UsedSpaces { get; set; }

    public long SolutionCount { get; set; }

    public RowOrigin Origin { get; set; }

    /// <summary>The consistent readings of the row (full vectors), where it had several: evidence from other years may settle them.</summary>
    public IReadOnlyList<SplitCandidate> Options { get; set; } = [];

    public static SolvedRow Missing(int cells)
    {
        var row = new SolvedRow(cells);
        Array.Fill(row.Fates, CellFate.Missing);
        return row;
    }

    public static SolvedRow FromFixed(FixedRow source)
    {
        var row = new SolvedRow(source.Values.Length);
        for (var c = 0; c < source.Values.Length; c++)
        {
            row.Values[c] = source.Values[c];
            row.Dash[c] = source.Dash[c];
            row.Fates[c] = source.Values[c] is null ? CellFate.Missing : CellFate.Read;
            row.Starts[c] = source.Starts[c];
            row.Ends[c] = source.Ends[c];
        }

        return row;
    }

    public static SolvedRow Unresolved(int cells, CellFate fate, string printed)
    {
        var row = new SolvedRow(cells) { Printed = printed };
        Array.Fill(row.Fates, fate);
        return row;
    }

    /// <summary>Per cell: the one value all used candidates agree on, else null with their distinct values.</summary>
    /// <param name="printedMatters">Cells whose printed text is kept (采购总金额): they must agree on where they were printed too.</param>
    public static SolvedRow FromCandidates(IReadOnlyList<SplitCandidate> used, string printed, int cells, Func<int, bool>? printedMatters = null)
    {
        var row = new SolvedRow(cells) { Printed = printed, SolutionCount = used.Count, Options = used };
        for (var c = 0; c < cells; c++)
        {
            var first = used[0];
            var same = true;
            for (var i = 1; i < used.Count && same; i++)
            {
                same = used[i].Values[c] == first.Values[c] &&
                    (printedMatters?.Invoke(c) != true || (used[i].Starts[c] == first.Starts[c] && used[i].Ends[c] == first.Ends[c]));
            }

            if (same)
            {
                row.Values[c] = first.Values[c];
                row.Dash[c] = first.Dash[c];
                row.Fates[c] = CellFate.Recovered;
                row.Starts[c] = first.Starts[c];
                row.Ends[c] = first.Ends[c];
            }
            else
            {
                row.Fates[c] = CellFate.Ambiguous;
                row.Candidates[c] = [.. used.Select(u => u.Values[c]).Distinct().Order()];
            }
        }

        return row;
    }
}
