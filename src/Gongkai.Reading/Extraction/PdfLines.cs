using System.Text;
using UglyToad.PdfPig.Content;

namespace Gongkai.Reading.Extraction;

/// <summary>
/// Letters of a PDF page grouped into lines by their baseline, top to bottom, each ordered left to right,
/// with a space wherever the gap between two letters is wider than a fraction of the font size (which is
/// how table cells show in text without rules).
/// </summary>
internal static class PdfLines
{
    /// <summary>The lines of <paramref name="letters"/> (no whitespace letters), each with its baseline.</summary>
    public static List<(double Y, string Text)> Of(IEnumerable<Letter> letters)
    {
        var rows = new List<List<Letter>>();
        foreach (var letter in letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            var size = Math.Max(letter.PointSize, 1);
            if (rows.Count > 0 && Math.Abs(rows[^1][0].StartBaseLine.Y - letter.StartBaseLine.Y) <= size * 0.4)
            {
                rows[^1].Add(letter);
            }
            else
            {
                rows.Add([letter]);
            }
        }

        var lines = new List<(double, string)>(rows.Count);
        foreach (var row in rows)
        {
            row.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
            var line = new StringBuilder(row.Count * 2);
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0 && row[i].StartBaseLine.X - row[i - 1].EndBaseLine.X > Math.Max(row[i].PointSize, 1) * 0.3)
                {
                    line.Append(' ');
                }

                line.Append(row[i].Value);
            }

            lines.Add((row[0].StartBaseLine.Y, line.ToString()));
        }

        return lines;
    }

    /// <summary>
    /// The text of one table cell: its lines joined as the wrapped paragraph they are. Chinese wraps
    /// anywhere, so lines are joined directly; only where both sides are ASCII letters or digits is a
    /// space kept, so that two figures on two lines never become one number.
    /// </summary>
    public static string Joined(List<(double Y, string Text)> lines)
    {
        var text = new StringBuilder();
        foreach (var (_, line) in lines)
        {
            if (text.Length > 0 && char.IsAsciiLetterOrDigit(text[^1]) && char.IsAsciiLetterOrDigit(line[0]))
            {
                text.Append(' ');
            }

            text.Append(line);
        }

        return text.ToString();
    }
}
