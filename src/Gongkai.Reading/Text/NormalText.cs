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
        var norm = new char[simplified.Length];
        for (var i = 0; i < simplified.Length; i++)
        {
            norm[i] = CharClass.Normalise(simplified[i]);
        }

        Notes = BlankNotes(norm);
        Norm = new string(norm);
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

    /// <summary>
    /// Where each note “（其中修订 5 件）” began: a remark printed under or after a figure of table 二. In
    /// <see cref="Norm"/> its characters are spaces (its figures are no cells); the figure before it is the cell's.
    /// </summary>
    public IReadOnlyList<int> Notes { get; }

    /// <summary>True where a note begins right after <paramref name="offset"/>, past spaces and at most one line break.</summary>
    public bool NoteFollows(int offset)
    {
        var breaks = 0;
        for (var at = offset; at < Norm.Length && CharClass.IsNeutral(Norm[at]) && breaks <= 1; at++)
        {
            if (BinarySearch(Notes, at))
            {
                return true;
            }

            breaks += Norm[at] == '\n' ? 1 : 0;
        }

        return false;
    }

    private static bool BinarySearch(IReadOnlyList<int> sorted, int value)
    {
        int lo = 0, hi = sorted.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] == value)
            {
                return true;
            }

            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return false;
    }

    /// <summary>
    /// “(其中…)” closed within 40 characters, a line break allowed anywhere in it (a two-line cell): blanked,
    /// line breaks kept.
    /// </summary>
    private static List<int> BlankNotes(char[] norm)
    {
        var notes = new List<int>();
        for (var start = norm.AsSpan().IndexOf('('); start >= 0; start = Next(norm, start + 1))
        {
            if (Past(norm, start + 1, '其') is not { } second || Past(norm, second, '中') is not { } after)
            {
                continue;
            }

            var close = -1;
            var breaks = norm.AsSpan(start, after - start).Count('\n');
            for (var i = after; i < Math.Min(norm.Length, start + 41) && breaks <= 1; i++)
            {
                if (norm[i] is ')' or '(')
                {
                    close = norm[i] == ')' ? i : -1;
                    break;
                }

                breaks += norm[i] == '\n' ? 1 : 0;
            }

            if (close < 0 || breaks > 1)
            {
                continue;
            }

            notes.Add(start);
            for (var i = start; i <= close; i++)
            {
                norm[i] = norm[i] == '\n' ? '\n' : ' ';
            }

            start = close;
        }

        return notes;
    }

    private static int Next(char[] norm, int from) =>
        from >= norm.Length ? -1 : norm.AsSpan(from).IndexOf('(') is var at and >= 0 ? from + at : -1;

    /// <summary>The offset after <paramref name="expected"/> at <paramref name="at"/> (past one line break), or null.</summary>
    private static int? Past(char[] norm, int at, char expected)
    {
        if (at < norm.Length && norm[at] == '\n')
        {
            at++;
        }

        return at < norm.Length && norm[at] == expected ? at + 1 : null;
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

    /// <summary>A page number line: “— 3 —”, “第 3 页 共 9 页”, “3/9”, “Page 3”, also alone in a table row (“| -3- | |”).</summary>
    internal static bool IsFooter(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim().Trim("|\t\uFF5C ");
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
