using System.Globalization;

namespace Gongkai.Reading.Tests.Rendering;

/// <summary>
/// Text or Markdown as a converter leaves a PDF whose table cells it could not line up (issue 10 §1).
/// Each printed line holds a piece of a label, a row of figures, or both: the label column and the figure
/// columns come out as two streams merged with drift (<see cref="Mishaps"/>). Figure rows keep their order,
/// as they do on the page; which label a figure row ends up beside does not.
/// </summary>
internal static partial class MisalignedText
{
    public static string Render(List<Block> blocks, Random random, Mishaps mishaps)
    {
        var output = new PrintedLines(random, mishaps);
        var width = random.Next(30, 60);
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h:
                    output.Text(h.Text);
                    break;
                case Paragraph p:
                    for (var i = 0; i < p.Text.Length; i += width)
                    {
                        output.Text(p.Text.Substring(i, Math.Min(width, p.Text.Length - i)));
                    }

                    break;
                case TableBlock t:
                    new TableWriter(t, random, mishaps, output, width).Write();
                    break;
            }
        }

        return output.ToString();
    }

    /// <summary>One row with figures: its label cut into the lines it is printed on, and its figures' line(s).</summary>
    private sealed class PreparedRow
    {
        public List<string> Pieces { get; } = [];

        /// <summary>The figure lines of the row (one, two where a long row wrapped, plus a stray page number's line).</summary>
        public List<List<string>> Lines { get; } = [];

        /// <summary>A stray figure glued to the label (“…合法权益12 0 0 …”).</summary>
        public bool GlueFirst { get; set; }

        public int Columns { get; set; }
    }

    private sealed partial class TableWriter(TableBlock table, Random random, Mishaps mishaps, PrintedLines output, int width)
    {
        private static readonly string[] Spacers = [" ", "  ", "   "];

        public void Write()
        {
            output.StartTable();
            var figures = table.Rows.Select(r => r.Where(c => c.IsFigure).Select(c => c.Text).ToList()).ToList();
            if (mishaps.FloatCells && table.Key == "proactive")
            {
                foreach (var line in FloatCells(figures))
                {
                    output.Text(line);
                }
            }

            var run = new List<(IReadOnlyList<PrintedCell> Row, List<string> Figures)>();
            for (var r = 0; r < table.Rows.Count; r++)
            {
                if (table.Rows[r].Any(c => c.IsFigure))
                {
                    run.Add((table.Rows[r], figures[r]));
                    continue;
                }

                Run(run);
                run.Clear();
                output.Header([.. table.Rows[r].Select(c => c.Text)]);
            }

            Run(run);
            output.EndTable();
        }

        /// <summary>Cells of table 二 with a note below them, moved above the table; the rows lose them.</summary>
        private List<string> FloatCells(List<List<string>> figures)
        {
            var candidates = Enumerable.Range(0, figures.Count).Where(r => figures[r].Count == 3)
                .SelectMany(r => Enumerable.Range(0, 3).Where(c => int.TryParse(figures[r][c], CultureInfo.InvariantCulture, out var v) && v > 0).Select(c => (r, c)))
                .ToList();
            var lines = new List<string>();
            var taken = new HashSet<int>();
            var count = random.Next(10) < 7 ? 1 : 2;
            foreach (var (r, c) in candidates.OrderBy(_ => random.Next()).Where(x => taken.Add(x.r)).Take(count).OrderBy(x => x.r))
            {
                var value = int.Parse(figures[r][c], CultureInfo.InvariantCulture);
                var text = $"{value}（其中修订 {random.Next(0, value + 1)} 件）";
                var cuts = Enumerable.Range(1, text.Length - 1).Where(b => !(char.IsAsciiDigit(text[b - 1]) && char.IsAsciiDigit(text[b]))).ToList();
                var cut = cuts[random.Next(cuts.Count)];
                lines.Add(text[..cut].TrimEnd());
                lines.Add(text[cut..].TrimStart());
                figures[r].RemoveAt(c);
            }

            return lines;
        }

        private void Run(List<(IReadOnlyList<PrintedCell> Row, List<string> Figures)> run)
        {
            if (run.Count == 0)
            {
                return;
            }

            var rows = run.Select(x => Prepare(x.Row, x.Figures)).ToList();
            Groups(run, rows);
            Merge(rows);
        }

        private PreparedRow Prepare(IReadOnlyList<PrintedCell> row, List<string> figures)
        {
            var prepared = new PreparedRow { Columns = figures.Count };
            var labels = row.Where(c => !c.IsFigure).ToList();
            if (labels.Count > 0)
            {
                prepared.Pieces.AddRange(Cut(labels[^1].Text, mishaps.WrapLabels ? random.Next(1, 4) : 1));
            }

            var tokens = new List<string>(figures);
            var loneStray = false;
            if (random.NextDouble() < mishaps.Strays)
            {
                var stray = random.Next(1, 100).ToString(CultureInfo.InvariantCulture);
                switch (random.Next(3))
                {
                    case 0:
                        tokens.Insert(0, stray);
                        prepared.GlueFirst = labels.Count > 0 && random.Next(2) == 0;
                        break;
                    case 1:
                        tokens.Add(stray);
                        break;
                    default:
                        loneStray = true;
                        prepared.Lines.Add([stray]);
                        break;
                }
            }

            var joined = string.Join(" ", tokens);
            if (!mishaps.Markdown && tokens.Count > 3 && joined.Length > width && random.Next(2) == 0)
            {
                var cut = random.Next(1, tokens.Count);
                prepared.Lines.Add(tokens[..cut]);
                prepared.Lines.Add(tokens[cut..]);
            }
            else
            {
                prepared.Lines.Add(tokens);
            }

            if (loneStray && random.Next(2) == 0)
            {
                // The page number's line after the figures, or between a wrapped row's two lines.
                var line = prepared.Lines[0];
                prepared.Lines.RemoveAt(0);
                prepared.Lines.Insert(random.Next(prepared.Lines.Count + 1), line);
            }

            return prepared;
        }

        /// <summary>
        /// Row-spanning group labels: beside their first row, or (glued) cut into pieces stuck to the front
        /// of the label lines of their rows, from a random line on, inner groups before outer ones.
        /// </summary>
        private void Groups(List<(IReadOnlyList<PrintedCell> Row, List<string> Figures)> run, List<PreparedRow> rows)
        {
            var groups = new List<(string Text, int First, int Span)>();
            for (var r = 0; r < run.Count; r++)
            {
                var labels = run[r].Row.Where(c => !c.IsFigure).ToList();
                groups.AddRange(labels.Take(labels.Count - 1).Select(g => (g.Text, r, Math.Min(g.RowSpan, run.Count - r))));
            }

            foreach (var (text, first, span) in groups.OrderBy(g => g.Span))
            {
                if (!mishaps.GlueGroups)
                {
                    rows[first].Pieces[0] = text + Spacers[random.Next(Spacers.Length)] + rows[first].Pieces[0];
                    continue;
                }

                var lines = Enumerable.Range(first, span).SelectMany(r => rows[r].Pieces.Select((_, p) => (r, p))).ToList();
                var pieces = Cut(text, Math.Min(lines.Count, random.Next(1, 4)));
                var start = random.Next(lines.Count - pieces.Count + 1);
                for (var j = 0; j < pieces.Count; j++)
                {
                    var (r, p) = lines[start + j];
                    rows[r].Pieces[p] = pieces[j] + (random.Next(2) == 0 ? "" : " ") + rows[r].Pieces[p];
                }
            }
        }

        /// <summary>A label cut into <paramref name="pieces"/> at random points after its numbering (“2.”, “（三）”, “一、”).</summary>
        private List<string> Cut(string label, int pieces)
        {
            var numbering = label.TakeWhile(c => !IsIdeograph(c) || "一二三四五六七".Contains(c, StringComparison.Ordinal)).Count();
            var cuts = Enumerable.Range(numbering + 1, Math.Max(0, label.Length - numbering - 1)).OrderBy(_ => random.Next()).Take(pieces - 1).Order().ToList();
            var result = new List<string>();
            var from = 0;
            foreach (var cut in cuts.Append(label.Length))
            {
                result.Add(label[from..cut]);
                from = cut;
            }

            return result;
        }

        private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';
    }
}
