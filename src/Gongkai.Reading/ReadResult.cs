using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Prose;

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
    /// <summary>A report for a year before the national format (2008 条例 style): never forced into a template; title, year, agency and the figures it states (<see cref="ReadResult.Stated"/>).</summary>
    Pre2019,
    /// <summary>The file could not be read at all (empty, corrupt, too large, too slow, no tables).</summary>
    Failed,
}

/// <summary>
/// Limits that keep one bad file from holding up a batch or the server. The size limit is the one a
/// caller sets; every other bound on what a file may unfold into is derived from it (README “Limits”),
/// so a larger size limit allows proportionally more, and nothing a file decompresses grows without bound.
/// </summary>
/// <param name="MaxBytes">Larger files are refused before any parsing.</param>
/// <param name="TimePerFile">Wall-clock time for one file; null means 10 seconds.</param>
/// <param name="SolverNodeBudget">Split attempts the digit solver may make per table before it gives up (cells stay null).</param>
public sealed record ReadLimits(long MaxBytes = 20 * 1024 * 1024, TimeSpan? TimePerFile = null, int SolverNodeBudget = 2_000_000)
{
    public static readonly ReadLimits Default = new();

    /// <summary>Deepest nesting of HTML elements, Word tables or XML elements a file may have.</summary>
    public const int MaxDepth = 256;

    public TimeSpan EffectiveTimePerFile => TimePerFile ?? TimeSpan.FromSeconds(10);

    /// <summary>
    /// What all of a file's compressed parts may inflate to together (ZIP entries of a DOCX as declared
    /// and as read; a PDF's decoded streams): 8 × <see cref="MaxBytes"/>. Real reports compress text about
    /// 5–10 to 1 and their images hardly at all.
    /// </summary>
    public long MaxInflatedBytes => Math.Max(MaxBytes, 64 * 1024) * 8;

    /// <summary>
    /// What one XML part read from a ZIP (word/document.xml) may inflate to: 2 × <see cref="MaxBytes"/>.
    /// The XML reader holds a whole start tag or attribute at once, so this is also its largest buffer.
    /// </summary>
    public long MaxXmlPartBytes => Math.Max(MaxBytes, 64 * 1024) * 2;

    /// <summary>
    /// What one PDF page's content (its content streams, the forms and object streams decoded for it) may
    /// decode to: a sixteenth of <see cref="MaxBytes"/>, between 512 KB and 8 MB. A dense table page takes
    /// 20–200 KB.
    /// </summary>
    public long MaxPageContentBytes => Math.Clamp(MaxBytes / 16, 512L * 1024, 8L << 20);

    /// <summary>
    /// Characters a PDF page's content may show (bytes in its text strings): one per 256 bytes of
    /// <see cref="MaxBytes"/>, between 10 K and 512 K. PdfPig makes an object of several hundred bytes for
    /// each letter, so this, not the content's size, bounds a page's memory; a dense page shows 2–5 K.
    /// </summary>
    public int MaxPageGlyphs => (int)Math.Clamp(MaxBytes / 256, 10_000, 512 * 1024);

    /// <summary>Characters of text a file may yield (an eighth of <see cref="MaxBytes"/>, at least 64 K): a report is 20–100 thousand.</summary>
    public int MaxTextChars => (int)Math.Clamp(MaxBytes / 8, 64 * 1024, 64L << 20);

    /// <summary>Entries a ZIP (DOCX) may hold: one per 16 KB of <see cref="MaxBytes"/>, at least 1,000. A report's DOCX has 10–100.</summary>
    public int MaxZipEntries => (int)Math.Clamp(MaxBytes / (16 * 1024), 1000, 1_000_000);

    /// <summary>HTML elements a page may hold: one per 128 bytes of <see cref="MaxBytes"/> (each costs a few hundred bytes of DOM).</summary>
    public int MaxHtmlElements => (int)Math.Clamp(MaxBytes / 128, 10_000, 10_000_000);

    /// <summary>Pages a PDF may have: one per 40 KB of <see cref="MaxBytes"/>, at least 50.</summary>
    public int MaxPdfPages => (int)Math.Clamp(MaxBytes / (40 * 1024), 50, 100_000);

    /// <summary>
    /// Wall-clock time for a file with pages read by OCR (no text layer), replacing <see cref="TimePerFile"/>
    /// once such pages are found: OCR takes several seconds a page. Two minutes by default.
    /// </summary>
    public TimeSpan OcrTimePerFile { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Pages without a text layer a file may have: one per 6 seconds of <see cref="OcrTimePerFile"/>, at least 1.</summary>
    public int MaxOcrPages => Math.Max(1, (int)(OcrTimePerFile.TotalSeconds / 6));
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

    /// <summary>True where the file was not read because the <see cref="ReadingGate"/> was full (Failed, with the gate's message).</summary>
    public bool Busy { get; init; }

    /// <summary>
    /// Figures the report states in its prose (or, in an old-style report, its 统计表) with one certain
    /// meaning, such as the applications received. For a <see cref="ReadOutcome.Pre2019"/> report this is
    /// all that is read of its figures: they are not forced into a template.
    /// </summary>
    public IReadOnlyList<StatedFigure> Stated { get; init; } = [];

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
