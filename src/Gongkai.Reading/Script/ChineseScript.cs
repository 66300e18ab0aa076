namespace Gongkai.Reading.Script;

/// <summary>How Traditional text is brought to Simplified: OpenCC where installed, else the built-in table.</summary>
internal interface IScriptConverter
{
    /// <summary>True where phrase-level OpenCC is used.</summary>
    bool IsOpenCc { get; }

    string ToSimplified(string text);
}

/// <summary>OpenCC's t2s.json (phrase-aware: 乾隆 stays, 乾燥 → 干燥).</summary>
internal sealed class OpenCcConverter(OpenCcHandle handle) : IScriptConverter
{
    public bool IsOpenCc => true;

    public string ToSimplified(string text) => CharacterTable.HasTraditional(text) ? handle.Convert(text) : text;
}

/// <summary>
/// Character by character, from the built-in table, then the few template words whose Traditional
/// character is also a Simplified one and so needs the phrase (反覆 → 反复; 覆 alone stays, as in 覆盖).
/// </summary>
internal sealed class TableConverter : IScriptConverter
{
    public static readonly TableConverter Instance = new();

    private static readonly (string Traditional, string Simplified)[] Phrases = [("反覆", "反复")];

    public bool IsOpenCc => false;

    public string ToSimplified(string text)
    {
        var converted = CharacterTable.Convert(text);
        foreach (var (traditional, simplified) in Phrases)
        {
            converted = converted.Replace(traditional, simplified, StringComparison.Ordinal);
        }

        return converted;
    }
}

internal static class ChineseScript
{
    private static readonly Lazy<IScriptConverter> Default = new(() =>
        OpenCcHandle.TryOpen("t2s.json") is { } handle ? new OpenCcConverter(handle) : TableConverter.Instance);

    /// <summary>OpenCC when libopencc.so.1.1 and its t2s.json are installed, else the table.</summary>
    public static IScriptConverter Converter => Default.Value;
}
