using System.Security.Cryptography;

namespace Gongkai.Application.AnnualReports.Export.Artefacts;

/// <summary>
/// One export (HTML, DOCX, XLSX, PDF) of one published version, rendered once and kept with it: a
/// published version is frozen, and a correction is a new version, so an artefact is never invalidated.
/// Served as stored, with its SHA-256 as the ETag.
/// </summary>
public sealed class ReportArtefact
{
    private ReportArtefact()
    {
        Content = [];
        ContentType = "";
        Sha256 = "";
    }

    /// <summary>The exports kept as artefacts; the JSON is the version's stored canonical bytes already.</summary>
    public static IReadOnlyList<ExportFormat> Formats { get; } = [ExportFormat.Pdf, ExportFormat.Html, ExportFormat.Docx, ExportFormat.Xlsx];

    public int ReportId { get; private set; }
    public ExportFormat Format { get; private set; }
    public byte[] Content { get; private set; }
    public string ContentType { get; private set; }

    /// <summary>SHA-256 (lower-case hex) of <see cref="Content"/>.</summary>
    public string Sha256 { get; private set; }
    public DateTimeOffset RenderedAt { get; private set; }

    public static ReportArtefact Of(int reportId, ExportFormat format, ExportedFile file, DateTimeOffset renderedAt) => new()
    {
        ReportId = reportId,
        Format = format,
        Content = file.Content,
        ContentType = file.ContentType,
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content)),
        RenderedAt = renderedAt,
    };
}
