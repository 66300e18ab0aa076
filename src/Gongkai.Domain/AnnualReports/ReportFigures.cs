namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// The figures of one annual report in one format: the data of the canonical JSON (report-data.md).
/// A cell that is blank, or that a reader could not read with certainty, is null, never a guess.
/// </summary>
public sealed class ReportFigures
{
    private readonly decimal?[] _numbers;
    private readonly string?[] _texts;

    public ReportFigures(ReportTemplate template, int year, string? agency = null)
    {
        Template = template;
        Year = year;
        Agency = agency;
        _numbers = new decimal?[template.Cells.Count];
        _texts = new string?[template.Cells.Count];
    }

    /// <summary>Blank figures in the format that applies to <paramref name="year"/>.</summary>
    public static ReportFigures Blank(int year, string? agency = null) => new(ReportTemplate.ForYear(year), year, agency);

    /// <summary>All counts zero, as an office with nothing to report would file it.</summary>
    public static ReportFigures Zero(int year, string? agency = null)
    {
        var figures = Blank(year, agency);
        foreach (var cell in figures.Template.Cells)
        {
            if (cell.Kind == CellKind.AmountText)
            {
                figures.SetText(cell, "0万元");
            }
            else
            {
                figures[cell] = 0;
            }
        }

        return figures;
    }

    public ReportTemplate Template { get; }

    /// <summary>The year the report covers (not the year it was published).</summary>
    public int Year { get; }

    /// <summary>The reporting body's name as printed, or null.</summary>
    public string? Agency { get; set; }

    /// <summary>The number in a cell (for <see cref="CellKind.AmountText"/> cells: null; use <see cref="Text"/>).</summary>
    public decimal? this[CellDef cell]
    {
        get => _numbers[cell.Index];
        set => _numbers[cell.Index] = value;
    }

    public decimal? this[string path]
    {
        get => this[Template.Cell(path)];
        set => this[Template.Cell(path)] = value;
    }

    public string? Text(CellDef cell) => _texts[cell.Index];

    public void SetText(CellDef cell, string? text) => _texts[cell.Index] = text;

    /// <summary>A cell as the report prints it: blank for null, a sign only where negative, amounts as entered.</summary>
    public string DisplayText(CellDef cell) => cell.Kind == CellKind.AmountText
        ? Text(cell) ?? ""
        : this[cell] is { } value ? ReportChecker.Format(value) : "";

    /// <summary>Sets 采购总金额 as printed and its value in 万元 (2019 format).</summary>
    public void SetProcurementAmount(string? text)
    {
        SetText(Template.ProactiveCell("procurement", "amount_text"), string.IsNullOrWhiteSpace(text) ? null : text.Trim());
        this[Template.ProactiveCell("procurement", "amount_wan")] =
            text is null ? null : AmountReading.Parse(text)?.Wan;
    }

    public decimal? Application(string row, int column) => this[Template.ApplicationCell(row, column)];

    public decimal? Appeal(string group, int column) => this[Template.AppealCell(group, column)];

    public decimal? Proactive(string row, string field) => this[Template.ProactiveCell(row, field)];

    public void SetApplicationRow(string row, params decimal?[] values)
    {
        for (var col = 0; col < values.Length; col++)
        {
            this[Template.ApplicationCell(row, col)] = values[col];
        }
    }

    public void SetAppealGroup(string group, params decimal?[] values)
    {
        for (var col = 0; col < values.Length; col++)
        {
            this[Template.AppealCell(group, col)] = values[col];
        }
    }

    /// <summary>True where a cell holds neither a number nor a text.</summary>
    public bool IsBlank(CellDef cell) => _numbers[cell.Index] is null && _texts[cell.Index] is null;

    public ReportFigures Clone(string? agency = null)
    {
        var copy = new ReportFigures(Template, Year, agency ?? Agency);
        Array.Copy(_numbers, copy._numbers, _numbers.Length);
        Array.Copy(_texts, copy._texts, _texts.Length);
        return copy;
    }

    /// <summary>Same format, year, agency and cells.</summary>
    /// <summary>The cells whose printed value differs from <paramref name="before"/>'s (same template), as printed before → after.</summary>
    public IEnumerable<(CellDef Cell, string Before, string After)> ChangesSince(ReportFigures before)
    {
        foreach (var cell in Template.Cells)
        {
            var (was, now) = (before.DisplayText(cell), DisplayText(cell));
            if (was != now)
            {
                yield return (cell, was, now);
            }
        }
    }

    public bool SameAs(ReportFigures other) =>
        ReferenceEquals(Template, other.Template) && Year == other.Year && Agency == other.Agency &&
        _numbers.AsSpan().SequenceEqual(other._numbers) && _texts.AsSpan().SequenceEqual(other._texts);
}
