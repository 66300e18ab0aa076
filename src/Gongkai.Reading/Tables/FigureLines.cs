using Gongkai.Reading.Text;

namespace Gongkai.Reading.Tables;

/// <summary>
/// The figures that end one printed line of a table: a row's figures, or part of a row that wrapped.
/// Tokens are cells (text with separators; blank cells between filled ones kept) or figures split by
/// spaces. <see cref="Labelled"/>: words stand before the figures on the same line; <see cref="Words"/>
/// are they (heavy form, from the line's start), or "".
/// </summary>
internal sealed record FigureLine(int Start, int End, List<(int Start, int End)> Tokens, bool Labelled, string Words = "")
{
    public int Count => Tokens.Count;
}

/// <summary>The figure lines of a table, and the cells of table 二 printed alone with a note (floated away from their rows).</summary>
internal sealed record TableLines(List<FigureLine> Lines, List<(int Start, int End)> Floated);

/// <summary>
/// Finds the figure lines between two offsets. Figures followed by words on their line are no cells (an
/// item number “2.” before its label, a figure in a sentence); a figure alone on its line with a note
/// after it (“12” then “（其中修订 5 件）”) is a cell of table 二 that floated away from its row.
/// </summary>
internal static class FigureLines
{
    /// <param name="tableStart">Where the table itself begins (its first caption or header): figure lines before it are prose; only floated cells are looked for there.</param>
    public static TableLines In(SegmentedText text, int from, int to, int tableStart)
    {
        var lines = new List<FigureLine>();
        var floated = new List<(int, int)>();
        var norm = text.Norm;
        for (var seg = text.SegmentAt(from); seg < text.Segments.Count; seg++)
        {
            var segment = text.Segments[seg];
            if (segment.Start >= to)
            {
                break;
            }

            if (segment.Kind != SegmentKind.Value)
            {
                continue;
            }

            var start = Math.Max(segment.Start, from);
            var end = Math.Min(segment.End, to);
            var first = start == segment.Start && seg > 0;
            while (start < end)
            {
                var newline = norm.IndexOf('\n', start, end - start);
                var partEnd = newline < 0 ? end : newline;
                // The segment's last part ends where the next words begin: on the same line, unless at the end.
                if (newline >= 0 || segment.End == norm.Length)
                {
                    Add(text, start, partEnd, first ? WordsBefore(text, seg - 1) : null, start >= tableStart ? lines : null, floated);
                }

                first = false;
                start = partEnd + 1;
            }
        }

        return new TableLines(lines, floated);
    }

    /// <summary>The words of a text segment on its last line (heavy form): what stands before a figure line's figures.</summary>
    private static string WordsBefore(SegmentedText text, int segment)
    {
        var words = text.Segments[segment];
        var lineStart = text.Norm.LastIndexOf('\n', words.End - 1, words.End - words.Start) + 1;
        return Keys.Heavy(text.Norm.AsSpan(Math.Max(lineStart, words.Start), words.End - Math.Max(lineStart, words.Start)));
    }

    /// <param name="words">The words before the figures on their line, or null where none stand there.</param>
    private static void Add(SegmentedText text, int start, int end, string? words, List<FigureLine>? lines, List<(int, int)> floated)
    {
        var labelled = words is not null;
        var norm = text.Norm;
        var tokens = norm.AsSpan(start, end - start).Contains(CharClass.Sep)
            ? PrintedFigures.Cells(norm, start, end)
            : PrintedFigures.SpacedTokens(norm, start, end);
        if (tokens.Count == 0)
        {
            return;
        }

        if (!labelled && tokens.Count == 1 && text.Text.NoteFollows(tokens[0].End))
        {
            floated.Add(tokens[0]);
            return;
        }

        lines?.Add(new FigureLine(tokens[0].Start, tokens[^1].End, tokens, labelled, words ?? ""));
    }
}
