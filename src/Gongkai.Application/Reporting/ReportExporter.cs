using Gongkai.Application.Reporting.Docx;
using Gongkai.Application.Reporting.Html;
using Gongkai.Application.Reporting.Pdf;
using Gongkai.Application.Reporting.Xlsx;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Application.Reporting;

public enum ExportFormat { Html, Docx, Xlsx, Pdf, Json }

/// <summary>A rendered export: its bytes, MIME type and file name.</summary>
public sealed record ExportedFile(byte[] Content, string ContentType, string FileName);

/// <summary>Every export is drawn from one <see cref="ReportDocument"/>; this picks the renderer.</summary>
public sealed class ReportExporter(PdfConverter pdf)
{
    public static bool TryParseFormat(string? format, out ExportFormat result) =>
        Enum.TryParse(format, ignoreCase: true, out result) && Enum.IsDefined(result);

    public async Task<ExportedFile> ExportAsync(ReportDocument document, ExportFormat format, CancellationToken cancel = default) => format switch
    {
        ExportFormat.Html => new(System.Text.Encoding.UTF8.GetBytes(HtmlReportRenderer.RenderDocument(document)), "text/html; charset=utf-8", document.FileName("html")),
        ExportFormat.Docx => new(DocxReportRenderer.Render(document), DocxContentType, document.FileName("docx")),
        ExportFormat.Xlsx => new(XlsxReportRenderer.Render(document), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", document.FileName("xlsx")),
        ExportFormat.Pdf => new(await pdf.ConvertAsync(DocxReportRenderer.Render(document), cancel), "application/pdf", document.FileName("pdf")),
        _ => new(ReportJsonWriter.WriteUtf8(document.Figures), "application/json; charset=utf-8", document.FileName("json")),
    };

    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
