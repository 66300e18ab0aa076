using Gongkai.Reading.Solving;
using Gongkai.Reading.Text;

namespace Gongkai.Reading.Tables;

/// <summary>Small readings of the figures' stretch of the stream: cells trimmed, quoted, compacted, or prepared for the splitter.</summary>
internal static class PrintedFigures
{
    /// <summary>The characters to split, with a forced cut after each unit (万元, 件) and a likely cut at each space.</summary>
    internal static SplitInput SplitInputOf(string norm, List<(int Start, int End)> tokens, bool optionalLastDigit)
    {
        // A token may hold spaces before its unit of money (“343.98 万元”): they are not characters to split.
        var length = tokens.Sum(t => t.End - t.Start - norm.AsSpan(t.Start, t.End - t.Start).Count(' '));
        var chars = new char[length];
        var offsets = new int[length];
        var hard = new bool[length + 1];
        var soft = new bool[length + 1];
        var n = 0;
        foreach (var (start, end) in tokens)
        {
            soft[n] = n > 0;
            for (var i = start; i < end; i++)
            {
                if (norm[i] == ' ')
                {
                    continue;
                }

                if (n > 0 && IsUnitChar(chars[n - 1]) && !IsUnitChar(norm[i]))
                {
                    hard[n] = true;
                }

                chars[n] = norm[i];
                offsets[n] = i;
                n++;
            }
        }

        return new SplitInput(new string(chars), offsets, hard, soft, optionalLastDigit);
    }

    /// <summary>The figures between two offsets, split at spaces and line breaks (a unit of money after a space stays with its figure).</summary>
    internal static List<(int Start, int End)> SpacedTokens(string norm, int from, int to)
    {
        var tokens = new List<(int Start, int End)>();
        var i = from;
        while (i < to)
        {
            if (CharClass.IsNeutral(norm[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < to && !CharClass.IsNeutral(norm[i]))
            {
                i++;
            }

            // “343.98 万元”: the unit after a space is the figure's, not a cell of its own.
            if (tokens.Count > 0 && SegmentedText.SpacedMoneyUnitLength(norm, tokens[^1].End) == i - tokens[^1].End)
            {
                tokens[^1] = (tokens[^1].Start, i);
            }
            else
            {
                tokens.Add((start, i));
            }
        }

        return tokens;
    }

    /// <summary>The cells between two offsets split at separators, trimmed, from the first filled one to the last (blank ones between kept).</summary>
    internal static List<(int Start, int End)> Cells(string norm, int from, int to)
    {
        var cells = new List<(int Start, int End)>();
        var start = from;
        for (var i = from; i <= to; i++)
        {
            if (i == to || norm[i] == CharClass.Sep)
            {
                cells.Add(Trim(norm, start, i));
                start = i + 1;
            }
        }

        var first = cells.FindIndex(c => c.Start != c.End);
        return first < 0 ? [] : cells.GetRange(first, cells.FindLastIndex(c => c.Start != c.End) - first + 1);
    }

    /// <summary>The spaces between a cell's figure and its unit of money at the cell's end (“343.98 万元”), or 0.</summary>
    internal static int SpacesBeforeUnit(string norm, int start, int end)
    {
        var digits = end;
        while (digits > start && IsUnitChar(norm[digits - 1]))
        {
            digits--;
        }

        var spaces = digits;
        while (spaces > start && norm[spaces - 1] == ' ')
        {
            spaces--;
        }

        return spaces > start && SegmentedText.SpacedMoneyUnitLength(norm, spaces) == end - spaces ? digits - spaces : 0;
    }

    internal static bool IsUnitChar(char c) => c is '万' or '亿' or '元' or '件' or '个' or '项' or '次' or '条';

    internal static (int, int) Trim(string norm, int start, int end)
    {
        while (start < end && CharClass.IsNeutral(norm[start]))
        {
            start++;
        }

        while (end > start && CharClass.IsNeutral(norm[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>The figures as printed for messages: spaces and line breaks as one space, separators as “|”.</summary>
    internal static string Printed(string norm, int start, int end)
    {
        var builder = new System.Text.StringBuilder(end - start);
        foreach (var c in norm.AsSpan(start, end - start))
        {
            var shown = c == CharClass.Sep ? '|' : CharClass.IsNeutral(c) ? ' ' : c;
            if (shown != ' ' || (builder.Length > 0 && builder[^1] != ' '))
            {
                builder.Append(shown);
            }
        }

        return builder.ToString().Trim(' ', '|');
    }

    internal static string Compact(string norm, int start, int end)
    {
        var span = norm.AsSpan(start, end - start);
        Span<char> buffer = span.Length <= 256 ? stackalloc char[span.Length] : new char[span.Length];
        var n = 0;
        foreach (var c in span)
        {
            if (!CharClass.IsNeutral(c))
            {
                buffer[n++] = c;
            }
        }

        return new string(buffer[..n]);
    }
}
