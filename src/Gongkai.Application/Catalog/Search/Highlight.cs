using System.Net;
using System.Text;
using Gongkai.Reading.Script;

namespace Gongkai.Application.Catalog.Search;

/// <summary>
/// Marks the query's terms in a text for display (HTML-encoded, <c>&lt;mark&gt;</c> around each match). Text
/// and terms are compared normalised (處罰 meets 处罚), and since the normaliser keeps one character for one,
/// the marks fall on the text as written.
/// </summary>
public static class Highlight
{
    public static string Mark(string text, IReadOnlyList<string> terms) => Render(text, Ranges(text, terms), 0, text.Length);

    /// <summary>About <paramref name="width"/> characters around the first match (the opening where nothing matches).</summary>
    public static string Snippet(string text, IReadOnlyList<string> terms, int width = 120)
    {
        var ranges = Ranges(text, terms);
        var start = ranges.Count == 0 ? 0 : Math.Max(0, ranges[0].Start - width / 3);
        var end = Math.Min(text.Length, start + width);
        return (start > 0 ? "…" : "") + Render(text, ranges, start, end) + (end < text.Length ? "…" : "");
    }

    private static List<(int Start, int End)> Ranges(string text, IReadOnlyList<string> terms)
    {
        var normal = ChineseText.Default.ForSearch(text);
        if (normal.Length != text.Length)
        {
            return [];
        }

        var ranges = new List<(int Start, int End)>();
        foreach (var term in terms.Where(t => t.Length > 0))
        {
            for (var at = normal.IndexOf(term, StringComparison.Ordinal); at >= 0; at = normal.IndexOf(term, at + term.Length, StringComparison.Ordinal))
            {
                ranges.Add((at, at + term.Length));
            }
        }

        ranges.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    private static string Render(string text, List<(int Start, int End)> ranges, int from, int to)
    {
        var html = new StringBuilder();
        var at = from;
        foreach (var (start, end) in ranges.Where(r => r.End > from && r.Start < to))
        {
            var s = Math.Max(start, from);
            var e = Math.Min(end, to);
            html.Append(WebUtility.HtmlEncode(text[at..s])).Append("<mark>").Append(WebUtility.HtmlEncode(text[s..e])).Append("</mark>");
            at = e;
        }

        return html.Append(WebUtility.HtmlEncode(text[at..to])).ToString();
    }
}
