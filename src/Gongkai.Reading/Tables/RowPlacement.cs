using Gongkai.Reading.Solving;
using Gongkai.Reading.Text;

namespace Gongkai.Reading.Tables;

/// <summary>One way to give every row of a table its figures: the first and last figure line of each row.</summary>
internal sealed record Placement((int First, int Last)[] Rows);

/// <summary>
/// Whether a table's labels and figure rows came apart, and the ways to place its figure rows by the
/// template's row order alone. On the page the figure rows keep their order even where a converter
/// printed the labels above, below or beside another row's figures; so a placement gives the rows their
/// figure lines in order, each row all its cells (one figure more where a page number or mark strayed in),
/// a row of table 三 or 四 continuing on lines with no words where it wrapped, and a line holding a single
/// figure may be left out (a page number), and, for each line of words in the table that is no piece of its
/// printed words (a 小计 row the template lacks), any one line (which figures are that row's is not known
/// once labels came apart). The sums then decide among the placements (<see cref="PlacedTable"/>).
/// </summary>
internal sealed class RowPlacement
{
    /// <summary>More placements than this are not compared: the table is left unread.</summary>
    public const int MaxPlacements = 32;

    private readonly List<FigureLine> _lines;
    private readonly IReadOnlyList<RowSpec> _specs;
    private readonly bool _rowsMayWrap;
    private readonly SolveBudget _budget;
    private readonly (int, int)[] _current;
    private readonly int[] _minimumTokens;
    private readonly int[] _tokensFrom;


    private RowPlacement(List<FigureLine> lines, IReadOnlyList<RowSpec> specs, bool rowsMayWrap, SolveBudget budget)
    {
        _lines = lines;
        _specs = specs;
        _rowsMayWrap = rowsMayWrap;
        _budget = budget;
        _current = new (int, int)[specs.Count];
        _minimumTokens = new int[specs.Count + 1];
        for (var r = specs.Count - 1; r >= 0; r--)
        {
            _minimumTokens[r] = _minimumTokens[r + 1] + specs[r].Cells.Count - 1;
        }

        _tokensFrom = new int[lines.Count + 1];
        for (var l = lines.Count - 1; l >= 0; l--)
        {
            _tokensFrom[l] = _tokensFrom[l + 1] + lines[l].Count;
        }
    }

    public List<Placement> Found { get; } = [];

    /// <summary>True where the search stopped (too many placements, or the node budget ran out): nothing is read.</summary>
    public bool Stopped { get; private set; }

    /// <summary>
    /// True where the labels and figure lines have come apart: a figure row that follows no label (it is
    /// not the figures of the label before it), or a label followed by the figures of more than one row.
    /// Otherwise each label's figures are its own, and the rows are read by their labels. A figure row
    /// beside words that are no piece of the table's printed words is a row the template lacks (a 小计):
    /// with labels and figure rows each in order, the figures beside its label can only be its own.
    /// </summary>
    /// <param name="cells">The cells of every row (table 三), or 0 where rows differ and each line is one row (table 二).</param>
    /// <param name="words">Every word the table prints (<see cref="TableWords"/>).</param>
    public static bool Misaligned(TableParse parse, List<FigureLine> lines, int cells, string words)
    {
        var perHit = new int[parse.Hits.Length];
        var count = 0;
        for (var l = 0; l < lines.Count; l++)
        {
            // A row of table 三 wraps onto lines with no words until it has its cells.
            if (cells > 0 && l > 0 && !lines[l].Labelled && count < cells && count + lines[l].Count <= cells + 1)
            {
                count += lines[l].Count;
                continue;
            }

            count = lines[l].Count;
            var line = lines[l];
            var owner = Array.FindIndex(parse.Hits, h => h is { HasValues: true } && h.ValueStart <= line.Start && line.Start < h.ValueEnd);
            if (owner < 0 && line.Words.Length > 0 && !words.Contains(line.Words, StringComparison.Ordinal))
            {
                continue;
            }

            if (owner < 0 || ++perHit[owner] > 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="floated">Cells printed away from their rows: exactly as many rows lack one cell each.</param>
    /// <param name="unknown">Pieces of words in the table that no label of it is made of: as many rows the template lacks may be among the figure lines, anywhere.</param>
    public static RowPlacement Enumerate(List<FigureLine> lines, IReadOnlyList<RowSpec> specs, bool rowsMayWrap, int floated, int unknown, SolveBudget budget)
    {
        var placement = new RowPlacement(lines, specs, rowsMayWrap, budget);
        placement.Place(0, 0, floated, specs.Count / 2, Math.Min(unknown, 2));
        return placement;
    }

    /// <summary>Every word a table prints (captions, headers, row and group labels), heavy, in one string to look pieces up in.</summary>
    public static string TableWords(Domain.AnnualReports.Layout.ReportTable table) =>
        string.Join("|", table.Rows.SelectMany(r => r).Where(c => c.Text is not null).Select(c => Keys.Heavy(c.Text!)));

    /// <summary>How many lines of words between two offsets are no piece of <paramref name="words"/> (a row the template lacks, a page header, glued pieces), at most 2.</summary>
    public static int UnknownWords(SegmentedText text, int from, int to, string words)
    {
        var unknown = 0;
        for (var seg = text.SegmentAt(from); seg < text.Segments.Count && unknown < 2; seg++)
        {
            var segment = text.Segments[seg];
            if (segment.Start >= to)
            {
                break;
            }

            if (segment.Kind == SegmentKind.Text && segment.Start >= from)
            {
                foreach (var line in text.Norm.AsSpan(segment.Start, segment.End - segment.Start).Split('\n'))
                {
                    var heavy = Keys.Heavy(text.Norm.AsSpan(segment.Start + line.Start.Value, line.End.Value - line.Start.Value));
                    unknown += heavy.Length > 0 && !words.Contains(heavy, StringComparison.Ordinal) ? 1 : 0;
                }
            }
        }

        return unknown;
    }

    /// <param name="strayLeft">Rows that may still hold one figure too many: where most rows do, the table has a column more than the template (a 法人或其他组织 subtotal), not strays.</param>
    /// <param name="dropsLeft">Lines of more than one figure that may still be left out (the figures of a row the template lacks).</param>
    private void Place(int line, int row, int shortLeft, int strayLeft, int dropsLeft)
    {
        if (Stopped)
        {
            return;
        }

        if (!_budget.Tick() || Found.Count > MaxPlacements)
        {
            Stopped = true;
            return;
        }

        if (row == _specs.Count)
        {
            // Every floated cell is some row's: a row that looks whole while one is left over has a stray instead.
            if (shortLeft == 0 && Enumerable.Range(line, _lines.Count - line).Count(l => _lines[l].Count > 1) <= dropsLeft)
            {
                Found.Add(new Placement([.. _current]));
            }

            return;
        }

        if (line == _lines.Count || _tokensFrom[line] < _minimumTokens[row] - shortLeft)
        {
            return;
        }

        if (_lines[line].Count == 1 || dropsLeft > 0)
        {
            Place(line + 1, row, shortLeft, strayLeft, _lines[line].Count == 1 ? dropsLeft : dropsLeft - 1);
        }

        var cells = _specs[row].Cells.Count;
        var total = 0;
        for (var last = line; last < _lines.Count; last++)
        {
            if (last > line && (!_rowsMayWrap || _lines[last].Labelled))
            {
                break;
            }

            total += _lines[last].Count;
            if (total > cells + 1)
            {
                break;
            }

            if (total == cells || (total == cells + 1 && strayLeft > 0) || (total == cells - 1 && shortLeft > 0))
            {
                _current[row] = (line, last);
                Place(last + 1, row + 1, total < cells ? shortLeft - 1 : shortLeft, total > cells ? strayLeft - 1 : strayLeft, dropsLeft);
            }
        }
    }
}
