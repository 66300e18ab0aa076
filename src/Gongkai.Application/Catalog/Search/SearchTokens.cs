using System.Globalization;
using System.Text;
using Gongkai.Reading.Script;

namespace Gongkai.Application.Catalog.Search;

/// <summary>
/// The one tokenizer of the catalog's search (ADR: catalog search). Text is normalised with
/// <see cref="ChineseText.ForSearch"/> (繁→简, full-width → half-width, lower case), then every run of Han
/// (and kana, hangul) characters becomes its overlapping bigrams plus its last character alone, and every run
/// of other letters and digits one word. So a 2-character word is one token, any longer phrase a chain of
/// bigrams, and a single character is found as a prefix. Both databases index exactly these tokens at exactly
/// these positions; neither segments anything itself.
/// </summary>
public static class SearchTokens
{
    /// <summary>Where a token's occurrences beyond this stop counting (PostgreSQL keeps 256 positions a lexeme).</summary>
    public const int MaxPositionsPerToken = 256;

    /// <summary>How many positions a document indexes, gaps included (PostgreSQL's positions end at 16,383).</summary>
    public const int MaxPositions = 15_000;

    /// <summary>Positions between two fields, so no phrase spans them.</summary>
    public const int FieldGap = 2;

    /// <summary>Stands for an occurrence past <see cref="MaxPositionsPerToken"/>: a private-use character no query can contain.</summary>
    public const string Placeholder = "\uE000";

    private const int MaxWord = 64;

    public static bool IsHan(int rune) => rune is >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF
        or >= 0x20000 and <= 0x323AF or >= 0x3040 and <= 0x30FF or >= 0xAC00 and <= 0xD7AF or 0x3007;

    /// <summary>The runs of one text: (is Han, the run's characters), in order.</summary>
    public static List<(bool Han, List<string> Chars)> Runs(string text)
    {
        var runs = new List<(bool Han, List<string> Chars)>();
        foreach (var rune in ChineseText.Default.ForSearch(text).EnumerateRunes())
        {
            var han = IsHan(rune.Value);
            if (!han && !Rune.IsLetterOrDigit(rune))
            {
                runs.Add((false, []));
                continue;
            }

            if (runs.Count == 0 || runs[^1].Han != han || runs[^1].Chars.Count == 0)
            {
                runs.Add((han, []));
            }

            runs[^1].Chars.Add(han ? rune.ToString() : Rune.ToLowerInvariant(rune).ToString());
        }

        return runs.Where(r => r.Chars.Count > 0).ToList();
    }

    /// <summary>A document's tokens for one field, in order.</summary>
    public static List<string> Document(string? text)
    {
        var tokens = new List<string>();
        foreach (var (han, chars) in Runs(text ?? ""))
        {
            if (han)
            {
                for (var i = 0; i + 1 < chars.Count; i++)
                {
                    tokens.Add(chars[i] + chars[i + 1]);
                }

                tokens.Add(chars[^1]);
            }
            else
            {
                tokens.Add(Word(chars));
            }
        }

        return tokens;
    }

    /// <summary>
    /// Where a word and a Han run meet (<c>2024年</c>, <c>发〔2024〕</c>: adjacent tokens, one Han, one not), the lexeme
    /// also indexed (PostgreSQL: at the first one's position; SQLite: in a column of its own): the word with the run's
    /// first character, or the run's last character with the word. It names the pair exactly, so a query holding it
    /// reads its few rows, not the common tokens' (ADR 0022); letters and Han mixed, it is no token's text. Null: no pair.
    /// </summary>
    public static string? Joined(string token, string next)
    {
        if (token == Placeholder || next == Placeholder || token.Length == 0 || next.Length == 0)
        {
            return null;
        }

        var first = Rune.GetRuneAt(token, 0);
        var following = Rune.GetRuneAt(next, 0);
        return (IsHan(first.Value), IsHan(following.Value)) switch
        {
            (false, true) => token + following,
            (true, false) when token.Length == first.Utf16SequenceLength => token + next,
            _ => null,
        };
    }

    /// <summary>Whether a lexeme is a joined one: Han at one end, not at the other (no token is).</summary>
    public static bool IsJoined(string lexeme)
    {
        var runes = lexeme.EnumerateRunes().ToList();
        return runes.Count > 1 && IsHan(runes[0].Value) != IsHan(runes[^1].Value);
    }

    internal static string Word(List<string> chars)
    {
        var word = string.Concat(chars);
        return word.Length <= MaxWord ? word : word[..MaxWord];
    }

    /// <summary>A facet as a token: letters and digits only, whatever the value (<c>c</c> + a hash of a category).</summary>
    public static string Facet(char kind, string value) =>
        kind + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(value.Trim())))[..12];

    public static string Facet(char kind, int value) => kind + value.ToString(CultureInfo.InvariantCulture);
}
