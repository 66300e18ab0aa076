using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Gongkai.Reading.Tests.Rendering;

namespace Gongkai.Reading.Tests.Bounds;

/// <summary>
/// Files built to exhaust a reader, generated here: small on disk, enormous once unpacked or parsed.
/// Each is the kind an attacker used against 年报体检 (issue 9).
/// </summary>
internal static class Bombs
{
    private const int Megabyte = 1024 * 1024;

    private static readonly Lazy<byte[]> DocxBomb = new(() => Docx(300, lie: false));
    private static readonly Lazy<byte[]> LyingDocxBomb = new(() => Docx(300, lie: true));

    /// <summary>A DOCX of a few hundred KB whose word/document.xml inflates to <paramref name="megabytes"/> MB of paragraphs of text.</summary>
    public static byte[] Docx(int megabytes) => megabytes == 300 ? DocxBomb.Value : Docx(megabytes, lie: false);

    /// <summary>The same, with the central directory and local header declaring document.xml to be 2 KB.</summary>
    public static byte[] LyingDocx() => LyingDocxBomb.Value;

    private static byte[] Docx(int megabytes, bool lie)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Text(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Text(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            document.Write("""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"""u8);
            var paragraph = Encoding.UTF8.GetBytes($"<w:p><w:r><w:t>{new string('政', 2000)}</w:t></w:r></w:p>");
            for (long written = 0; written < (long)megabytes * Megabyte; written += paragraph.Length)
            {
                document.Write(paragraph);
            }

            document.Write("</w:body></w:document>"u8);
        }

        var bytes = buffer.ToArray();
        if (lie)
        {
            Declare(bytes, "word/document.xml", 2048);
        }

        return bytes;
    }

    /// <summary>An XLSX-shaped ZIP with <paramref name="entries"/> tiny worksheets.</summary>
    public static byte[] ManyEntries(int entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Text(zip, "[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""");
            for (var i = 0; i < entries; i++)
            {
                Text(zip, $"xl/worksheets/sheet{i}.xml", "<x/>");
            }
        }

        return buffer.ToArray();
    }

    /// <summary>An XLSX-shaped ZIP whose one worksheet inflates to <paramref name="megabytes"/> MB.</summary>
    public static byte[] XlsxSheet(int megabytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Text(zip, "[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""");
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var row = Encoding.ASCII.GetBytes("<row><c t=\"n\"><v>0</v></c></row>");
            for (long written = 0; written < (long)megabytes * Megabyte; written += row.Length)
            {
                sheet.Write(row);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A one-page PDF whose FlateDecode content stream inflates to <paramref name="megabytes"/> MB of drawing operators.</summary>
    public static byte[] Pdf(int megabytes)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("0 0 m 10 10 l S\n", 65536)));
            for (long written = 0; written < (long)megabytes * Megabyte; written += chunk.Length)
            {
                zlib.Write(chunk);
            }
        }

        var pdf = new MinimalPdf();
        var content = pdf.AddStream("/Filter /FlateDecode", packed.ToArray());
        return pdf.Build(MinimalPdf.Pages(pdf, [(595, 842, "<< >>", content)]));
    }

    /// <summary>
    /// A one-page PDF whose content, just within the page's byte limit, shows one letter per byte: the
    /// most letter objects a page could make PdfPig build (compressed, or not: then it passes no filter).
    /// </summary>
    public static byte[] PdfLetters(long contentBytes, bool compressed)
    {
        var content = new StringBuilder("BT /F1 1 Tf 0 0 Td (", (int)contentBytes);
        content.Append('A', (int)contentBytes - 30).Append(") Tj ET");
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(Encoding.ASCII.GetBytes(content.ToString()));
        }

        var pdf = new MinimalPdf();
        var font = pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var stream = compressed ? pdf.AddStream("/Filter /FlateDecode", packed.ToArray()) : pdf.AddStream("", Encoding.ASCII.GetBytes(content.ToString()));
        return pdf.Build(MinimalPdf.Pages(pdf, [(595, 842, $"<< /Font << /F1 {font} 0 R >> >>", stream)]));
    }

    /// <summary>An HTML page with <paramref name="depth"/> nested &lt;div&gt;.</summary>
    public static byte[] NestedHtml(int depth)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>某局2021年政府信息公开工作年度报告</title></head><body>", depth * 11 + 200);
        html.Insert(html.Length, "<div>", depth).Append("一、总体情况").Insert(html.Length, "</div>", depth).Append("</body></html>");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static void Text(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    /// <summary>Rewrites the uncompressed size an entry declares, in its local header and its central directory record.</summary>
    private static void Declare(byte[] zip, string name, uint size)
    {
        var key = Encoding.ASCII.GetBytes(name);
        for (var at = 0; at + 46 < zip.Length; at++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at));
            if (signature == 0x04034b50 && zip.AsSpan(at + 30, key.Length).SequenceEqual(key))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + 22), size);
            }
            else if (signature == 0x02014b50 && zip.AsSpan(at + 46, key.Length).SequenceEqual(key))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + 24), size);
            }
        }
    }
}
