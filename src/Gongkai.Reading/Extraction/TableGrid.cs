using System.Text;
using Gongkai.Reading.Text;

namespace Gongkai.Reading.Extraction;

/// <summary>
/// Lays table cells on a grid the way a browser does with rowspan and colspan, then writes each row as
/// its own cells in column order. A position covered by a cell from an earlier row or column is not
/// written again; a position no cell covers (a short row) is written as an empty cell, so the cells
/// after it keep their place.
/// </summary>
internal sealed class TableGrid
{
    private readonly List<List<(int Column, string Text)>> _rows = [];
    private readonly List<List<bool>> _covered = [];
    private int _width;

    public void AddRow(IEnumerable<(string Text, int RowSpan, int ColSpan)> cells)
    {
        var r = _rows.Count;
        var placed = new List<(int, string)>();
        var column = 0;
        foreach (var (text, rowSpan, colSpan) in cells)
        {
            while (IsCovered(r, column))
            {
                column++;
            }

            placed.Add((column, text));
            for (var dr = 0; dr < Math.Min(rowSpan, 500); dr++)
            {
                for (var dc = 0; dc < Math.Min(colSpan, 100); dc++)
                {
                    Cover(r + dr, column + dc);
                }
            }

            column += colSpan;
            _width = Math.Max(_width, column);
        }

        _rows.Add(placed);
    }

    public void Write(StringBuilder text)
    {
        for (var r = 0; r < _rows.Count; r++)
        {
            var cells = _rows[r];
            if (cells.Count == 0)
            {
                continue;
            }

            var next = 0;
            for (var column = 0; column < _width; column++)
            {
                if (next < cells.Count && cells[next].Column == column)
                {
                    text.Append(cells[next].Text).Append(CharClass.Sep);
                    next++;
                }
                else if (!IsCovered(r, column))
                {
                    text.Append(CharClass.Sep);
                }
            }

            text.Append('\n');
        }
    }

    private bool IsCovered(int row, int column) => row < _covered.Count && column < _covered[row].Count && _covered[row][column];

    private void Cover(int row, int column)
    {
        while (_covered.Count <= row)
        {
            _covered.Add([]);
        }

        var cells = _covered[row];
        while (cells.Count <= column)
        {
            cells.Add(false);
        }

        cells[column] = true;
    }
}
