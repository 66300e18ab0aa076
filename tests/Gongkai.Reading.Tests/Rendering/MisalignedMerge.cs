namespace Gongkai.Reading.Tests.Rendering;

/// <summary>How the label column and the figure rows of a table come out merged (see <see cref="MisalignedText"/>).</summary>
internal static partial class MisalignedText
{
    private sealed partial class TableWriter
    {
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
    }
}
