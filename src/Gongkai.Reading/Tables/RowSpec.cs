using System.Collections.Frozen;
using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Text;

namespace Gongkai.Reading.Tables;

/// <summary>One data row of an official table as the reader looks for it.</summary>
/// <param name="Key">The row (or group) key of the canonical JSON.</param>
/// <param name="Caption">The row's full caption, for messages.</param>
/// <param name="MatchKey">The heavy form of its label without numbering.</param>
/// <param name="Numeral">The Arabic item number its label starts with (“2.其他法律…”), which run-together text glues to the previous figures.</param>
/// <param name="Cells">The figure cells in printed order (derived cells such as amount_wan excluded).</param>
/// <param name="Group">Index of its 第二十条 block in table 二; 0 elsewhere.</param>
internal sealed record RowSpec(string Key, string Caption, string MatchKey, int? Numeral, IReadOnlyList<CellDef> Cells, int Group = 0)
{
    public IEnumerable<CellKind> Kinds => Cells.Select(c => c.Kind);
}

/// <summary>The rows of the three tables of a template, built once per template.</summary>
internal sealed class TableSpecs
{
    private static readonly FrozenDictionary<string, TableSpecs> ByTemplate =
        ReportTemplate.All.ToFrozenDictionary(t => t.Id, t => new TableSpecs(t));

    private TableSpecs(ReportTemplate template)
    {
        Template = template;
        Proactive = [.. template.Proactive.SelectMany((group, g) => group.Rows.Select(row => new RowSpec(
            row.Key, row.Label, Keys.LabelKey(row.Label), null,
            [.. row.VisibleFields.Select(f => template.ProactiveCell(row.Key, f.Key))], g)))];
        Applications = [.. template.ApplicationRows.Select(row => new RowSpec(
            row.Key, TemplateLabels.ApplicationRowCaption(row), Keys.LabelKey(row.Label), Keys.ArabicNumber(row.Label),
            [.. template.ApplicantColumns.Select((_, c) => template.ApplicationCell(row.Key, c))]))];
        Appeals = new RowSpec("appeals", "四、政府信息公开行政复议、行政诉讼情况", "", null,
            [.. template.AppealGroups.SelectMany(g => template.AppealColumns.Select((_, c) => template.AppealCell(g.Key, c)))]);
        Roles = new Solving.ApplicationRoles(
            Index("new_received"), Index("carried_over"), Index("total"), Index("carried_forward"),
            [.. template.ApplicationRows.Select((r, i) => (r, i)).Where(x => x.r.Kind == ApplicationRowKind.Outcome).Select(x => x.i)]);
    }

    public static TableSpecs For(ReportTemplate template) => ByTemplate[template.Id];

    public ReportTemplate Template { get; }

    public IReadOnlyList<RowSpec> Proactive { get; }

    public IReadOnlyList<RowSpec> Applications { get; }

    /// <summary>Table 四 as one row of 15 figures.</summary>
    public RowSpec Appeals { get; }

    public Solving.ApplicationRoles Roles { get; }

    private int Index(string key) => Applications.ToList().FindIndex(r => r.Key == key);
}
