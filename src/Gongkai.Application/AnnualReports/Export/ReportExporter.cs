using Gongkai.Application.AnnualReports.Export.Docx;
using Gongkai.Application.AnnualReports.Export.Html;
using Gongkai.Application.AnnualReports.Export.Xlsx;
using Gongkai.Application.Documents;

namespace Gongkai.Application.AnnualReports.Export;

/// <summary>A rendered export: its bytes, MIME type and file name.</summary>
public sealed record ExportedFile(byte[] Content, string ContentType, string FileName);

/// <summary>Every export is drawn from one <see cref="ReportDocument"/>; this picks the renderer.</summary>
public sealed class ReportExporter(PdfConverter pdf)
{
    /// <summary>The format named (any case), else a refusal that lists the formats.</summary>
    public static ExportFormatInfo RequireFormat(string? name) =>
        ExportFormats.Find(name) ?? throw GongkaiException.Invalid($"不支持的导出格式“{name}”：可选 {ExportFormats.NameList}");

    public Task<ExportedFile> ExportAsync(ReportDocument document, ExportFormat format, CancellationToken cancel = default) =>
        ExportAsync(document, format, PdfQueueing.RefuseWhenBusy, cancel);

    /// <summary>The export; a PDF waits for LibreOffice as <paramref name="queueing"/> says.</summary>
    public async Task<ExportedFile> ExportAsync(ReportDocument document, ExportFormat format, PdfQueueing queueing, CancellationToken cancel)
    {
        var info = ExportFormats.Of(format);
        var content = format switch
        {
            ExportFormat.Html => System.Text.Encoding.UTF8.GetBytes(HtmlReportRenderer.RenderDocument(document)),
            ExportFormat.Docx => DocxReportRenderer.Render(document),
            ExportFormat.Xlsx => XlsxReportRenderer.Render(document),
            ExportFormat.Pdf => await pdf.ConvertAsync(DocxReportRenderer.Render(document), queueing, cancel),
            // The stored bytes: for a published report exactly what its SHA-256 describes.
            _ => document.CanonicalJson,
        };
        return new ExportedFile(content, info.ContentType, document.FileName(info.Extension));
    }
}
