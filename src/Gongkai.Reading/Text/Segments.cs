namespace Gongkai.Reading.Text;

internal enum SegmentKind : byte { Text, Value }

/// <summary>A stretch of <see cref="NormalText.Norm"/>: words, or figures with the spaces and separators around them.</summary>
internal readonly record struct Segment(SegmentKind Kind, int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>The heavy form of a text segment and, for each of its characters, the offset in the stream.</summary>
internal sealed class HeavyText(string value, int[] offsets)
{
    public string Value { get; } = value;

    public int OffsetOf(int index) => offsets[Math.Clamp(index, 0, offsets.Length - 1)];

    /// <summary>The stream offset just after the heavy character at <paramref name="index"/>.</summary>
    public int EndOffsetOf(int index) => offsets[index] + 1;

    public static HeavyText Of(string norm, int start, int end)
    {
        var chars = new char[end - start];
        var offsets = new int[end - start];
        var n = 0;
        for (var i = start; i < end; i++)
        {
            if (CharClass.IsWordChar(norm[i]))
            {
                chars[n] = norm[i];
                offsets[n] = i;
                n++;
            }
        }

        return new HeavyText(new string(chars, 0, n), n == offsets.Length ? offsets : offsets[..n]);
    }
}
