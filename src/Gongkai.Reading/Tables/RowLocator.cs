using Gongkai.Reading.Text;

namespace Gongkai.Reading.Tables;

/// <summary>A table row found: where its label starts and ends, and the value segment that follows it.</summary>
internal sealed class RowHit(int spec, int segment, int labelStart, MatchQuality quality)
{
    public int Spec { get; } = spec;
    public int Segment { get; } = segment;

    /// <summary>Stream offset where the matched label begins.</summary>
    public int LabelStart { get; } = labelStart;

    public MatchQuality Quality { get; } = quality;

    /// <summary>The value segment after the label (stream offsets), or -1 where the label had no figures.</summary>
    public int ValueStart { get; set; } = -1;

    public int ValueEnd { get; set; } = -1;

    public bool HasValues => ValueStart >= 0 && ValueEnd > ValueStart;

    /// <summary>The figures end in a bare digit that may be the next label's item number (“…00002其他…”).</summary>
    public bool MayEndWithItemNumber { get; set; }
}

/// <summary>
/// Finds the rows of one table in order, between two stream offsets. Each text segment is tested
/// against the next expected labels; the first that ends the segment is taken, so rows missing from the
/// report are skipped and no label is found twice. Short keys (总计, 规章, 其他) are only tried near where
/// they are expected, so a column header of the same words is not taken for them.
/// </summary>
internal static class RowLocator
{
    private const int Window = 3;

    public static RowHit?[] Locate(SegmentedText text, int from, int to, IReadOnlyList<RowSpec> specs)
    {
        var hits = new RowHit?[specs.Count];
        var next = 0;
        for (var seg = text.SegmentAt(from); seg < text.Segments.Count && next < specs.Count; seg++)
        {
            var segment = text.Segments[seg];
            if (segment.Start >= to)
            {
                break;
            }

            if (segment.Kind != SegmentKind.Text)
            {
                continue;
            }

            var heavy = text.Heavy(seg);
            for (var j = next; j < specs.Count; j++)
            {
                var key = specs[j].MatchKey;
                if (j - next > Window && key.Length < 6)
                {
                    continue;
                }

                var match = LabelMatcher.AtEnd(heavy.Value, key, allowFuzzy: j == next);
                if (!match.Found)
                {
                    continue;
                }

                var start = heavy.OffsetOf(match.Start);
                if (start < from || start >= to)
                {
                    continue;
                }

                var hit = new RowHit(j, seg, start, match.Quality);
                if (seg + 1 < text.Segments.Count && text.Segments[seg + 1] is { Kind: SegmentKind.Value } value && value.Start < to)
                {
                    hit.ValueStart = value.Start;
                    hit.ValueEnd = value.End;
                }

                hits[j] = hit;
                next = j + 1;
                break;
            }
        }

        StripItemNumbers(text, hits, specs);
        return hits;
    }

    /// <summary>
    /// “…0 0 0 2.其他法律…”: the “2.” before a numbered label belongs to the label, not to the previous
    /// row's figures. With its dot (or 、) it is cut off; a bare digit equal to the item number may be
    /// either, and is left to the splitter as an optional last digit.
    /// </summary>
    private static void StripItemNumbers(SegmentedText text, RowHit?[] hits, IReadOnlyList<RowSpec> specs)
    {
        for (var j = 1; j < hits.Length; j++)
        {
            if (hits[j] is not { } hit || specs[j].Numeral is not { } number || hits[j - 1] is not { HasValues: true } previous ||
                previous.Segment + 2 != hit.Segment)
            {
                continue;
            }

            var norm = text.Norm;
            var end = previous.ValueEnd;
            while (end > previous.ValueStart && CharClass.IsNeutral(norm[end - 1]))
            {
                end--;
            }

            var digits = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var punctuated = end - digits.Length - 1 >= previous.ValueStart && norm[end - 1] == '.' &&
                string.CompareOrdinal(norm, end - 1 - digits.Length, digits, 0, digits.Length) == 0;
            var beforeComma = end - digits.Length >= previous.ValueStart && hit.Segment < text.Segments.Count &&
                norm[text.Segments[hit.Segment].Start] == '、' && string.CompareOrdinal(norm, end - digits.Length, digits, 0, digits.Length) == 0;
            if (punctuated)
            {
                previous.ValueEnd = end - digits.Length - 1;
            }
            else if (beforeComma)
            {
                previous.ValueEnd = end - digits.Length;
            }
            else if (string.CompareOrdinal(norm, end - digits.Length, digits, 0, digits.Length) == 0)
            {
                previous.MayEndWithItemNumber = true;
            }
        }
    }
}
