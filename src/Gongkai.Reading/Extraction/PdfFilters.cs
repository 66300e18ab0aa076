using Gongkai.Reading.Solving;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Gongkai.Reading.Extraction;

/// <summary>
/// PdfPig's stream filters, each measured before it runs. PdfPig decodes a whole stream into memory, so a
/// FlateDecode stream of 500 KB that inflates to 500 MB would be held whole: here every stream's decoded
/// size is counted first (inflating into a small reused buffer, or walking the run-length and ASCII85
/// codes) and charged to budgets. Every stream counts against the file's budget
/// (<see cref="ReadLimits.MaxInflatedBytes"/>). Everything but a font program also counts against the
/// page's (<see cref="ReadLimits.MaxPageContentBytes"/>): content, forms, object streams and CMaps become
/// objects byte by byte. Whether a stream is a font program is not taken from its dictionary, which the
/// file controls, but from who asked for it: PdfPig's font loaders. LZW is decoded by <see cref="LzwDecoder"/>
/// (PdfPig's keeps growing its table); image codecs (CCITT, JBIG2, DCT, JPX) are never needed for text and
/// are refused. Over a budget, decoding stops with a message, and the breach is remembered in case PdfPig
/// catches the exception on its way out.
/// </summary>
internal sealed class PdfFilters : IFilterProvider
{
    /// <summary>PdfPig's classes that load font programs (TrueType, Type 1, CFF): their streams may be large without becoming objects.</summary>
    private static readonly HashSet<string> FontLoaders = new(StringComparer.Ordinal) { "TrueTypeFontHandler", "Type1FontHandler", "CidFontFactory" };

    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;
    private readonly Dictionary<IFilter, IFilter> _bounded = new(ReferenceEqualityComparer.Instance);
    private readonly ReadLimits _limits;
    private readonly IFilter _identity;
    private long _file;
    private long _page;
    private long _glyphs;

    public PdfFilters(ReadLimits limits, ReadDeadline deadline)
    {
        _limits = limits;
        Deadline = deadline;
        foreach (var filter in _inner.GetAllFilters())
        {
            _bounded[filter] = new BoundedFilter(filter, this);
        }

        _identity = new BoundedFilter(null, this);
    }

    public ReadDeadline Deadline { get; }

    /// <summary>The most characters one unfiltered form shows (<see cref="PdfPlainStreams"/>): each invocation in filtered content costs that much.</summary>
    public long PlainFormGlyphs { get; init; }

    /// <summary>The message of the first budget exceeded, or null.</summary>
    public string? Breach { get; private set; }

    public int Page { get; private set; }

    /// <summary>Starts the next page's content budget.</summary>
    public void BeginPage(int number)
    {
        Page = number;
        _page = 0;
        _glyphs = 0;
    }

    public void ThrowIfBreached()
    {
        if (Breach is { } message)
        {
            throw new ExtractionException(message);
        }
    }

    /// <summary>The stream's filters, bounded; an unfiltered stream gets a pass-through one, so it is counted too.</summary>
    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) =>
        _inner.GetFilters(dictionary) is { Count: > 0 } filters ? [.. filters.Select(Bounded)] : [_identity];

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => [.. _inner.GetNamedFilters(names).Select(Bounded)];

    public IReadOnlyList<IFilter> GetAllFilters() => [.. _bounded.Values];

    private IFilter Bounded(IFilter filter) => _bounded.TryGetValue(filter, out var bounded) ? bounded : filter;

    /// <summary>What the stream being decoded may still decode to.</summary>
    internal long Allowance(bool font) => font
        ? _limits.MaxInflatedBytes - _file
        : Math.Min(_limits.MaxInflatedBytes - _file, _limits.MaxPageContentBytes - _page);

    /// <summary>Charges a decoded size, or refuses it (with the breach remembered) where it is over the allowance.</summary>
    internal void Charge(bool font, long bytes)
    {
        if (bytes > Allowance(font))
        {
            var page = !font && _limits.MaxPageContentBytes - _page < _limits.MaxInflatedBytes - _file;
            Refuse(page
                ? $"PDF 第 {Page} 页的内容解压后超过上限 {ZipBounds.Megabytes(_limits.MaxPageContentBytes)}（由文件大小上限推算），可能是“压缩炸弹”，未读取"
                : $"PDF 文件中的数据流解压后超过上限 {ZipBounds.Megabytes(_limits.MaxInflatedBytes)}（文件大小上限的 8 倍），可能是“压缩炸弹”，未读取");
        }

        _file += bytes;
        _page += font ? 0 : bytes;
    }

    /// <summary>Charges the characters a page's content shows.</summary>
    internal void ChargeGlyphs(long glyphs)
    {
        _glyphs += glyphs;
        if (_glyphs > _limits.MaxPageGlyphs)
        {
            Refuse($"PDF 第 {Page} 页要显示的字符超过上限 {_limits.MaxPageGlyphs:N0} 个（由文件大小上限推算），不是正常的报告页面，未读取");
        }
    }

    internal void Refuse(string message)
    {
        Breach ??= message;
        throw new ExtractionException(Breach);
    }

    /// <summary>Whether the stream now being decoded was asked for by one of PdfPig's font loaders (the nearest PdfPig caller decides).</summary>
    internal static bool ForFontProgram()
    {
        foreach (var frame in new System.Diagnostics.StackTrace(2, false).GetFrames())
        {
            var type = frame.GetMethod()?.DeclaringType;
            while (type?.DeclaringType is { } outer && type.Name.StartsWith('<'))
            {
                type = outer;
            }

            if (type?.Namespace is not { } space || !space.StartsWith("UglyToad.PdfPig", StringComparison.Ordinal)
                || type.Name is "PdfExtensions" or "FilterProviderWithLookup" || space == "UglyToad.PdfPig.Filters")
            {
                continue;
            }

            return FontLoaders.Contains(type.Name);
        }

        return false;
    }
}

/// <summary>
/// One PdfPig filter (or, with no inner filter, the pass-through for an unfiltered stream), with the decoded
/// size of each stream counted and charged before it decodes, and the characters its decoded content would
/// show charged after.
/// </summary>
internal sealed class BoundedFilter(IFilter? inner, PdfFilters owner) : IFilter
{
    public bool IsSupported => inner?.IsSupported ?? true;

    public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
    {
        owner.Deadline.Check();
        var font = PdfFilters.ForFontProgram();
        Memory<byte> output;
        switch (inner)
        {
            case null:
                owner.Charge(font, input.Length);
                output = input;
                break;
            case FlateFilter:
                owner.Charge(font, StreamSizes.Inflated(input, owner.Allowance(font), owner.Deadline));
                output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
                break;
            case RunLengthFilter:
                owner.Charge(font, StreamSizes.RunLength(input.Span));
                output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
                break;
            case Ascii85Filter:
                owner.Charge(font, StreamSizes.Ascii85(input.Span));
                output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
                break;
            case AsciiHexDecodeFilter:
                owner.Charge(font, (input.Length / 2) + 1);
                output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
                break;
            case LzwFilter:
                output = LzwDecoder.Decode(input.Span, streamDictionary, filterIndex, font, owner);
                break;
            default:
                owner.Refuse("PDF 文件的内容使用了图像压缩方式（CCITT、JBIG2、JPEG），文字无法从中读取，未读取");
                return input;
        }

        if (!font && filterIndex >= FilterCount(streamDictionary) - 1)
        {
            owner.ChargeGlyphs(StreamSizes.Glyphs(output.Span) + (owner.PlainFormGlyphs == 0 ? 0 : PdfPlainStreams.Invocations(output.Span) * owner.PlainFormGlyphs));
        }

        return output;
    }

    private static int FilterCount(DictionaryToken dictionary) =>
        dictionary.Data.TryGetValue("Filter", out var filter) || dictionary.Data.TryGetValue("F", out filter)
            ? filter is ArrayToken array ? array.Data.Count : 1
            : 0;
}
