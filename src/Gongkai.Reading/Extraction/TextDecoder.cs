using System.Text;

namespace Gongkai.Reading.Extraction;

/// <summary>
/// Bytes to text: a byte-order mark decides; else strict UTF-8; else the Chinese legacy encodings
/// (GB18030 for mainland pages, Big5 for Traditional ones), whichever yields more of the characters
/// every report is full of. Files with NUL bytes and no UTF-16 mark are binary, not text.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("\uFEFF"u8))
        {
            return Utf8OrLegacy(content[3..]);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(content[2..]);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(content[2..]);
        }

        if (content[..Math.Min(content.Length, 8192)].Contains((byte)0))
        {
            throw new ExtractionException("文件不是文本，也不是 HTML、DOCX 或 PDF（含有二进制内容），无法读取");
        }

        return Utf8OrLegacy(content);
    }

    private static string Utf8OrLegacy(ReadOnlySpan<byte> content)
    {
        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            var gb = Encoding.GetEncoding(54936).GetString(content);
            var big5 = Encoding.GetEncoding(950).GetString(content);
            return Familiar(big5) > Familiar(gb) ? big5 : gb;
        }
    }

    /// <summary>Characters any report is full of, in both scripts: the right decoding has many, the wrong one few.</summary>
    private static readonly System.Buffers.SearchValues<char> Common = System.Buffers.SearchValues.Create("政府信息公开開年度报報告申请請情况況的是和工作局市县縣区區");

    private static int Familiar(string text)
    {
        var count = 0;
        var span = text.AsSpan();
        for (var i = span.IndexOfAny(Common); i >= 0; i = span.IndexOfAny(Common))
        {
            count++;
            span = span[(i + 1)..];
        }

        return count;
    }
}
