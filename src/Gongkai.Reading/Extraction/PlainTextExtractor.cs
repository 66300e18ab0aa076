using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Reading.Extraction;

/// <summary>
/// Plain text and Markdown. Text is taken as it is (its | and tabs become cell separators later);
/// Markdown loses its table delimiter rows, heading marks, emphasis and inline tags.
/// </summary>
internal static partial class PlainTextExtractor
{
    public static ExtractedText Text(string text) => new(text);

    public static ExtractedText Markdown(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).TrimEnd('\r');
            if (DelimiterRow().IsMatch(line))
            {
                continue;
            }

            var trimmed = line.TrimStart();
            while (trimmed.Length > 0 && trimmed[0] is '#' or '>')
            {
                trimmed = trimmed[1..].TrimStart();
            }

            var tidy = InlineTag().Replace(trimmed.ToString(), "").Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal)
                .Replace("\\|", " ", StringComparison.Ordinal);
            builder.Append(tidy).Append('\n');
        }

        return new ExtractedText(builder.ToString());
    }

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex DelimiterRow();

    [GeneratedRegex(@"</?(?:br|span|b|strong|em|i|u|sup|sub|font)\b[^>]{0,200}>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTag();
}
