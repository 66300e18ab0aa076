using System.Text;

namespace Gongkai.Reading.Script;

/// <summary>
/// Radical code points as the ideographs they stand for. Some PDF fonts map the glyphs of common
/// characters (一, 二, 人, 行, 民, 长…) to the radical blocks, so their text layer says “⼀、总体情况” or
/// “人⺠政府”. Kangxi radicals (U+2F00–U+2FD5) all have a compatibility mapping to their ideograph; of
/// the CJK Radicals Supplement only the forms that are whole characters are listed, by their Unicode
/// names (CIVILIAN 民, C-SIMPLIFIED LONG 长, …). One character for one, so offsets do not move.
/// </summary>
internal static class Radicals
{
    private const string Supplement = "⺟母⺠民⻄西⻅见⻆角⻉贝⻋车⻑長⻓长⻔门⻘青⻚页⻛风⻜飞⻢马⻥鱼⻦鸟⻨麦⻩黄⻬齐⻮齿⻰龙⻳龟";

    public static string ToIdeographs(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u2E80', '\u2FD5'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Ideograph(source[i]);
            }
        });
    }

    private static char Ideograph(char c)
    {
        if (c is >= '\u2F00' and <= '\u2FD5')
        {
            return c.ToString().Normalize(NormalizationForm.FormKC)[0];
        }

        if (c is >= '\u2E80' and <= '\u2EFF')
        {
            var at = Supplement.IndexOf(c, StringComparison.Ordinal);
            return at >= 0 && at % 2 == 0 ? Supplement[at + 1] : c;
        }

        return c;
    }
}
