using Gongkai.Domain.AnnualReports;

namespace Gongkai.Reading;

/// <summary>The form a report came in. <see cref="Auto"/> lets the reader decide from the name and the bytes.</summary>
public enum InputFormat { Auto, Text, Html, Markdown, Docx, Pdf }

/// <summary>What came of reading one file.</summary>
public enum ReadOutcome
{
    /// <summary>The figures were read into a template (some cells may still be null; see the findings).</summary>
    Read,
    /// <summary>The file holds no 政府信息公开工作年度报告.</summary>
    NotAReport,
    /// <summary>A report for a year before the national format (2008 条例 style); title, year and agency only.</summary>
    Pre2019,
    /// <summary>The file could not be read at all (empty, corrupt, too large, too slow, no tables).</summary>
    Failed,
}

/// <summary>Limits that keep one bad file from holding up a batch.</summary>
/// <param name="MaxBytes">Larger files are refused before any parsing.</param>
/// <param name="TimePerFile">Wall-clock time for one file; null means 10 seconds.</param>
/// <param name="SolverNodeBudget">Split attempts the digit solver may make per table before it gives up (cells stay null).</param>
public sealed record ReadLimits(long MaxBytes = 20 * 1024 * 1024, TimeSpan? TimePerFile = null, int SolverNodeBudget = 2_000_000)
{
    public static readonly ReadLimits Default = new();

    public TimeSpan EffectiveTimePerFile => TimePerFile ?? TimeSpan.FromSeconds(10);
}

/// <summary>How many figure cells (derived cells excluded) were read, left unresolved by ambiguity, or not found.</summary>
public sealed record ReadStatistics(int CellsRead, int CellsUnresolved, int CellsMissing)
{
    public static readonly ReadStatistics None = new(0, 0, 0);

    public int Cells => CellsRead + CellsUnresolved + CellsMissing;
}

/// <summary>
/// One file read: the figures in the canonical model (null where not sure), every finding (structure S*,
/// reader notes R*, the report's own rule breaches C*), and the narrative for C11.
/// </summary>
public sealed record ReadResult(
    string FileName,
    InputFormat DetectedFormat,
    ReadOutcome Outcome,
    ReportFigures? Figures,
    IReadOnlyList<Finding> Findings,
    ReadStatistics Stats,
    string? Title,
    ReportText Text,
    string? Message)
{
    /// <summary>The year the report covers, where it could be found (also for <see cref="ReadOutcome.Pre2019"/>).</summary>
    public int? Year { get; init; }

    /// <summary>The reporting body as printed in the title (Simplified), or null.</summary>
    public string? Agency { get; init; }

    /// <summary>
    /// Figures the report states in its prose (or, in an old-style report, its 统计表) with one certain
    /// meaning, such as the applications received. For a <see cref="ReadOutcome.Pre2019"/> report this is
    /// all that is read of its figures: they are not forced into a template.
    /// </summary>
    public IReadOnlyList<Prose.StatedFigure> Stated { get; init; } = [];

    /// <summary>Rows several readings fit (cells null): what a neighbouring year's report may settle (<see cref="SeriesAudit"/>).</summary>
    internal IReadOnlyList<Audit.OpenRow> Open { get; init; } = [];

    /// <summary>
    /// The canonical JSON (report-data.md) with the findings; for a file that was not read into a
    /// template, a small object with the outcome, the message and what could be read.
    /// </summary>
    public string ToJson() => Figures is not null
        ? ReportJsonWriter.Write(Figures, [.. Findings])
        : UnreadJson.Write(this);
}
