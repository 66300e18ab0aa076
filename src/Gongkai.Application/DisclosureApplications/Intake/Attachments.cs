using System.Security.Cryptography;
using System.Text;
using Gongkai.Domain;
using Gongkai.Domain.DisclosureApplications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.DisclosureApplications.Intake;

/// <summary>
/// A file sent with an application (a written application, a proof of identity), as received. <see cref="Size"/>
/// is the size the client declared: a file too large is refused without being read into memory.
/// </summary>
public sealed record IntakeAttachment(string FileName, byte[] Content)
{
    public long Size { get; init; } = Content.Length;
}

/// <summary>A stored attachment: documents only, checked by their first bytes as well as their name.</summary>
public sealed class ApplicationAttachment
{
    public long Id { get; set; }
    public int ApplicationId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public byte[] Content { get; set; } = [];
}

/// <summary>
/// What may be attached: at most <see cref="MaxFiles"/> documents (PDF, Word, OpenDocument text, plain text)
/// of at most <see cref="MaxBytes"/> each. A file whose bytes are not what its name says is refused, whatever
/// its name: an executable renamed to .pdf does not start with %PDF.
/// </summary>
public static class AttachmentRules
{
    public const int MaxFiles = 3;
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly Dictionary<string, (string ContentType, Func<byte[], bool> Looks)> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", b => Starts(b, "%PDF-"u8)),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", IsZip),
        [".odt"] = ("application/vnd.oasis.opendocument.text", IsZip),
        [".doc"] = ("application/msword", b => Starts(b, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])),
        [".txt"] = ("text/plain; charset=utf-8", IsText),
    };

    public static string Allowed => "PDF、Word（.doc、.docx）、OpenDocument 文本（.odt）或纯文本（.txt）";

    public static List<JsonProblem> Check(IReadOnlyList<IntakeAttachment> files)
    {
        var problems = new List<JsonProblem>();
        if (files.Count > MaxFiles)
        {
            problems.Add(new JsonProblem("$.attachments", $"附件最多 {MaxFiles} 个，实际为 {files.Count} 个"));
        }

        for (var i = 0; i < files.Count; i++)
        {
            var (name, content, size) = (files[i].FileName, files[i].Content, files[i].Size);
            var path = $"$.attachments[{i}]";
            if (size == 0 || size > MaxBytes || content.Length != size)
            {
                problems.Add(new JsonProblem(path, $"附件“{Short(name)}”大小为 {size / 1024.0:0.#} KB，应大于 0 且不超过 {MaxBytes / 1024 / 1024} MB"));
            }
            else if (!Kinds.TryGetValue(Path.GetExtension(name ?? ""), out var kind))
            {
                problems.Add(new JsonProblem(path, $"附件“{Short(name)}”的类型不被接受，只接受文档：{Allowed}"));
            }
            else if (!kind.Looks(content))
            {
                problems.Add(new JsonProblem(path, $"附件“{Short(name)}”的内容不是{Path.GetExtension(name)}文档（文件头不符），只接受文档：{Allowed}"));
            }
        }

        return problems;
    }

    public static ApplicationAttachment Store(IntakeAttachment file) => new()
    {
        FileName = Path.GetFileName(file.FileName).Trim() is { Length: > 0 and <= 200 } name ? name : "附件" + Path.GetExtension(file.FileName),
        ContentType = Kinds[Path.GetExtension(file.FileName)].ContentType,
        Size = file.Content.Length,
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content)),
        Content = file.Content,
    };

    private static bool Starts(byte[] bytes, ReadOnlySpan<byte> magic) => bytes.AsSpan().StartsWith(magic);

    private static bool IsZip(byte[] bytes) => Starts(bytes, [0x50, 0x4B, 0x03, 0x04]);

    /// <summary>UTF-8 without control characters other than tabs and line breaks.</summary>
    private static bool IsText(byte[] bytes)
    {
        try
        {
            var text = new UTF8Encoding(false, true).GetString(bytes);
            return !text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static string Short(string? name) => name is null ? "" : name.Length <= 40 ? name : name[..40] + "…";
}

internal sealed class ApplicationAttachmentConfiguration : IEntityTypeConfiguration<ApplicationAttachment>
{
    public void Configure(EntityTypeBuilder<ApplicationAttachment> attachment)
    {
        attachment.ToTable("DisclosureApplicationAttachments");
        attachment.HasOne<DisclosureApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        attachment.Property(a => a.FileName).HasMaxLength(200);
        attachment.Property(a => a.ContentType).HasMaxLength(100);
        attachment.Property(a => a.Sha256).HasMaxLength(64);
    }
}
