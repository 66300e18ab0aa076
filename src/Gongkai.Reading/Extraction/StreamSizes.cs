using System.IO.Compression;
using Gongkai.Reading.Solving;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Util;

namespace Gongkai.Reading.Extraction;

/// <summary>
/// The sizes PDF streams decode to, found without holding the output: each mirrors how PdfPig decodes,
/// so the count is what PdfPig would then allocate (or more).
/// </summary>
internal static class StreamSizes
{
    /// <summary>
    /// Bytes a FlateDecode stream inflates to, counted up to one past <paramref name="allowance"/>. As PdfPig
    /// does, the two zlib header bytes are skipped; where the data turns out corrupt, PdfPig keeps the input
    /// as it is, so the input's own length is the least it costs.
    /// </summary>
    public static long Inflated(Memory<byte> input, long allowance, ReadDeadline deadline)
    {
        var count = 0L;
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var source = System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(input, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(input.ToArray(), writable: false);
            source.ReadByte();
            source.ReadByte();
            using var inflate = new DeflateStream(source, CompressionMode.Decompress);
            int read;
            while (count <= allowance && (read = inflate.Read(buffer, 0, buffer.Length)) > 0)
            {
                count += read;
                if ((count & 0xFFFFF) < read)
                {
                    deadline.Check();
                }
            }
        }
        catch (InvalidDataException)
        {
            // PdfPig gives up on the stream too and keeps the raw bytes.
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        return Math.Max(count, input.Length);
    }

    /// <summary>
    /// How many characters content would show at most: the bytes of its literal strings and half the hex
    /// digits of its hex strings (comments skipped). Each may become a letter.
    /// </summary>
    public static long Glyphs(ReadOnlySpan<byte> content)
    {
        long count = 0;
        for (var i = 0; i < content.Length; i++)
        {
            switch (content[i])
            {
                case (byte)'%':
                    while (i < content.Length && content[i] is not ((byte)'\n' or (byte)'\r'))
                    {
                        i++;
                    }

                    break;
                case (byte)'(':
                    for (var depth = 1; ++i < content.Length && depth > 0;)
                    {
                        depth += content[i] switch { (byte)'(' => 1, (byte)')' => -1, _ => 0 };
                        i += content[i] == '\\' ? 1 : 0;
                        count++;
                    }

                    i--;
                    break;
                case (byte)'<' when i + 1 < content.Length && content[i + 1] != '<':
                    var digits = 0;
                    while (++i < content.Length && content[i] != '>')
                    {
                        digits += char.IsAsciiHexDigit((char)content[i]) ? 1 : 0;
                    }

                    count += (digits + 1) / 2;
                    break;
                case (byte)'<':
                    i++;
                    break;
            }
        }

        return count;
    }

    /// <summary>Bytes a RunLengthDecode stream gives: a length byte n &lt; 128 copies n + 1 bytes, n &gt; 128 repeats one byte 257 − n times, 128 ends.</summary>
    public static long RunLength(ReadOnlySpan<byte> input)
    {
        var count = 0L;
        for (var i = 0; i < input.Length;)
        {
            var length = input[i];
            if (length == 128)
            {
                break;
            }

            count += length < 128 ? length + 1 : 257 - length;
            i += length < 128 ? length + 2 : 2;
        }

        return count;
    }

    /// <summary>Bytes an ASCII85Decode stream gives: four per five characters (“z” alone is four), fewer for the last group.</summary>
    public static long Ascii85(ReadOnlySpan<byte> input)
    {
        long count = 0, group = 0;
        foreach (var c in input)
        {
            if (c == '~')
            {
                break;
            }

            if (c == 'z' && group == 0)
            {
                count += 4;
            }
            else if (c is >= (byte)'!' and <= (byte)'u' && ++group == 5)
            {
                count += 4;
                group = 0;
            }
        }

        return count + Math.Max(0, group - 1);
    }
}

/// <summary>
/// LZWDecode (PDF 32000 §7.4.4) with the table capped at 4,096 entries and the output charged as it grows.
/// PdfPig's own decoder adds an entry for every code without limit, so a small stream can make it allocate
/// without bound. Predictors are not applied: text never needs them, so such a stream is refused.
/// </summary>
internal static class LzwDecoder
{
    private const int Clear = 256;
    private const int End = 257;
    private const int MaxEntries = 4096;

    public static Memory<byte> Decode(ReadOnlySpan<byte> input, DictionaryToken dictionary, int index, bool font, PdfFilters owner)
    {
        var parameters = DecodeParameterResolver.GetFilterParameters(dictionary, index);
        if (parameters.GetIntOrDefault(NameToken.Predictor, 1) > 1)
        {
            owner.Refuse("PDF 文件使用了本工具不支持的 LZW 预测编码，未读取");
        }

        var early = parameters.GetIntOrDefault(NameToken.EarlyChange, 1) == 1 ? 1 : 0;
        var allowance = owner.Allowance(font);
        var prefix = new int[MaxEntries];
        var suffix = new byte[MaxEntries];
        var length = new int[MaxEntries];
        var output = new List<byte>(Math.Min(input.Length * 3, 1 << 20));
        var scratch = new byte[MaxEntries];
        int next = 258, width = 9, previous = -1;
        long bits = 0;
        var available = 0;
        var at = 0;
        while (true)
        {
            while (available < width && at < input.Length)
            {
                bits = (bits << 8) | input[at++];
                available += 8;
            }

            if (available < width)
            {
                break;
            }

            var code = (int)((bits >> (available - width)) & ((1 << width) - 1));
            available -= width;
            if (code == End)
            {
                break;
            }

            if (code == Clear)
            {
                (next, width, previous) = (258, 9, -1);
                continue;
            }

            if (code > next || (code == next && previous < 0))
            {
                break;
            }

            // The string for this code, written back to front into the scratch buffer.
            var first = code == next ? previous : code;
            var size = first < 256 ? 1 : length[first];
            var start = scratch.Length - size;
            for (int c = first, i = scratch.Length - 1; i >= start; i--)
            {
                scratch[i] = c < 256 ? (byte)c : suffix[c];
                c = c < 256 ? c : prefix[c];
            }

            output.AddRange(scratch.AsSpan(start, size));
            if (code == next)
            {
                output.Add(scratch[start]);
            }

            if (previous >= 0 && next < MaxEntries)
            {
                prefix[next] = previous;
                suffix[next] = scratch[start];
                length[next] = (previous < 256 ? 1 : length[previous]) + 1;
                next++;
            }

            previous = code;
            width = next + early >= 2048 ? 12 : next + early >= 1024 ? 11 : next + early >= 512 ? 10 : 9;
            if (output.Count > allowance)
            {
                owner.Charge(font, output.Count);
            }
        }

        owner.Charge(font, output.Count);
        return output.ToArray();
    }
}
