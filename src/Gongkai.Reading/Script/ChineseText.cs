namespace Gongkai.Reading.Script;

/// <summary>
/// The platform's one normaliser of Chinese text, shared by 年报体检 and the catalog's search so that
/// both see 處罰 as 处罚 and ＡＢＣ１２３ as ABC123:
/// <list type="bullet">
/// <item><see cref="ToSimplified"/>: Traditional → Simplified, phrase-aware through OpenCC (Debian's
/// libopencc.so.1.1 with t2s.json) where installed, else character by character from a built-in table.</item>
/// <item><see cref="NormaliseWidth"/>: full-width ASCII → ASCII, odd spaces → ' ', every dash → '-',
/// one character for one (offsets stay valid).</item>
/// <item><see cref="ForSearch"/>: both, plus lower-case ASCII: what a search index and its queries store.</item>
/// </list>
/// Thread-safe; use <see cref="Default"/>.
/// </summary>
public sealed class ChineseText
{
    private readonly IScriptConverter _script;

    private ChineseText(IScriptConverter script) => _script = script;

    /// <summary>OpenCC where installed, else the built-in table.</summary>
    public static ChineseText Default { get; } = new(ChineseScript.Converter);

    /// <summary>The built-in table alone (what a machine without OpenCC gets), for comparisons in tests.</summary>
    public static ChineseText TableOnly { get; } = new(TableConverter.Instance);

    /// <summary>True where Traditional text goes through OpenCC rather than the built-in table.</summary>
    public bool UsesOpenCc => _script.IsOpenCc;

    /// <summary>True where the text holds a character that is Traditional only.</summary>
    public static bool HasTraditional(string text) => CharacterTable.HasTraditional(text);

    public string ToSimplified(string text) => CharacterTable.HasTraditional(text) ? _script.ToSimplified(text) : text;

    public static char NormaliseWidth(char c) => c switch
    {
        '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\u202F' or '\f' or '\v' => ' ',
        '\u2014' or '\u2013' or '\u2015' or '\u2010' or '\u2011' or '\u2012' or '\u2212' or '\uFE63' or '\uFF0D' => '-',
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        _ => c,
    };

    /// <summary>Simplified, half-width, lower-case ASCII: documents and queries alike, so that they meet.</summary>
    public string ForSearch(string text)
    {
        var simplified = ToSimplified(text);
        return string.Create(simplified.Length, simplified, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = NormaliseWidth(source[i]);
                span[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
        });
    }

    internal IScriptConverter Converter => _script;
}
