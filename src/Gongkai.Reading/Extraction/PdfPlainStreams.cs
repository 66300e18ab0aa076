using System.Globalization;

namespace Gongkai.Reading.Extraction;

/// <summary>
/// The PDF's unfiltered streams, checked in the raw file before PdfPig opens it: PdfPig hands a stream with
/// no /Filter straight to its parser without asking the filter provider, so <see cref="PdfFilters"/> never
/// sees it. Each may be at most a page's content (<see cref="ReadLimits.MaxPageContentBytes"/>), an
/// unfiltered form may not invoke other XObjects, and what all unfiltered content can show (its own
/// characters, plus each form invocation times the largest unfiltered form) is at most twice a page's
/// <see cref="ReadLimits.MaxPageGlyphs"/>. Filtered content pays for each invocation of an unfiltered form
/// too (<see cref="LargestForm"/>).
/// </summary>
internal static class PdfPlainStreams
{
    /// <summary>Throws <see cref="ExtractionException"/> where unfiltered streams exceed the bounds; returns the most characters one unfiltered form shows.</summary>
    public static long LargestForm(ReadOnlySpan<byte> pdf, ReadLimits limits)
    {
        var streams = new List<(long Glyphs, long Invocations, bool Form)>();
        for (var at = pdf.IndexOf("stream"u8); at >= 0;)
        {
            var data = DataStart(pdf, at);
            var dictionary = data < 0 ? -1 : DictionaryStart(pdf, at);
            if (dictionary >= 0)
            {
                var head = pdf[dictionary..at];
                var end = pdf[data..].IndexOf("endstream"u8);
                var body = end < 0 ? pdf[data..] : pdf.Slice(data, end);
                if (head.IndexOf("/Filter"u8) < 0)
                {
                    if (body.Length > limits.MaxPageContentBytes)
                    {
                        throw new ExtractionException($"PDF 文件中有未压缩的内容流，大小 {ZipBounds.Megabytes(body.Length)}，超过一页内容的上限 {ZipBounds.Megabytes(limits.MaxPageContentBytes)}，未读取");
                    }

                    streams.Add((StreamSizes.Glyphs(body), Invocations(body), head.IndexOf("/Form"u8) >= 0));
                }

                at = data + (end < 0 ? body.Length : end + 9);
            }
            else
            {
                at += 6;
            }

            var next = pdf[Math.Min(at, pdf.Length)..].IndexOf("stream"u8);
            at = next < 0 ? -1 : at + next;
        }

        if (streams.Exists(s => s.Form && s.Invocations > 0))
        {
            throw new ExtractionException("PDF 文件中有未压缩的表单对象又调用其他对象，不是正常的报告文件，未读取");
        }

        var largest = streams.Where(s => s.Form).Select(s => s.Glyphs).DefaultIfEmpty(0).Max();
        var shown = streams.Where(s => !s.Form).Sum(s => s.Glyphs + (s.Invocations * largest));
        if (shown > 2L * limits.MaxPageGlyphs)
        {
            throw new ExtractionException(string.Create(CultureInfo.InvariantCulture,
                $"PDF 文件中未压缩的内容要显示的字符超过上限 {2L * limits.MaxPageGlyphs:N0} 个（由文件大小上限推算），未读取"));
        }

        return largest;
    }

    /// <summary>How many XObjects content invokes (the Do operator), an upper bound.</summary>
    public static long Invocations(ReadOnlySpan<byte> content)
    {
        long count = 0;
        for (var at = content.IndexOf("Do"u8); at >= 0;)
        {
            var after = at + 2;
            if ((at == 0 || IsDelimiter(content[at - 1])) && (after >= content.Length || IsDelimiter(content[after])))
            {
                count++;
            }

            var next = content[after..].IndexOf("Do"u8);
            at = next < 0 ? -1 : after + next;
        }

        return count;
    }

    private static bool IsDelimiter(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0 or (byte)'/' or (byte)']' or (byte)'[' or (byte)'>' or (byte)')';

    /// <summary>Where the data of a “stream” keyword starts (after its end of line), or -1 where it is not the keyword.</summary>
    private static int DataStart(ReadOnlySpan<byte> pdf, int at)
    {
        var after = at + 6;
        if (at > 0 && pdf[at - 1] == 'd')
        {
            return -1; // “endstream”
        }

        return after < pdf.Length && pdf[after] == '\n' ? after + 1
            : after + 1 < pdf.Length && pdf[after] == '\r' ? (pdf[after + 1] == '\n' ? after + 2 : after + 1)
            : -1;
    }

    /// <summary>The start of the dictionary that ends right before a stream keyword, or -1.</summary>
    private static int DictionaryStart(ReadOnlySpan<byte> pdf, int keyword)
    {
        var end = keyword - 1;
        while (end > 0 && pdf[end] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            end--;
        }

        if (end < 1 || pdf[end] != '>' || pdf[end - 1] != '>')
        {
            return -1;
        }

        var depth = 0;
        for (var i = end; i > 0 && i > keyword - 64 * 1024; i--)
        {
            if (pdf[i] == '>' && pdf[i - 1] == '>')
            {
                depth++;
                i--;
            }
            else if (pdf[i] == '<' && pdf[i - 1] == '<')
            {
                if (--depth == 0)
                {
                    return i - 1;
                }

                i--;
            }
        }

        return -1;
    }
}
