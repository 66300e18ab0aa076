namespace Gongkai.Domain.Catalog;

/// <summary>
/// A file attached to a version (附件): its name, type and size; the bytes are stored once per SHA-256,
/// so a correction's copy costs nothing.
/// </summary>
public sealed class CatalogAttachment
{
    /// <summary>20 MB: larger files belong in the agency's document system, linked from the body.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;
    public const int MaxPerVersion = 20;

    private CatalogAttachment()
    {
    }

    public long Id { get; private set; }
    public long VersionId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Length { get; private set; }
    public string Sha256 { get; private set; } = "";

    public static CatalogAttachment Create(string fileName, string contentType, long length, string sha256) =>
        new() { FileName = fileName, ContentType = contentType, Length = length, Sha256 = sha256 };

    internal CatalogAttachment Copy() => Create(FileName, ContentType, Length, Sha256);
}
