namespace Gongkai.Reading.Tables;

internal enum MatchQuality { None, Exact, Abbreviated, Fuzzy }

/// <summary>Where a label was found at the end of a text segment (index into its heavy form).</summary>
internal readonly record struct LabelMatch(MatchQuality Quality, int Start)
{
    public bool Found => Quality != MatchQuality.None;
}

/// <summary>
/// Decides whether a text segment ends with a template label. Figures follow their label, so the label
/// must end the segment; what comes before it (a group header, the tail of the previous label wrapped
/// past its figures, a caption) is left to the caller. Compared in heavy form. Accepted: the whole key;
/// a prefix of at least four characters (abbreviated labels, or a label whose rest wrapped below its
/// figures); the key followed by a unit (“（件）”); and, for keys of six or more characters, one edit.
/// </summary>
internal static class LabelMatcher
{
    public const int MinPrefix = 4;

    private static readonly string[] UnitTails = ["件", "个", "项", "次", "数", "人次", "数量"];

    public static LabelMatch AtEnd(string heavy, string key, bool allowFuzzy)
    {
        var shortest = key.Length <= MinPrefix ? key.Length : MinPrefix;
        var from = Math.Max(0, heavy.Length - key.Length - 2);
        for (var p = from; p <= heavy.Length - shortest; p++)
        {
            if (heavy[p] != key[0])
            {
                continue;
            }

            var tail = heavy.AsSpan(p);
            if (key.AsSpan().StartsWith(tail))
            {
                return new LabelMatch(tail.Length == key.Length ? MatchQuality.Exact : MatchQuality.Abbreviated, p);
            }

            if (tail.StartsWith(key) && UnitTails.Contains(tail[key.Length..].ToString()))
            {
                return new LabelMatch(MatchQuality.Exact, p);
            }
        }

        return allowFuzzy && key.Length >= 6 ? Fuzzy(heavy, key) : default;
    }

    /// <summary>True where the key occurs anywhere in the heavy text (a label printed with no figures after it).</summary>
    public static bool Contains(string heavy, string key) => key.Length > 2 && heavy.Contains(key, StringComparison.Ordinal);

    private static LabelMatch Fuzzy(string heavy, string key)
    {
        var allowed = 1 + (key.Length / 12);
        for (var length = key.Length - 1; length <= key.Length + 1; length++)
        {
            if (length > heavy.Length)
            {
                break;
            }

            var start = heavy.Length - length;
            if (Distance(heavy.AsSpan(start), key, allowed) <= allowed)
            {
                return new LabelMatch(MatchQuality.Fuzzy, start);
            }
        }

        return default;
    }

    /// <summary>Levenshtein distance, giving up (returning limit + 1) once it must exceed the limit.</summary>
    private static int Distance(ReadOnlySpan<char> a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return limit + 1;
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }
}
