using System.Text;

namespace Gongkai.Reading.Tests.Rendering;

/// <summary>
/// Text as a PDF-to-text converter leaves it: paragraphs wrapped at a line width, table cells split by
/// spaces, long rows broken across lines, labels wrapped mid-word (the rest of the label before, under or
/// after the figures), and page footers (“— 3 —”, “- 3 -”, “第 3 页”) dropped in anywhere, tables included.
/// </summary>
internal static class LineBrokenText
{
    public static string Render(List<Block> blocks, Random random)
    {
        var lines = new List<string>();
        var width = random.Next(30, 60);
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h:
                    lines.Add(h.Text);
                    break;
                case Paragraph p:
                    for (var i = 0; i < p.Text.Length; i += width)
                    {
                        lines.Add(p.Text.Substring(i, Math.Min(width, p.Text.Length - i)));
                    }

                    break;
                case TableBlock t:
                    foreach (var row in t.Rows)
                    {
                        Row(row, random, width, lines);
                    }

                    break;
            }
        }

        var text = new StringBuilder();
        var page = 1;
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
            if (random.Next(25) == 0)
            {
                page++;
                text.Append(random.Next(3) switch { 0 => $"— {page} —", 1 => $"- {page} -", _ => $"第 {page} 页" }).Append('\n');
            }
        }

        return text.ToString();
    }

    private static void Row(IReadOnlyList<PrintedCell> row, Random random, int width, List<string> lines)
    {
        var labels = row.Where(c => !c.IsFigure).Select(c => c.Text).ToList();
        var figures = row.Where(c => c.IsFigure).Select(c => c.Text).ToList();
        var spacer = new string(' ', random.Next(1, 4));
        if (figures.Count == 0)
        {
            lines.Add(string.Join(spacer, labels));
            return;
        }

        // The last label is the row's own; wrap it mid-word now and then.
        var head = string.Join(spacer, labels);
        string? tail = null;
        var own = labels.Count > 0 ? labels[^1] : "";
        var numbering = own.TakeWhile(c => !IsIdeograph(c) || c is '一' or '二' or '三' or '四' or '五' or '六' or '七').Count();
        if (own.Length - numbering >= 12 && random.Next(3) == 0)
        {
            var cut = numbering + random.Next(6, own.Length - numbering - 2);
            head = head[..(head.Length - own.Length + cut)];
            tail = own[cut..];
        }

        var values = Wrap(figures, spacer, random, width);
        switch (tail is null ? 0 : random.Next(3))
        {
            case 0:
                lines.Add(head + spacer + values[0]);
                lines.AddRange(values.Skip(1));
                if (tail is not null)
                {
                    lines.Add(tail);
                }

                break;
            case 1:
                lines.Add(head);
                lines.Add(tail + spacer + values[0]);
                lines.AddRange(values.Skip(1));
                break;
            default:
                lines.Add(head);
                lines.AddRange(values);
                lines.Add(tail!);
                break;
        }
    }

    /// <summary>The figures on one line, or broken at a space where the line would be too long.</summary>
    private static List<string> Wrap(List<string> figures, string spacer, Random random, int width)
    {
        var joined = string.Join(spacer, figures);
        if (joined.Length <= width || random.Next(2) == 0)
        {
            return [joined];
        }

        var cut = random.Next(1, figures.Count);
        return [string.Join(spacer, figures.Take(cut)), string.Join(spacer, figures.Skip(cut))];
    }

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
