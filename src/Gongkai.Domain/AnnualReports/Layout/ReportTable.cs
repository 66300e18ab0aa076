namespace Gongkai.Domain.AnnualReports.Layout;

public enum GridCellRole
{
    /// <summary>A caption or column header.</summary>
    Header,
    /// <summary>A row label.</summary>
    Label,
    /// <summary>A figure of the report.</summary>
    Value,
}

/// <summary>One cell of an official table, with its merge: text for headers and labels, a <see cref="CellDef"/> for figures.</summary>
public sealed record GridCell(GridCellRole Role, string? Text, CellDef? Value, int RowSpan = 1, int ColSpan = 1)
{
    public static GridCell Header(string text, int rowSpan = 1, int colSpan = 1) => new(GridCellRole.Header, text, null, rowSpan, colSpan);
    public static GridCell Label(string text, int rowSpan = 1, int colSpan = 1) => new(GridCellRole.Label, text, null, rowSpan, colSpan);
    public static GridCell Figure(CellDef cell, int colSpan = 1) => new(GridCellRole.Value, null, cell, 1, colSpan);
}

/// <summary>A cell with its position in the table's grid, for formats that address cells by row and column (DOCX, XLSX).</summary>
public sealed record PlacedCell(int Row, int Column, GridCell Cell);

/// <summary>
/// One official table laid out the way the template prints it: rows of cells with row and column
/// spans, as HTML would write them. Every renderer and the workbench draw from this one layout.
/// </summary>
public sealed record ReportTable(string Key, string SectionHeading, int ColumnCount, IReadOnlyList<IReadOnlyList<GridCell>> Rows)
{
    /// <summary>Each cell at the top-left position it covers, found the way a browser lays out rowspan and colspan.</summary>
    public IReadOnlyList<PlacedCell> Place()
    {
        var occupied = new HashSet<(int, int)>();
        var placed = new List<PlacedCell>();
        for (var r = 0; r < Rows.Count; r++)
        {
            var c = 0;
            foreach (var cell in Rows[r])
            {
                while (occupied.Contains((r, c)))
                {
                    c++;
                }

                placed.Add(new PlacedCell(r, c, cell));
                for (var dr = 0; dr < cell.RowSpan; dr++)
                {
                    for (var dc = 0; dc < cell.ColSpan; dc++)
                    {
                        occupied.Add((r + dr, c + dc));
                    }
                }

                c += cell.ColSpan;
            }
        }

        return placed;
    }

    /// <summary>The figures of the table in layout order.</summary>
    public IEnumerable<CellDef> Figures => Rows.SelectMany(r => r).Where(c => c.Value is not null).Select(c => c.Value!);
}
