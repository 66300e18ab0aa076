namespace Gongkai.Domain.AnnualReports.Layout;

/// <summary>Lays out the three tables of a template exactly as the templates of 60号 and 30号 draw them.</summary>
public static class ReportTables
{
    private const int ProactiveColumns = 4;
    private const int ApplicationLabelColumns = 3;

    public static IReadOnlyList<ReportTable> For(ReportTemplate template) =>
        [Proactive(template), Applications(template), Appeals(template)];

    /// <summary>Table 二: per Art. 20 item a caption row, a 信息内容 header row, then its data rows.</summary>
    public static ReportTable Proactive(ReportTemplate template)
    {
        var rows = new List<IReadOnlyList<GridCell>>();
        foreach (var group in template.Proactive)
        {
            rows.Add([GridCell.Header(group.Caption, colSpan: ProactiveColumns)]);
            rows.Add([GridCell.Header(TemplateLabels.ProactiveContentHeader), .. Spread(group.ColumnLabels, label => GridCell.Header(label), (label, span) => GridCell.Header(label, colSpan: span))]);
            foreach (var row in group.Rows)
            {
                var figures = row.VisibleFields.Select(f => template.ProactiveCell(row.Key, f.Key)).ToList();
                rows.Add([GridCell.Label(row.Label), .. Spread(figures, c => GridCell.Figure(c), (c, span) => GridCell.Figure(c, span))]);
            }
        }

        return new ReportTable("proactive", template.Sections[1].Heading, ProactiveColumns, rows);
    }

    /// <summary>Fills the three value columns; where a block has fewer columns, the last spans the rest.</summary>
    private static IEnumerable<GridCell> Spread<T>(IReadOnlyList<T> items, Func<T, GridCell> one, Func<T, int, GridCell> spanning)
    {
        var width = ProactiveColumns - 1;
        for (var i = 0; i < items.Count; i++)
        {
            yield return i == items.Count - 1 && items.Count < width ? spanning(items[i], width - i) : one(items[i]);
        }
    }

    /// <summary>Table 三: the note cell, the applicant header in three rows, then the nested row labels.</summary>
    public static ReportTable Applications(ReportTemplate template)
    {
        var columns = template.ApplicantColumns;
        var rows = new List<IReadOnlyList<GridCell>>
        {
            new[] { GridCell.Header(TemplateLabels.ApplicationsNote, 3, ApplicationLabelColumns), GridCell.Header(TemplateLabels.ApplicantHeader, colSpan: columns.Count) },
            new[] { GridCell.Header(columns[0], rowSpan: 2), GridCell.Header(TemplateLabels.LegalPersonHeader, colSpan: 5), GridCell.Header(columns[6], rowSpan: 2) },
            columns.Skip(1).Take(5).Select(c => GridCell.Header(c)).ToList(),
        };

        var outcomeRows = template.ApplicationRows.Count(r => r.Kind != ApplicationRowKind.TopLevel);
        string? openGroup = null;
        var outcomesOpened = false;
        foreach (var row in template.ApplicationRows)
        {
            var cells = new List<GridCell>();
            if (row.Kind == ApplicationRowKind.TopLevel)
            {
                cells.Add(GridCell.Label(row.Label, colSpan: ApplicationLabelColumns));
            }
            else
            {
                if (!outcomesOpened)
                {
                    cells.Add(GridCell.Label(TemplateLabels.OutcomesHeader, rowSpan: outcomeRows));
                    outcomesOpened = true;
                }

                if (row.Group is null)
                {
                    cells.Add(GridCell.Label(row.Label, colSpan: 2));
                }
                else
                {
                    if (row.Group != openGroup)
                    {
                        cells.Add(GridCell.Label(row.Group, rowSpan: template.ApplicationRows.Count(r => r.Group == row.Group)));
                    }

                    cells.Add(GridCell.Label(row.Label));
                }
            }

            openGroup = row.Group;
            cells.AddRange(columns.Select((_, c) => GridCell.Figure(template.ApplicationCell(row.Key, c))));
            rows.Add(cells);
        }

        return new ReportTable("applications", template.Sections[2].Heading, ApplicationLabelColumns + columns.Count, rows);
    }

    /// <summary>Table 四: 行政复议 (5) | 行政诉讼 (10: 未经复议直接起诉 5, 复议后起诉 5), then one row of 15 figures.</summary>
    public static ReportTable Appeals(ReportTemplate template)
    {
        var columns = template.AppealColumns;
        var groups = template.AppealGroups;
        var row1 = new[] { GridCell.Header(groups[0].Label, colSpan: columns.Count), GridCell.Header(TemplateLabels.LitigationHeader, colSpan: columns.Count * 2) };
        var row2 = columns.Select(c => GridCell.Header(c, rowSpan: 2))
            .Concat(groups.Skip(1).Select(g => GridCell.Header(g.Label, colSpan: columns.Count))).ToList();
        var row3 = groups.Skip(1).SelectMany(_ => columns.Select(c => GridCell.Header(c))).ToList();
        var values = groups.SelectMany(g => columns.Select((_, c) => GridCell.Figure(template.AppealCell(g.Key, c)))).ToList();
        return new ReportTable("appeals", template.Sections[3].Heading, columns.Count * 3, [row1, row2, row3, values]);
    }
}
