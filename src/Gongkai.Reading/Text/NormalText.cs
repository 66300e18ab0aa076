using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Reading.Script;

namespace Gongkai.Reading.Text;

/// <summary>
/// The extracted text of a report made uniform: Simplified script, no page footers, no carriage returns or
/// zero-width characters. <see cref="Norm"/> is the same text with widths, dashes and separators
/// normalised one character for one, so an offset means the same place in both.
/// </summary>
internal sealed partial class NormalText
{
    private NormalText(string simplified, bool hadTraditional)
    {
        Simplified = simplified;
        HadTraditional = hadTraditional;
        Norm = string.Create(simplified.Length, simplified, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = CharClass.Normalise(source[i]);
            }
        });
    }

    /// <summary>As printed, in Simplified characters (for amounts “as printed”, titles and the narrative).</summary>
    public string Simplified { get; }

    /// <summary>What the reader parses.</summary>
    public string Norm { get; }

    /// <summary>True where the source held Traditional characters.</summary>
    public bool HadTraditional { get; }

    public static NormalText Build(string extracted, IScriptConverter script)
    {
        extracted = Radicals.ToIdeographs(extracted);
        var hadTraditional = CharacterTable.HasTraditional(extracted);
        var simplified = hadTraditional ? script.ToSimplified(extracted) : extracted;
        return new NormalText(Clean(simplified), hadTraditional);
    }

    /// <summary>Drops page footers (“— 3 —”, “第 3 页 共 9 页”), carriage returns and zero-width characters.</summary>
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range);
            if (IsFooter(line))
            {
                continue;
            }

            foreach (var c in line)
            {
                if (c is not ('\r' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD'))
                {
                    builder.Append(c);
                }
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>A page number line: “— 3 —”, “第 3 页 共 9 页”, “3/9”, “Page 3”.</summary>
    internal static bool IsFooter(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length is 0 or > 24 || !trimmed.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        Span<char> normal = stackalloc char[trimmed.Length];
        for (var i = 0; i < trimmed.Length; i++)
        {
            normal[i] = CharClass.Normalise(trimmed[i]);
        }

        return FooterPattern().IsMatch(normal);
    }

    [GeneratedRegex(@"^(?:-+ *\d{1,4} *-+|第 *\d{1,4} *页(?: *[,，/]? *共 *\d{1,4} *页)?|\d{1,4}/\d{1,4}|[Pp]age *\d{1,4}(?: *(?:of|/) *\d{1,4})?)$")]
    private static partial Regex FooterPattern();
}
