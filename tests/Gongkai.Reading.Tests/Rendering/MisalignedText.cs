using System.Globalization;
using System.Text;

namespace Gongkai.Reading.Tests.Rendering;

/// <summary>
/// Text or Markdown as a converter leaves a PDF whose table cells it could not line up (issue 10 §1).
/// Each printed line holds a piece of a label, a row of figures, or both: the label column and the figure
/// columns come out as two streams merged with drift (<see cref="Mishaps"/>). Figure rows keep their order,
/// as they do on the page; which label a figure row ends up beside does not.
/// </summary>
internal static class MisalignedText
{
    public static string Render(List<Block> blocks, Random random, Mishaps mishaps)
    {
        var output = new Output(random, mishaps);
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

    private sealed class TableWriter(TableBlock table, Random random, Mishaps mishaps, Output output, int width)
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

        /// <summary>The label column and the figure rows merged: in step, or drifting apart by single rows or by blocks.</summary>
        private void Merge(List<PreparedRow> rows)
        {
            var n = rows.Count;
            var drift = Math.Max(1, mishaps.MaxDrift);
            int i = 0, k = 0;
            while (i < n || k < n)
            {
                if (i == n)
                {
                    FiguresAlone(rows[k++]);
                }
                else if (k == n)
                {
                    LabelAlone(rows[i++]);
                }
                else if (mishaps.Float > 0 && random.NextDouble() < mishaps.Float)
                {
                    if (mishaps.Blocks && i == k)
                    {
                        var size = Math.Min(random.Next(1, drift + 1), n - i);
                        var figuresFirst = random.Next(2) == 0;
                        for (var b = 0; b < size; b++)
                        {
                            if (figuresFirst)
                            {
                                FiguresAlone(rows[k++]);
                            }
                            else
                            {
                                LabelAlone(rows[i++]);
                            }
                        }

                        for (var b = 0; b < size; b++)
                        {
                            if (figuresFirst)
                            {
                                LabelAlone(rows[i++]);
                            }
                            else
                            {
                                FiguresAlone(rows[k++]);
                            }
                        }
                    }
                    else if (i - k < drift && (k - i >= drift || random.Next(2) == 0))
                    {
                        LabelAlone(rows[i++]);
                    }
                    else if (k - i < drift)
                    {
                        FiguresAlone(rows[k++]);
                    }
                    else
                    {
                        Pair(rows[i++], rows[k++]);
                    }
                }
                else
                {
                    Pair(rows[i++], rows[k++]);
                }
            }
        }

        /// <summary>A row's label pieces with a figure row (its own, or another's where they drifted) inline with one piece or between them.</summary>
        private void Pair(PreparedRow label, PreparedRow figures)
        {
            var pieces = label.Pieces;
            int at;
            bool inline;
            if (mishaps.Float == 0 && !mishaps.WrapLabels)
            {
                at = 0;
                inline = pieces.Count > 0;
            }
            else
            {
                at = random.Next(pieces.Count + 1);
                inline = at < pieces.Count && random.Next(3) != 0;
            }

            for (var j = 0; j < at; j++)
            {
                output.Row(pieces[j], null, figures.Columns);
            }

            if (inline)
            {
                output.Row(pieces[at], figures.Lines[0], figures.Columns, figures.GlueFirst);
                at++;
            }
            else
            {
                output.Row("", figures.Lines[0], figures.Columns);
            }

            foreach (var line in figures.Lines.Skip(1))
            {
                output.Row("", line, figures.Columns);
            }

            for (var j = at; j < pieces.Count; j++)
            {
                output.Row(pieces[j], null, figures.Columns);
            }
        }

        private void LabelAlone(PreparedRow row)
        {
            foreach (var piece in row.Pieces)
            {
                output.Row(piece, null, row.Columns);
            }
        }

        private void FiguresAlone(PreparedRow row)
        {
            foreach (var line in row.Lines)
            {
                output.Row("", line, row.Columns);
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

    /// <summary>The printed lines, in spaced text or Markdown, with page footers dropped in.</summary>
    private sealed class Output(Random random, Mishaps mishaps)
    {
        private readonly StringBuilder _text = new();
        private bool _tableOpen;
        private bool _delimiterDue;
        private int _page = 1;

        public void Text(string line) => Line(line);

        public void StartTable()
        {
            _tableOpen = true;
            _delimiterDue = mishaps.Markdown;
        }

        public void EndTable() => _tableOpen = false;

        public void Header(IReadOnlyList<string> cells) =>
            Line(mishaps.Markdown ? $"| {string.Join(" | ", cells)} |" : string.Join(Spacer(), cells), cells.Count);

        /// <param name="figures">null for a line with a label piece only.</param>
        public void Row(string label, IReadOnlyList<string>? figures, int columns, bool glueFirst = false)
        {
            if (mishaps.Markdown)
            {
                var cells = new List<string> { label };
                cells.AddRange(figures ?? []);
                while (cells.Count < columns + 1)
                {
                    cells.Add("");
                }

                Line($"| {string.Join(" | ", cells)} |", cells.Count);
                return;
            }

            var spacer = Spacer();
            if (figures is null)
            {
                Line(label);
            }
            else if (label.Length == 0)
            {
                Line(string.Join(spacer, figures));
            }
            else
            {
                Line(label + (glueFirst ? "" : spacer) + string.Join(spacer, figures));
            }
        }

        public override string ToString() => _text.ToString();

        private string Spacer() => new(' ', random.Next(1, 4));

        private void Line(string line, int cells = 0)
        {
            _text.Append(line).Append('\n');
            if (_delimiterDue && cells > 0)
            {
                _text.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", cells))).Append('\n');
                _delimiterDue = false;
            }

            if (mishaps.Footers && random.Next(25) == 0)
            {
                _page++;
                var footer = random.Next(4) switch
                {
                    0 => $"— {_page} —",
                    1 => $"-{_page}-",
                    2 => $"- {_page} -",
                    _ => $"第 {_page} 页",
                };
                _text.Append(mishaps.Markdown && _tableOpen && random.Next(2) == 0 ? $"| {footer} | | |" : footer).Append('\n');
            }
        }
    }
}
