using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Gongkai.Reading.Extraction;

/// <summary>A cell of a ruled table: its top-left grid position and how many rows and columns it spans.</summary>
internal readonly record struct GridCell(int Row, int Column, int RowSpan, int ColumnSpan);

/// <summary>
/// A table drawn with rules on a PDF page. The distinct x of its vertical rules and y of its horizontal
/// rules make a grid; where the rule between two grid positions is missing, they belong to one merged
/// cell. Every letter then belongs to the cell its centre falls in, so a label wrapped over several lines
/// stays in its cell, and the row's figures stay in theirs, whatever their baselines. A grid that does
/// not make clean rectangles, or a rule that only partly separates two positions, is not a table.
/// </summary>
internal sealed partial class RuledTable
{
    /// <summary>Rules closer than this (pt) are one rule; segments closer than this touch.</summary>
    private const double Tolerance = 2;

    /// <summary>A cell with more lines than this is a frame around text, not a table cell.</summary>
    private const int MaxCellLines = 12;

    private readonly double[] _xs;
    private readonly double[] _ys;
    private readonly int[] _cellOf;

    private RuledTable(double[] xs, double[] ys, int[] cellOf, List<GridCell> cells)
    {
        _xs = xs;
        _ys = ys;
        _cellOf = cellOf;
        Cells = cells;
    }

    public IReadOnlyList<GridCell> Cells { get; }

    public double Left => _xs[0];

    public double Right => _xs[^1];

    public double Top => _ys[0];

    public double Bottom => _ys[^1];

    public bool Contains(PdfPoint p) => p.X > Left && p.X < Right && p.Y > Bottom && p.Y < Top;

    /// <summary>The cell at a point inside the table.</summary>
    public int CellAt(PdfPoint p)
    {
        var column = 0;
        while (column < _xs.Length - 2 && p.X >= _xs[column + 1])
        {
            column++;
        }

        var row = 0;
        while (row < _ys.Length - 2 && p.Y <= _ys[row + 1])
        {
            row++;
        }

        return _cellOf[row * (_xs.Length - 1) + column];
    }

    /// <summary>
    /// Whether a letter lies within its cell (a quarter of its size over a rule is tolerated). A letter
    /// across a rule means the rules are not the cells' borders, and the table is not read by them.
    /// </summary>
    public bool Fits(int cell, PdfRectangle box)
    {
        var c = Cells[cell];
        double dx = box.Width / 4 + 0.5, dy = box.Height / 4 + 0.5;
        return box.Left >= _xs[c.Column] - dx && box.Right <= _xs[c.Column + c.ColumnSpan] + dx
            && box.Top <= _ys[c.Row] + dy && box.Bottom >= _ys[c.Row + c.RowSpan] - dy;
    }

    /// <summary>
    /// Whether a run of text goes on across a vertical rule: two letters on one baseline in different
    /// cells, closer than letters in separate cells ever are (cell padding keeps them apart).
    /// </summary>
    public static bool TextRunsAcrossRules(List<Letter>[] letters)
    {
        var placed = letters.SelectMany((cell, i) => cell.Select(l => (Letter: l, Cell: i)))
            .OrderByDescending(p => p.Letter.StartBaseLine.Y).ThenBy(p => p.Letter.BoundingBox.Left).ToList();
        for (var i = 0; i < placed.Count; i++)
        {
            var (a, cell) = placed[i];
            var size = Math.Max(a.PointSize, 1);
            for (var j = i + 1; j < placed.Count && Math.Abs(placed[j].Letter.StartBaseLine.Y - a.StartBaseLine.Y) <= size * 0.4; j++)
            {
                var b = placed[j].Letter;
                if (placed[j].Cell != cell && b.BoundingBox.Left >= a.BoundingBox.Left && b.BoundingBox.Left - a.BoundingBox.Right < size * 0.1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a letter outside the table sits right beside it, on its rows: the rules do not enclose the text.</summary>
    public bool IsBeside(Letter letter)
    {
        var p = letter.BoundingBox.Centroid;
        var reach = 2 * Math.Max(letter.PointSize, 1);
        return p.Y > Bottom && p.Y < Top && ((p.X <= Left && p.X > Left - reach) || (p.X >= Right && p.X < Right + reach));
    }

    /// <summary>
    /// The table's rows as lines of cells (as <see cref="TableGrid"/> writes HTML and DOCX tables), or null
    /// where a cell holds more lines than a table cell does.
    /// </summary>
    public List<string>? Rows(List<Letter>[] letters)
    {
        var texts = new string[Cells.Count];
        for (var i = 0; i < Cells.Count; i++)
        {
            var lines = PdfLines.Of(letters[i]);
            if (lines.Count > MaxCellLines)
            {
                return null;
            }

            texts[i] = PdfLines.Joined(lines);
        }

        return Rows(texts);
    }

    /// <summary>The cell's rectangle: left, top, right, bottom (y grows upwards, as on a PDF page).</summary>
    public (double Left, double Top, double Right, double Bottom) Bounds(int cell)
    {
        var c = Cells[cell];
        return (_xs[c.Column], _ys[c.Row], _xs[c.Column + c.ColumnSpan], _ys[c.Row + c.RowSpan]);
    }

    /// <summary>The table's rows as lines of cells, from each cell's text (as <see cref="TableGrid"/> writes HTML and DOCX tables).</summary>
    public List<string> Rows(string[] texts)
    {
        var grid = new TableGrid();
        var next = 0;
        for (var row = 0; row < _ys.Length - 1; row++)
        {
            var first = next;
            while (next < Cells.Count && Cells[next].Row == row)
            {
                next++;
            }

            grid.AddRow(Enumerable.Range(first, next - first).Select(i => (texts[i], Cells[i].RowSpan, Cells[i].ColumnSpan)));
        }

        var text = new StringBuilder();
        grid.Write(text);
        return [.. text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
