namespace Gongkai.Application.AnnualReports.Export;

public enum ExportFormat { Html, Docx, Xlsx, Pdf, Json }

/// <summary>One export format: its name in URLs and on the command line, file extension, MIME type and label.</summary>
public sealed record ExportFormatInfo(ExportFormat Format, string Name, string Extension, string ContentType, string Label);

/// <summary>The export formats, said once for the exporter, the endpoints, the pages and the command line.</summary>
public static class ExportFormats
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static readonly IReadOnlyList<ExportFormatInfo> All =
    [
        new(ExportFormat.Html, "html", "html", "text/html; charset=utf-8", "网页"),
        new(ExportFormat.Docx, "docx", "docx", DocxContentType, "Word"),
        new(ExportFormat.Xlsx, "xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel 表格"),
        new(ExportFormat.Pdf, "pdf", "pdf", "application/pdf", "PDF"),
        new(ExportFormat.Json, "json", "json", "application/json; charset=utf-8", "数据（JSON）"),
    ];

    public static IEnumerable<string> Names => All.Select(f => f.Name);

    /// <summary>"html、docx、xlsx、pdf、json", for messages.</summary>
    public static string NameList => string.Join("、", Names);

    public static ExportFormatInfo Of(ExportFormat format) => All.First(f => f.Format == format);

    public static ExportFormatInfo? Find(string? name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
