using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Layout;

namespace Gongkai.Application.AnnualReports.Export;

/// <summary>
/// Everything an export needs, computed once: figures, text, the official table layout and the cell
/// texts as printed. Renderers read this model and do no arithmetic of their own.
/// </summary>
public sealed class ReportDocument
{
    public ReportDocument(ReportFigures figures, ReportNarrative narrative, string? agencyName = null, int? version = null, string? sha256 = null, DateTimeOffset? publishedAt = null, string? canonicalJson = null)
    {
        CanonicalJson = canonicalJson is null ? ReportJsonWriter.WriteUtf8(figures) : System.Text.Encoding.UTF8.GetBytes(canonicalJson);
        Figures = figures;
        Narrative = narrative;
        AgencyName = agencyName ?? figures.Agency ?? "";
        Version = version;
        Sha256 = sha256;
        PublishedAt = publishedAt;
        Tables = ReportTables.For(figures.Template);
    }

    public static ReportDocument From(AnnualReport report, string agencyName) =>
        new(report.Figures, report.Narrative, agencyName, report.Version, report.ContentSha256, report.PublishedAt, report.FiguresJson);

    public ReportFigures Figures { get; }

    /// <summary>The figures' canonical JSON as stored: for a published report, the bytes its SHA-256 was computed over.</summary>
    public byte[] CanonicalJson { get; }
    public ReportNarrative Narrative { get; }
    public string AgencyName { get; }
    public int Year => Figures.Year;
    public int? Version { get; }
    public string? Sha256 { get; }
    public DateTimeOffset? PublishedAt { get; }
    public IReadOnlyList<ReportTable> Tables { get; }
    public IReadOnlyList<SectionDef> Sections => Figures.Template.Sections;

    /// <summary>根河市城市管理综合执法局2020年政府信息公开工作年度报告.</summary>
    public string Title => TitleOf(AgencyName, Year);

    public static string TitleOf(string agencyName, int year) => $"{agencyName}{year}年{TemplateLabels.ReportTitleSuffix}";

    /// <summary>A figure as the report prints it: blank for null, signs only where negative, amounts as entered.</summary>
    public string CellText(CellDef cell) => Figures.DisplayText(cell);

    /// <summary>The value a spreadsheet should hold: a number where there is one, else the text.</summary>
    public decimal? CellNumber(CellDef cell) => cell.Kind == CellKind.AmountText ? null : Figures[cell];

    /// <summary>The file name for an export: 根河市城市管理综合执法局2020年政府信息公开工作年度报告.docx.</summary>
    public string FileName(string extension) => FileNameOf(AgencyName, Year, Version, extension);

    /// <summary>The same without reading the figures: for a stored download.</summary>
    public static string FileNameOf(string agencyName, int year, int? version, string extension) =>
        $"{TitleOf(agencyName, year)}{(version > 1 ? $"（第{version}版）" : "")}.{extension}";
}
