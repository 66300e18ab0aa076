using Gongkai.Domain.AnnualReports;

namespace Gongkai.Reading.Solving;

/// <summary>
/// Figures printed without separators, as the splitter sees them: the characters (spaces removed), where
/// a cut must fall (after a unit such as 万元, or at a cell separator), where a space stood (a likely cut),
/// and whether the last digit may be the next label's item number (“…0002其他法律…” without its dot).
/// </summary>
internal sealed class SplitInput(string chars, int[] offsets, bool[] hardBefore, bool[] softBefore, bool optionalLastDigit)
{
    public string Chars { get; } = chars;

    /// <summary>The stream offset of each character, to quote a cell as printed.</summary>
    public int[] Offsets { get; } = offsets;

    /// <summary>HardBefore[k]: a cut must fall between character k−1 and k.</summary>
    public bool[] HardBefore { get; } = hardBefore;

    /// <summary>SoftBefore[k]: a space stood between character k−1 and k.</summary>
    public bool[] SoftBefore { get; } = softBefore;

    public bool OptionalLastDigit { get; } = optionalLastDigit;

    public bool HasSoftCuts => SoftBefore.Contains(true);

    /// <summary>Run-together figures from plain text (tests, tools): spaces are likely cuts, a cut follows each unit.</summary>
    public static SplitInput FromText(string printed, bool optionalLastDigit = false)
    {
        var chars = new List<char>();
        var offsets = new List<int>();
        var hard = new List<bool> { false };
        var soft = new List<bool> { false };
        for (var i = 0; i < printed.Length; i++)
        {
            if (printed[i] == ' ')
            {
                soft[^1] = chars.Count > 0;
                continue;
            }

            hard[^1] = chars.Count > 0 && chars[^1] is '元' or '件' && printed[i] != '元';
            chars.Add(printed[i]);
            offsets.Add(i);
            hard.Add(false);
            soft.Add(false);
        }

        return new SplitInput(new string([.. chars]), [.. offsets], [.. hard], [.. soft], optionalLastDigit);
    }

    /// <summary>The same input without its last character (the next label's item number taken off).</summary>
    public SplitInput WithoutLastChar() =>
        new(Chars[..^1], Offsets[..^1], HardBefore[..^1], SoftBefore[..^1], optionalLastDigit: false);
}

/// <summary>The shape of a row for the splitter: the kind of each cell and the sums among them.</summary>
/// <param name="Sums">Each array lists the parts and ends with the total (C2: columns 0–5 sum to 6; C5 per group).</param>
internal sealed record RowShape(CellKind[] Kinds, int[][] Sums)
{
    public int Count => Kinds.Length;

    public static RowShape Plain(IEnumerable<CellKind> kinds) => new([.. kinds], []);

    /// <summary>A row of table 三: six applicant columns and their 总计 (C2).</summary>
    public static readonly RowShape Applications = new(
        Enumerable.Repeat(CellKind.Count, 7).ToArray(), [[0, 1, 2, 3, 4, 5, 6]]);

    /// <summary>Table 四's 15 figures: three groups of four results and their 总计 (C5).</summary>
    public static readonly RowShape Appeals = new(
        Enumerable.Repeat(CellKind.Count, 15).ToArray(), [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10, 11, 12, 13, 14]]);

    public RowShape WithoutSums => this with { Sums = [] };
}

/// <summary>One way to split a row: the value of each cell, whether it was a dash, and where it was printed.</summary>
internal sealed record SplitCandidate(decimal[] Values, bool[] Dash, int[] Starts, int[] Ends);
