using System.Text;

namespace Gongkai.Application.Catalog.Search;

/// <summary>One group of the query (words the user typed together): tokens that must follow each other, the last perhaps a prefix.</summary>
public sealed record SearchPhrase(IReadOnlyList<string> Tokens, bool LastIsPrefix);

/// <summary>
/// A query as the index understands it, built from any string: normalised like the documents, cut to
/// <see cref="MaxLength"/> characters, split at spaces into phrases (all must match), each a chain of the
/// document tokenizer's tokens. A group's last Han run gives its bigrams only (the document may go on after
/// it); a last single character or word is a prefix. Nothing of the user's string reaches an engine except
/// these tokens, which are letters and digits only.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxLength = 100;
    public const int MaxTokens = 32;

    private SearchQuery(IReadOnlyList<SearchPhrase> phrases, IReadOnlyList<string> terms)
    {
        Phrases = phrases;
        JoinedPhrases = phrases.Select(Join).ToList();
        Terms = terms;
    }

    public IReadOnlyList<SearchPhrase> Phrases { get; }

    /// <summary>The query's runs as typed (normalised), for highlighting.</summary>
    public IReadOnlyList<string> Terms { get; }

    public bool IsEmpty => Phrases.Count == 0;

    public static SearchQuery Parse(string? text)
    {
        var raw = text ?? "";
        raw = raw.Length > MaxLength * 2 ? raw[..(MaxLength * 2)] : raw;
        var phrases = new List<SearchPhrase>();
        var terms = new List<string>();
        var total = 0;
        foreach (var part in raw.Split((char[])[' ', '\t', '\n', '\r', '\u3000'], StringSplitOptions.RemoveEmptyEntries))
        {
            var runs = SearchTokens.Runs(part);
            var tokens = new List<string>();
            var prefix = false;
            for (var r = 0; r < runs.Count; r++)
            {
                var (han, chars) = runs[r];
                var last = r == runs.Count - 1;
                terms.Add(string.Concat(chars));
                if (!han)
                {
                    tokens.Add(SearchTokens.Word(chars));
                    prefix = last;
                }
                else if (chars.Count == 1)
                {
                    tokens.Add(chars[0]);
                    prefix = last;
                }
                else
                {
                    for (var i = 0; i + 1 < chars.Count; i++)
                    {
                        tokens.Add(chars[i] + chars[i + 1]);
                    }

                    if (!last)
                    {
                        tokens.Add(chars[^1]);
                    }

                    prefix = false;
                }
            }

            if (tokens.Count == 0 || total + tokens.Count > MaxTokens)
            {
                continue;
            }

            total += tokens.Count;
            phrases.Add(new SearchPhrase(tokens, prefix));
        }

        return new SearchQuery(phrases, terms.Where(t => t.Length > 0).Distinct().ToList());
    }

    /// <summary>The FTS5 expression of the phrases, ANDed: <c>"城管 管局" AND "2024"*</c>.</summary>
    public string Fts5() => string.Join(" AND ", Phrases.Select(p => "\"" + string.Join(' ', p.Tokens) + "\"" + (p.LastIsPrefix ? "*" : "")));

    /// <summary>
    /// The phrases with their joined lexemes (PostgreSQL's query, SQLite's <c>joins</c> column): a word and a Han run
    /// side by side as their joined lexeme (<see cref="SearchTokens.Joined"/>) in place of the first; a last prefix
    /// the pair's joined lexeme holds whole (<c>2024年</c>: the word and any token beginning with 年) or begins
    /// (<c>发2024</c>) goes into it. The same documents match: a joined lexeme stands where both tokens stand, at the
    /// first one's position.
    /// </summary>
    /// <remarks>Made once with the query: every statement of a search, and its plan, read them.</remarks>
    public IReadOnlyList<SearchPhrase> JoinedPhrases { get; }

    private static SearchPhrase Join(SearchPhrase phrase)
    {
        var tokens = phrase.Tokens;
        var joined = new List<string>();
        var prefix = phrase.LastIsPrefix;
        for (var i = 0; i < tokens.Count; i++)
        {
            var pair = i + 1 < tokens.Count ? SearchTokens.Joined(tokens[i], tokens[i + 1]) : null;
            joined.Add(pair ?? tokens[i]);
            if (pair is not null && i + 2 == tokens.Count && phrase.LastIsPrefix)
            {
                // The last prefix: a single Han character is the joined lexeme's whole tail; a word its beginning.
                prefix = !SearchTokens.IsHan(System.Text.Rune.GetRuneAt(tokens[i + 1], 0).Value);
                break;
            }
        }

        return new SearchPhrase(joined, prefix);
    }

    /// <summary>
    /// The tsquery of the joined phrases: <c>'城管' &lt;-&gt; '管局' &amp; '2024年' &amp; 'x':*</c>; without
    /// <paramref name="positions"/> every lexeme is ANDed (what the index answers without reading a row).
    /// </summary>
    public string TsQuery(bool positions = true)
    {
        var text = new StringBuilder();
        foreach (var phrase in JoinedPhrases)
        {
            if (text.Length > 0)
            {
                text.Append(" & ");
            }

            text.Append('(');
            for (var i = 0; i < phrase.Tokens.Count; i++)
            {
                text.Append(i == 0 ? "" : positions ? " <-> " : " & ").Append('\'').Append(phrase.Tokens[i]).Append('\'');
                if (i == phrase.Tokens.Count - 1 && phrase.LastIsPrefix)
                {
                    text.Append(":*");
                }
            }

            text.Append(')');
        }

        return text.ToString();
    }
}
