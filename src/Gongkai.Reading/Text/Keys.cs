using System.Text;

namespace Gongkai.Reading.Text;

/// <summary>
/// The two comparison forms of a piece of text. <see cref="Light"/> drops only spaces and separators (so a
/// misplaced bracket still shows: “第二十条第(一项)”); <see cref="Heavy"/> keeps only ideographs, letters and
/// digits (so abbreviations, quotes and bracket styles do not matter: “危及三安全一稳定”).
/// </summary>
internal static class Keys
{
    public static string Light(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var n = CharClass.Normalise(c);
            if (!CharClass.IsNeutral(n) && n != '\r')
            {
                builder.Append(n);
            }
        }

        return builder.ToString();
    }

    public static string Heavy(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var n = CharClass.Normalise(c);
            if (CharClass.IsWordChar(n))
            {
                builder.Append(n);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The matching key of a template label: its heavy form without the numbering (“一、”, “（一）”, “1.”),
    /// which reports vary or drop and which run-together text glues to the previous figures.
    /// </summary>
    public static string LabelKey(string label) => Heavy(StripNumbering(label));

    /// <summary>The Arabic item number of a label such as “2.其他法律行政法规禁止公开”, else null.</summary>
    public static int? ArabicNumber(string label)
    {
        var i = 0;
        while (i < label.Length && CharClass.IsDigit(label[i]))
        {
            i++;
        }

        return i > 0 && i < label.Length && label[i] is '.' or '、' or '．'
            ? int.Parse(label.AsSpan(0, i), System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    private static ReadOnlySpan<char> StripNumbering(string label)
    {
        var span = label.AsSpan().Trim();
        if (span.Length > 0 && span[0] is '（' or '(')
        {
            var close = span.IndexOfAny('）', ')');
            return close > 0 && close <= 4 ? span[(close + 1)..] : span;
        }

        var i = 0;
        while (i < span.Length && (CharClass.IsDigit(span[i]) || IsChineseNumeral(span[i])))
        {
            i++;
        }

        return i > 0 && i < span.Length && span[i] is '、' or '.' or '．' ? span[(i + 1)..] : span;
    }

    public static bool IsChineseNumeral(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十';
}
