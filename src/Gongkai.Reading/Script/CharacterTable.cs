namespace Gongkai.Reading.Script;

/// <summary>
/// Traditional → Simplified by single characters: the first candidate of every entry of OpenCC's
/// TSCharacters dictionary (Apache-2.0, exported with opencc_dict) whose both sides are in the BMP.
/// It serves two purposes: a cheap test whether a text holds Traditional characters at all (most
/// reports do not, and then OpenCC is not called), and the fallback where libopencc is missing. The
/// table covers every character of the template labels and headings, so figures read without OpenCC;
/// only phrase-level niceties of the narrative are lost.
/// </summary>
internal static class CharacterTable
{
    private static readonly char[] Map = Load();

    /// <summary>True where the text holds at least one character the table would change.</summary>
    public static bool HasTraditional(ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
        {
            if (Map[ch] != '\0')
            {
                return true;
            }
        }

        return false;
    }

    public static string Convert(string text)
    {
        if (!HasTraditional(text))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var mapped = Map[source[i]];
                span[i] = mapped == '\0' ? source[i] : mapped;
            }
        });
    }

    private static char[] Load()
    {
        var map = new char[char.MaxValue + 1];
        using var stream = typeof(CharacterTable).Assembly.GetManifestResourceStream("Gongkai.Reading.Script.t2s-characters.txt")
            ?? throw new InvalidOperationException("内置繁简字表缺失（t2s-characters.txt 未嵌入程序集）");
        using var reader = new StreamReader(stream);
        var pairs = reader.ReadToEnd().Trim();
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            map[pairs[i]] = pairs[i + 1];
        }

        return map;
    }
}
