using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Reading.Text;

namespace Gongkai.Reading.Structure;

/// <summary>The title line, and the year and agency it names.</summary>
internal sealed record TitleInfo(string? Title, int? Year, string? Agency, int? PeriodYear, IReadOnlyList<int> PreambleYears);

/// <summary>
/// Reads “根河市城市管理综合执法局2020年政府信息公开工作年度报告”: the agency is what precedes the year
/// (or, in “2020年某局政府信息公开…”, what follows it), the year is the first year in the title. The
/// statistics period (“统计期限自2020年1月1日起”) and the “…年度” of the opening paragraph are kept for S3.
/// </summary>
internal static partial class TitleReader
{
    public static TitleInfo Read(NormalText text, string? titleHint, string? fallbackTitle, int firstHeading)
    {
        var title = Usable(titleHint) ?? FindTitleLine(text.Simplified, 0, firstHeading) ?? Usable(fallbackTitle);
        int? year = null;
        string? agency = null;
        if (title is not null)
        {
            // Located in the width-normalised title (same length), so “２０２０年” is found too.
            var match = YearPattern().Match(string.Concat(title.Select(CharClass.Normalise)));
            if (match.Success && ParseYear(match.Groups["y"].Value) is { } y)
            {
                year = y;
                agency = AgencyOf(title, match);
            }
        }

        var period = PeriodPattern().Match(text.Norm);
        int? periodYear = period.Success ? ParseYear(period.Groups["y"].Value) : null;
        var preambleEnd = Math.Clamp(firstHeading, 0, text.Norm.Length);
        var preambleStart = title is null ? 0 : Math.Min(preambleEnd, Math.Max(0, text.Simplified.IndexOf(title, StringComparison.Ordinal)) + title.Length);
        var preamble = text.Norm.AsSpan(preambleStart, preambleEnd - preambleStart);
        var preambleYears = new List<int>();
        foreach (var m in YearOfReportPattern().EnumerateMatches(preamble))
        {
            if (ParseYear(preamble.Slice(m.Index, 4).ToString()) is { } y && !preambleYears.Contains(y))
            {
                preambleYears.Add(y);
            }
        }

        return new TitleInfo(title, year, agency, periodYear, preambleYears);
    }

    /// <summary>
    /// The first title-like line before the first heading, preferring one that names a year (a portal's
    /// menu says “政府信息公开年报” too). A title a PDF or a narrow page wrapped over two lines
    /// (“…2020年政府信息” / “公开工作年度报告”) is joined back.
    /// </summary>
    private static string? FindTitleLine(string simplified, int start, int end)
    {
        var limit = Math.Min(end > start ? end : simplified.Length, simplified.Length);
        var lines = new List<string>();
        foreach (var range in simplified.AsSpan(start, limit - start).Split('\n'))
        {
            if (Clean(simplified.AsSpan(start)[range].ToString()) is { } line)
            {
                lines.Add(line);
            }
        }

        string? withoutYear = null;
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var candidate in new[] { lines[i], i + 1 < lines.Count ? lines[i] + lines[i + 1] : null })
            {
                if (candidate is null || !LooksLikeTitle(candidate))
                {
                    continue;
                }

                if (YearPattern().IsMatch(string.Concat(candidate.Select(CharClass.Normalise))))
                {
                    return candidate;
                }

                withoutYear ??= candidate;
            }
        }

        return withoutYear;
    }

    private static string? Usable(string? hint) => Clean(hint) is { } line && LooksLikeTitle(line) ? line : null;

    private static bool LooksLikeTitle(string line) =>
        line.Length <= 100 && (line.Contains("年度报告", StringComparison.Ordinal) || line.Contains("年报", StringComparison.Ordinal))
        && line.Contains("公开", StringComparison.Ordinal);

    private static string? Clean(string? line)
    {
        if (line is null)
        {
            return null;
        }

        var text = line.Replace(CharClass.Sep, ' ').Replace('|', ' ').Trim().Trim('#', '*', ' ');
        return text.Length == 0 ? null : text;
    }

    private static string? AgencyOf(string title, Match year)
    {
        var before = title[..year.Index].Trim();
        before = before.EndsWith("关于", StringComparison.Ordinal) ? before[..^2] : before;
        if (before.Length > 0)
        {
            return before.Trim('《', '“', '"', ' ', '　');
        }

        // “2020年某局政府信息公开工作年度报告”: the agency follows the year.
        var after = title[(year.Index + year.Length)..];
        var end = after.IndexOf("政府信息公开", StringComparison.Ordinal);
        var agency = end > 0 ? after[..end].Trim() : null;
        return string.IsNullOrEmpty(agency) ? null : agency;
    }

    /// <summary>A year 1990–2099 in Arabic or Chinese digits (二〇二〇), else null.</summary>
    public static int? ParseYear(string digits)
    {
        Span<char> ascii = stackalloc char[digits.Length];
        for (var i = 0; i < digits.Length; i++)
        {
            var d = "〇一二三四五六七八九".IndexOf(digits[i], StringComparison.Ordinal);
            ascii[i] = d >= 0 ? (char)('0' + d) : digits[i] == '零' ? '0' : CharClass.Normalise(digits[i]);
        }

        return int.TryParse(ascii, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2099 ? year : null;
    }

    [GeneratedRegex(@"(?<y>(?:19|20)\d\d|[二][〇零][一二三四五六七八九〇零][〇零一二三四五六七八九])\s*年度?")]
    private static partial Regex YearPattern();

    /// <summary>“2020年度”: the opening paragraph naming the year reported on (not “2021年1月”, the date it was written).</summary>
    [GeneratedRegex(@"(?:19|20)\d\d\s*年度")]
    private static partial Regex YearOfReportPattern();

    [GeneratedRegex(@"统计(?:期限|时限|期间|时间)[^0-9]{0,12}(?<y>(?:19|20)\d\d)\s*年")]
    private static partial Regex PeriodPattern();
}
