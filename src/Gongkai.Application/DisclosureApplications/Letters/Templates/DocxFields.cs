using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Application.DisclosureApplications.Letters.Templates;

/// <summary>
/// <c>{{名称}}</c> fields in a DOCX: found and filled paragraph by paragraph over the paragraph's whole text, so a
/// field that Word or WPS has split over several runs (spell-check marks, a changed font on part of it, revision
/// ids) is still one field; the filled value takes the formatting of the run the field starts in. A paragraph that is
/// one field alone becomes one paragraph per line of the value, or disappears when the value is empty. Body, headers
/// and footers (tables and text boxes included).
/// </summary>
public static partial class DocxFields
{
    [GeneratedRegex(@"\{\{\s*([^{}]*?)\s*\}\}")]
    private static partial Regex Field();

    /// <summary>The field names the document uses, in order of first use.</summary>
    public static IReadOnlyList<string> Used(WordprocessingDocument document) =>
        Paragraphs(document).SelectMany(p => Field().Matches(TextOf(p)).Select(m => m.Groups[1].Value)).Distinct().ToList();

    /// <summary>A copy of the template with every known field filled; unknown fields are left as written.</summary>
    public static byte[] Fill(byte[] template, IReadOnlyDictionary<string, string> values)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            foreach (var paragraph in Paragraphs(document).ToList())
            {
                FillParagraph(paragraph, values);
            }

            document.MainDocumentPart!.Document.Save();
            foreach (var part in document.MainDocumentPart.HeaderParts)
            {
                part.Header.Save();
            }

            foreach (var part in document.MainDocumentPart.FooterParts)
            {
                part.Footer.Save();
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Whether the bytes are a Word document (not a macro-enabled one) that the platform can read, and within
    /// <paramref name="maxExpanded"/> bytes once unzipped; the reason in Chinese when not.
    /// </summary>
    public static string? Refusal(byte[] content, long maxExpanded)
    {
        if (content.Length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4)
        {
            return "文件不是 DOCX 文档（Word 2007 及以后的 .docx 格式）；.doc、.wps、PDF 等格式请在 Word 或 WPS 中另存为 .docx 后上传";
        }

        try
        {
            using (var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read))
            {
                if (zip.Entries.Sum(e => e.Length) > maxExpanded)
                {
                    return $"文档解压后超过 {maxExpanded / 1024 / 1024} MB，请删除其中的大图片等内容后再上传";
                }

                if (zip.GetEntry("[Content_Types].xml") is null)
                {
                    return "文件是压缩包而不是 DOCX 文档";
                }
            }

            using var document = WordprocessingDocument.Open(new MemoryStream(content), isEditable: false);
            if (document.DocumentType != WordprocessingDocumentType.Document)
            {
                return "文档应为普通 Word 文档（.docx），不接受含宏文档或模板文件（.docm、.dotx）";
            }

            return document.MainDocumentPart?.Document?.Body is null ? "DOCX 文档缺少正文部分" : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or OpenXmlPackageException or System.Xml.XmlException or IOException or InvalidOperationException)
        {
            return "文件不是可以读取的 DOCX 文档（文件已损坏，或只是改了扩展名）";
        }
    }

    private static IEnumerable<Paragraph> Paragraphs(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart;
        if (main?.Document?.Body is not { } body)
        {
            return [];
        }

        return body.Descendants<Paragraph>()
            .Concat(main.HeaderParts.SelectMany(h => h.Header?.Descendants<Paragraph>() ?? []))
            .Concat(main.FooterParts.SelectMany(f => f.Footer?.Descendants<Paragraph>() ?? []));
    }

    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var t in paragraph.Descendants<Text>())
        {
            text.Append(t.Text);
        }

        return text.ToString();
    }

    private static void FillParagraph(Paragraph paragraph, IReadOnlyDictionary<string, string> values)
    {
        var whole = TextOf(paragraph);
        if (Field().Match(whole) is { Success: true } only && only.Value.Length == whole.Trim().Length && values.TryGetValue(only.Groups[1].Value, out var block))
        {
            // A field alone in its paragraph: one paragraph per line, none when empty.
            var lines = block.Split('\n');
            if (block.Length == 0)
            {
                paragraph.Remove();
                return;
            }

            foreach (var line in lines.Skip(1).Reverse())
            {
                var copy = (Paragraph)paragraph.CloneNode(true);
                Replace(copy, new Dictionary<string, string> { [only.Groups[1].Value] = line });
                paragraph.InsertAfterSelf(copy);
            }

            Replace(paragraph, new Dictionary<string, string> { [only.Groups[1].Value] = lines[0] });
            return;
        }

        Replace(paragraph, values.ToDictionary(v => v.Key, v => v.Value.Replace("\n", "", StringComparison.Ordinal)));
    }

    /// <summary>Replaces each known field, left to right, wherever its characters lie among the paragraph's runs.</summary>
    private static void Replace(Paragraph paragraph, Dictionary<string, string> values)
    {
        var from = 0;
        while (true)
        {
            var texts = paragraph.Descendants<Text>().ToList();
            var whole = string.Concat(texts.Select(t => t.Text));
            var match = Field().Match(whole, from);
            while (match.Success && !values.ContainsKey(match.Groups[1].Value))
            {
                match = match.NextMatch();
            }

            if (!match.Success)
            {
                return;
            }

            var value = values[match.Groups[1].Value];
            var (start, end) = (match.Index, match.Index + match.Length);
            var offset = 0;
            var placed = false;
            foreach (var text in texts)
            {
                var (first, last) = (offset, offset + text.Text.Length);
                offset = last;
                if (last <= start || first >= end)
                {
                    continue;
                }

                var keepBefore = text.Text[..Math.Max(0, start - first)];
                var keepAfter = text.Text[Math.Min(text.Text.Length, end - first)..];
                text.Text = keepBefore + (placed ? "" : value) + keepAfter;
                text.Space = SpaceProcessingModeValues.Preserve;
                placed = true;
            }

            from = start + value.Length;
        }
    }
}
