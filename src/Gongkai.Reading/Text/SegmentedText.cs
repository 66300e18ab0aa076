namespace Gongkai.Reading.Text;

/// <summary>
/// The stream cut into alternating text and value segments. A value segment holds printed figures and
/// the spaces and separators around them; a text segment holds words, including the separators and
/// line breaks between words, so a label wrapped over two lines or split over two cells stays one piece.
/// </summary>
internal sealed class SegmentedText
{
    private const byte Neutral = 0;
    private const byte Word = 1;
    private const byte Figure = 2;

    private static readonly string[] Units = ["万元", "亿元", "元", "件", "个", "项", "次", "条"];
    private static readonly string[] MoneyUnits = ["万元", "亿元", "元"];

    private readonly HeavyText?[] _heavy;

    public SegmentedText(NormalText text)
    {
        Text = text;
        var kinds = Classify(text.Norm);
        Segments = Cut(kinds);
        _heavy = new HeavyText?[Segments.Count];
    }

    public NormalText Text { get; }

    public string Norm => Text.Norm;

    public IReadOnlyList<Segment> Segments { get; }

    public HeavyText Heavy(int segment) =>
        _heavy[segment] ??= HeavyText.Of(Norm, Segments[segment].Start, Segments[segment].End);

    /// <summary>The index of the first segment that ends after <paramref name="offset"/>.</summary>
    public int SegmentAt(int offset)
    {
        int lo = 0, hi = Segments.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Segments[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// Marks each character as part of a figure, a word or neither. Digits are figures (except a bracketed
    /// item number like “(1)”); a unit right after digits belongs to the figure; a dash, slash or 无 standing
    /// alone in a cell is a figure (it stands for zero); the same characters between words are words (本年增/减).
    /// </summary>
    private static byte[] Classify(string norm)
    {
        var kinds = new byte[norm.Length];
        var i = 0;
        while (i < norm.Length)
        {
            var c = norm[i];
            if (CharClass.IsNeutral(c))
            {
                i++;
                continue;
            }

            if (!CharClass.IsNumberChar(c))
            {
                kinds[i] = Word;
                if (c == '无' && StandsAlone(norm, i, i + 1))
                {
                    kinds[i] = Figure;
                }

                i++;
                continue;
            }

            var end = i;
            var hasDigit = false;
            while (end < norm.Length && CharClass.IsNumberChar(norm[end]))
            {
                hasDigit |= CharClass.IsDigit(norm[end]);
                end++;
            }

            var figure = hasDigit
                ? !(i > 0 && norm[i - 1] == '(' && end < norm.Length && norm[end] == ')')
                : StandsAlone(norm, i, end) && IsZeroMark(norm.AsSpan(i, end - i));
            if (figure && hasDigit)
            {
                end += UnitLength(norm, end) is > 0 and var unit ? unit : SpacedMoneyUnitLength(norm, end);
            }

            kinds.AsSpan(i, end - i).Fill(figure ? Figure : Word);
            i = end;
        }

        return kinds;
    }

    private static bool IsZeroMark(ReadOnlySpan<char> atom) => !atom.ContainsAnyExcept('-', '/');

    private static bool StandsAlone(string norm, int start, int end) =>
        (start == 0 || CharClass.IsNeutral(norm[start - 1])) && (end >= norm.Length || CharClass.IsNeutral(norm[end]));

    /// <summary>The length of a unit printed right after a figure (343.98万元, 5件), or 0.</summary>
    public static int UnitLength(string norm, int at) => UnitAt(norm, at, Units);

    /// <summary>
    /// The length of spaces and a unit of money after a figure (“343.98 万元”), or 0. Only spaces on the
    /// same line: a unit in the next cell or on the next line is not this figure's.
    /// </summary>
    public static int SpacedMoneyUnitLength(string norm, int at)
    {
        var i = at;
        while (i < norm.Length && norm[i] == ' ')
        {
            i++;
        }

        if (i == at || i - at > 2)
        {
            return 0;
        }

        return UnitAt(norm, i, MoneyUnits) is > 0 and var unit ? i - at + unit : 0;
    }

    private static int UnitAt(string norm, int at, string[] units)
    {
        foreach (var unit in units)
        {
            if (string.CompareOrdinal(norm, at, unit, 0, unit.Length) == 0)
            {
                return unit.Length;
            }
        }

        return 0;
    }

    private static List<Segment> Cut(byte[] kinds)
    {
        var segments = new List<Segment>(256);
        var i = 0;
        var valueStart = 0;
        while (i < kinds.Length)
        {
            if (kinds[i] != Word)
            {
                i++;
                continue;
            }

            // A word starts: what lay before it since the last word is a value segment if it holds a figure.
            if (kinds.AsSpan(valueStart, i - valueStart).Contains(Figure))
            {
                segments.Add(new Segment(SegmentKind.Value, valueStart, i));
            }

            var start = i;
            var lastWord = i;
            while (i < kinds.Length && kinds[i] != Figure)
            {
                if (kinds[i] == Word)
                {
                    lastWord = i;
                }

                i++;
            }

            segments.Add(new Segment(SegmentKind.Text, start, lastWord + 1));
            valueStart = lastWord + 1;
        }

        if (kinds.AsSpan(valueStart).Contains(Figure))
        {
            segments.Add(new Segment(SegmentKind.Value, valueStart, kinds.Length));
        }

        return segments;
    }
}
