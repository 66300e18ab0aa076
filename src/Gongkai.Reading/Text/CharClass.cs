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
    public static char Normalise(char c) => c is '|' or '\t' or '\uFF5C' ? Sep : Script.ChineseText.NormaliseWidth(c);
}
