using System.Security.Cryptography;
using Gongkai.Domain.Catalog;

namespace Gongkai.Application.Catalog.Items;

/// <summary>
/// Which files may be attached: the types offices publish (PDF, OFD, Word, WPS, Excel, images, text), each
/// checked by its first bytes as well as its name, and at most <see cref="CatalogAttachment.MaxBytes"/>.
/// </summary>
public static class AttachmentFiles
{
    private static readonly byte[] Zip = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly Dictionary<string, (string ContentType, byte[]? Magic)> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", "%PDF-"u8.ToArray()),
        [".ofd"] = ("application/ofd", Zip),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip),
        [".doc"] = ("application/msword", Ole),
        [".xls"] = ("application/vnd.ms-excel", Ole),
        [".wps"] = ("application/vnd.ms-works", Ole),
        [".et"] = ("application/vnd.ms-excel", Ole),
        [".png"] = ("image/png", [0x89, 0x50, 0x4E, 0x47]),
        [".jpg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".jpeg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".txt"] = ("text/plain; charset=utf-8", null),
        [".csv"] = ("text/csv; charset=utf-8", null),
    };

    public static string Allowed => string.Join("、", Types.Keys.Select(k => k.TrimStart('.').ToUpperInvariant()).Distinct());

    /// <summary>The attachment's record, or a refusal in Chinese that names what is wrong.</summary>
    public static CatalogAttachment Check(string fileName, byte[] content)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/')).Trim();
        if (name.Length is 0 or > 200)
        {
            throw GongkaiException.Invalid("附件须有文件名，且不超过 200 个字");
        }

        if (content.Length == 0 || content.Length > CatalogAttachment.MaxBytes)
        {
            throw GongkaiException.Invalid($"附件“{name}”为空或超过 {CatalogAttachment.MaxBytes / 1024 / 1024} MB");
        }

        if (!Types.TryGetValue(Path.GetExtension(name), out var type))
        {
            throw GongkaiException.Invalid($"附件“{name}”的类型不允许上传；允许：{Allowed}");
        }

        var matches = type.Magic is { } magic ? content.AsSpan().StartsWith(magic) : IsText(content);
        if (!matches)
        {
            throw GongkaiException.Invalid($"附件“{name}”的内容与其扩展名不符");
        }

        return CatalogAttachment.Create(name, type.ContentType, content.Length, Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    private static bool IsText(byte[] content)
    {
        if (content.Contains((byte)0))
        {
            return false;
        }

        try
        {
            _ = new System.Text.UTF8Encoding(false, true).GetString(content);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
