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

    /// <summary>The tsquery of the phrases: <c>'城管' &lt;-&gt; '管局' &amp; '2024':*</c>.</summary>
    public string TsQuery()
    {
        var text = new StringBuilder();
        foreach (var phrase in Phrases)
        {
            if (text.Length > 0)
            {
                text.Append(" & ");
            }

            text.Append('(');
            for (var i = 0; i < phrase.Tokens.Count; i++)
            {
                text.Append(i > 0 ? " <-> " : "").Append('\'').Append(phrase.Tokens[i]).Append('\'');
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
