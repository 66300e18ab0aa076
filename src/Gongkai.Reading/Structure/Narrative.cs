using System.Text;
using Gongkai.Reading.Text;

namespace Gongkai.Reading.Structure;

/// <summary>Cuts sections 一, 五 and 六 out of the text (Simplified), each up to the next heading found.</summary>
internal static class Narrative
{
    public static ReportText Extract(NormalText text, HeadingPlace?[] headings)
    {
        return new ReportText(Section(text, headings, 0), Section(text, headings, 4), Section(text, headings, 5));
    }

    private static string Section(NormalText text, HeadingPlace?[] headings, int section)
    {
        if (headings[section] is not { } heading)
        {
            return "";
        }

        var end = text.Simplified.Length;
        foreach (var other in headings)
        {
            if (other is { } h && h.Start >= heading.End && h.Start < end)
            {
                end = h.Start;
            }
        }

        return Tidy(text.Simplified.AsSpan(heading.End, end - heading.End));
    }

    /// <summary>Cells become spaces, lines are trimmed, blank lines dropped.</summary>
    private static string Tidy(ReadOnlySpan<char> section)
    {
        var builder = new StringBuilder(section.Length);
        foreach (var range in section.Split('\n'))
        {
            var line = section[range].Trim().Trim(CharClass.Sep).Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            foreach (var c in line)
            {
                builder.Append(c is CharClass.Sep or '|' ? ' ' : c);
            }

            builder.Append('\n');
        }

        return builder.ToString().TrimEnd('\n');
    }
}
