using Gongkai.Reading.Extraction;

namespace Gongkai.Reading.Ocr;

/// <summary>
/// The ruling lines of a page image: runs of ink at least a few tenths of an inch long and only a few pixels
/// thick, horizontal and vertical, turned into the same <see cref="Rule"/>s (in points, y upwards) that a
/// PDF's drawn rules give, so <see cref="RuledTable"/> builds the grid and its merged cells as it does for a
/// text layer. Strokes of characters are shorter than the least length; bars and filled areas thicker than
/// the most thickness.
/// </summary>
internal static class ImageRules
{
    public static List<Rule> Find(GrayImage image, double dpi)
    {
        var minimum = (int)(dpi * 0.2);
        var thickest = Math.Max(3, (int)(dpi / 40));
        var scale = 72.0 / dpi;
        var rules = new List<Rule>();
        foreach (var (at, from, to) in Lines(image.Height, image.Width, (line, i) => image.IsInk(i, line), minimum, thickest))
        {
            rules.Add(new Rule(true, (image.Height - at) * scale, from * scale, to * scale));
        }

        foreach (var (at, from, to) in Lines(image.Width, image.Height, (line, i) => image.IsInk(line, i), minimum, thickest))
        {
            rules.Add(new Rule(false, at * scale, (image.Height - to) * scale, (image.Height - from) * scale));
        }

        return rules.Count > PdfRules.MaxRules ? [] : rules;
    }

    /// <summary>
    /// Runs of ink along each line (row or column) at least <paramref name="minimum"/> long, joined across
    /// neighbouring lines where they overlap into one rule at their middle; thicker than <paramref name="thickest"/> is not a rule.
    /// </summary>
    private static List<(double At, int From, int To)> Lines(int lines, int length, Func<int, int, bool> ink, int minimum, int thickest)
    {
        var open = new List<(int First, int Last, int From, int To)>();
        var done = new List<(double, int, int)>();
        for (var line = 0; line <= lines; line++)
        {
            var runs = new List<(int From, int To)>();
            if (line < lines)
            {
                for (var i = 0; i < length; i++)
                {
                    if (!ink(line, i))
                    {
                        continue;
                    }

                    var start = i;
                    while (i < length && ink(line, i))
                    {
                        i++;
                    }

                    if (i - start >= minimum)
                    {
                        runs.Add((start, i));
                    }
                }
            }

            var next = new List<(int First, int Last, int From, int To)>();
            foreach (var run in runs)
            {
                var joined = open.FindIndex(o => o.From < run.To && run.From < o.To);
                if (joined >= 0)
                {
                    var o = open[joined];
                    open.RemoveAt(joined);
                    next.Add((o.First, line, Math.Min(o.From, run.From), Math.Max(o.To, run.To)));
                }
                else
                {
                    next.Add((line, line, run.From, run.To));
                }
            }

            foreach (var o in open.Where(o => o.Last - o.First + 1 <= thickest))
            {
                done.Add(((o.First + o.Last) / 2.0, o.From, o.To));
            }

            open = next;
        }

        return done;
    }
}
