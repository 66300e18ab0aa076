namespace Gongkai.Reading.Text;

/// <summary>Character classes of the normalised stream (<see cref="NormalText.Norm"/>).</summary>
internal static class CharClass
{
    /// <summary>Cell separator: '|' of pipe text and Markdown, a tab, or a table cell boundary of HTML/DOCX.</summary>
    public const char Sep = '\u001F';

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>Characters that can belong to a printed figure besides digits.</summary>
    public static bool IsNumberPunct(char c) => c is '.' or ',' or '+' or '-' or '/' or '%';

    public static bool IsNumberChar(char c) => IsDigit(c) || IsNumberPunct(c);

    /// <summary>Space, line break or cell separator: boundaries, never content.</summary>
    public static bool IsNeutral(char c) => c is ' ' or '\n' or Sep;

    /// <summary>Chinese ideographs (incl. 〇), ASCII letters and digits: what label matching compares.</summary>
    public static bool IsWordChar(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or '〇'
            or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    /// <summary>Marks printed where a caption could not be rendered or decoded.</summary>
    public static bool IsUnreadableMark(char c) => c is '?' or '\uFFFD' or '□' or '■';

    public static readonly System.Buffers.SearchValues<char> UnreadableMarks = System.Buffers.SearchValues.Create("?\uFFFD□■");

    /// <summary>
    /// Width and dash normalisation, one character for one so that <see cref="NormalText.Norm"/> and
    /// <see cref="NormalText.Simplified"/> stay aligned: full-width ASCII → ASCII, every dash → '-',
    /// the separators of tables → <see cref="Sep"/>, odd spaces → ' '.
    /// </summary>
    public static char Normalise(char c) => c switch
    {
        '|' or '\t' or '\uFF5C' => Sep,
        '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\u202F' or '\f' or '\v' => ' ',
        '\u2014' or '\u2013' or '\u2015' or '\u2010' or '\u2011' or '\u2012' or '\u2212' or '\uFE63' or '\uFF0D' => '-',
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        _ => c,
    };
}
