namespace Gongkai.Reading.Tests.Rendering;

/// <summary>
/// What goes wrong when a PDF is converted to text or Markdown (issue 10 §1). Each round-trip form turns
/// some of these on; <see cref="MisalignedText"/> draws every cut point, drift and block size at random.
/// </summary>
internal sealed record Mishaps
{
    /// <summary>The chance, at each row, that a label and its figures part (the figures float above or below).</summary>
    public double Float { get; init; }

    /// <summary>How many rows labels and figures may drift apart; blocks are at most this long.</summary>
    public int MaxDrift { get; init; } = 1;

    /// <summary>Drift comes as blocks: several figure rows with no label, then several labels with none (or the reverse).</summary>
    public bool Blocks { get; init; }

    /// <summary>Row labels wrapped over two or three lines, cut anywhere after their numbering.</summary>
    public bool WrapLabels { get; init; }

    /// <summary>Row-spanning group labels (（三）不予公开…) cut into pieces glued to the start of other label lines.</summary>
    public bool GlueGroups { get; init; }

    /// <summary>The chance per row of a stray figure: after the label, at the end of the row, or a page number on its own line.</summary>
    public double Strays { get; init; }

    /// <summary>Page footers (“— 4 —”, “-3-”) between any two lines, tables included.</summary>
    public bool Footers { get; init; }

    /// <summary>Some cells of table 二 printed on two lines with a note (“12（其中修订 5 件）”), floated above the table.</summary>
    public bool FloatCells { get; init; }

    /// <summary>Markdown pipe rows (one per printed line) instead of spaced text.</summary>
    public bool Markdown { get; init; }
}
