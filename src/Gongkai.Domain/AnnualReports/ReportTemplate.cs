using System.Collections.Frozen;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// One official format of the 政府信息公开工作年度报告: every heading, caption, row and column label,
/// as data. <see cref="Cells"/> numbers every cell of the canonical JSON (report-data.md) once, so
/// checks, renderers and readers all address cells the same way.
/// </summary>
public sealed class ReportTemplate
{
    private readonly FrozenDictionary<string, CellDef> _byPath;
    private readonly FrozenDictionary<string, ApplicationRowDef> _applicationRows;
    // The same cells by their keys, so that the checks' many lookups build no path string.
    private readonly FrozenDictionary<(string Row, int Column), CellDef> _applications;
    private readonly FrozenDictionary<(string Group, int Column), CellDef> _appeals;
    private readonly FrozenDictionary<(string Row, string Field), CellDef> _proactive;

    internal ReportTemplate(
        string id,
        string title,
        IReadOnlyList<ProactiveGroupDef> proactive,
        IReadOnlyList<ApplicationRowDef> applicationRows)
    {
        Id = id;
        Title = title;
        Proactive = proactive;
        ApplicationRows = applicationRows;
        Cells = BuildCells();
        _byPath = Cells.ToFrozenDictionary(c => c.Path, StringComparer.Ordinal);
        _applicationRows = applicationRows.ToFrozenDictionary(r => r.Key, StringComparer.Ordinal);
        _applications = Cells.Where(c => c.Section == CellSection.Applications).ToFrozenDictionary(c => (c.Row, c.Column));
        _appeals = Cells.Where(c => c.Section == CellSection.Appeals).ToFrozenDictionary(c => (c.Row, c.Column));
        _proactive = Cells.Where(c => c.Section == CellSection.Proactive).ToFrozenDictionary(c => (c.Row, c.Field!));
        SumRules = AnnualReports.SumRules.For(this);
    }

    /// <summary>"2019" (国办公开办函〔2019〕60号 试行) or "2021" (国办公开办函〔2021〕30号).</summary>
    public string Id { get; }

    /// <summary>The issuing document, for display.</summary>
    public string Title { get; }

    public IReadOnlyList<SectionDef> Sections => TemplateLabels.Sections;
    public IReadOnlyList<ProactiveGroupDef> Proactive { get; }
    public IReadOnlyList<ApplicationRowDef> ApplicationRows { get; }
    public IReadOnlyList<string> ApplicantColumns => TemplateLabels.ApplicantColumns;
    public IReadOnlyList<AppealGroupDef> AppealGroups => TemplateLabels.AppealGroups;
    public IReadOnlyList<string> AppealColumns => TemplateLabels.AppealColumns;

    /// <summary>The cells the template defines as sums of other cells (C2, C3, C5).</summary>
    public IReadOnlyList<SumRule> SumRules { get; }

    /// <summary>Every cell of the canonical JSON, in document order.</summary>
    public IReadOnlyList<CellDef> Cells { get; }

    public IEnumerable<ProactiveRowDef> ProactiveRows => Proactive.SelectMany(g => g.Rows);

    /// <summary>The leaf outcome rows that （七）总计 sums (C3): 19 in 2019, 21 in 2021.</summary>
    public IEnumerable<ApplicationRowDef> OutcomeLeaves => ApplicationRows.Where(r => r.Kind == ApplicationRowKind.Outcome);

    public CellDef Cell(string path) =>
        _byPath.TryGetValue(path, out var cell) ? cell : throw new KeyNotFoundException($"模板 {Id} 中没有单元格 {path}");

    public bool TryGetCell(string path, out CellDef cell) => _byPath.TryGetValue(path, out cell!);

    public CellDef ApplicationCell(string rowKey, int column) =>
        _applications.TryGetValue((rowKey, column), out var cell) ? cell : Cell(CellPaths.Application(rowKey, column));

    public CellDef AppealCell(string groupKey, int column) =>
        _appeals.TryGetValue((groupKey, column), out var cell) ? cell : Cell(CellPaths.Appeal(groupKey, column));

    public CellDef ProactiveCell(string rowKey, string fieldKey) =>
        _proactive.TryGetValue((rowKey, fieldKey), out var cell) ? cell : Cell(CellPaths.Proactive(rowKey, fieldKey));

    public bool HasApplicationRow(string key) => _applicationRows.ContainsKey(key);

    public ApplicationRowDef ApplicationRow(string key) => _applicationRows[key];

    /// <summary>The format that applies to a report year: 2019–2020 → 2019 试行格式, 2021 on → 2021 格式.</summary>
    public static ReportTemplate ForYear(int year) => year switch
    {
        < 2019 => throw new UnsupportedReportYearException(year),
        <= 2020 => Template2019.Instance,
        _ => Template2021.Instance,
    };

    /// <summary>The format with this id, or null.</summary>
    public static ReportTemplate? ById(string? id) => id switch
    {
        "2019" => Template2019.Instance,
        "2021" => Template2021.Instance,
        _ => null,
    };

    public static IReadOnlyList<ReportTemplate> All => [Template2019.Instance, Template2021.Instance];

    private List<CellDef> BuildCells()
    {
        var cells = new List<CellDef>();
        foreach (var group in Proactive)
        {
            foreach (var row in group.Rows)
            {
                foreach (var field in row.Fields)
                {
                    cells.Add(new CellDef(cells.Count, CellPaths.Proactive(row.Key, field.Key), field.Kind,
                        CellSection.Proactive, row.Key, field.Key, -1, $"{row.Label} · {field.Label}"));
                }
            }
        }

        foreach (var row in ApplicationRows)
        {
            for (var col = 0; col < TemplateLabels.ApplicantColumns.Count; col++)
            {
                cells.Add(new CellDef(cells.Count, CellPaths.Application(row.Key, col), CellKind.Count,
                    CellSection.Applications, row.Key, null, col,
                    $"{TemplateLabels.ApplicationRowCaption(row)} · {TemplateLabels.ApplicantColumns[col]}"));
            }
        }

        foreach (var group in TemplateLabels.AppealGroups)
        {
            for (var col = 0; col < TemplateLabels.AppealColumns.Count; col++)
            {
                cells.Add(new CellDef(cells.Count, CellPaths.Appeal(group.Key, col), CellKind.Count,
                    CellSection.Appeals, group.Key, null, col,
                    $"{TemplateLabels.AppealGroupCaption(group)} · {TemplateLabels.AppealColumns[col]}"));
            }
        }

        return cells;
    }

    public override string ToString() => Id;
}

/// <summary>The canonical JSON's reports before 2019 had no national format.</summary>
public sealed class UnsupportedReportYearException(int year)
    : Exception($"{year}年度没有统一的年度报告格式：2019年度起使用国办公开办函〔2019〕60号试行格式，2021年度起使用国办公开办函〔2021〕30号格式。")
{
    public int Year { get; } = year;
}
