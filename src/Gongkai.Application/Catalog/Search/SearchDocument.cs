using Gongkai.Application.Catalog.Items;
using Gongkai.Domain.Catalog;

namespace Gongkai.Application.Catalog.Search;

/// <summary>
/// What the index holds of one public item: its fields' tokens (名称, 文号, 关键词, 内容概述, 正文) at their
/// positions, capped the same way for both databases, its facets, and the key it sorts by (newest first).
/// </summary>
public sealed record SearchDocument(int ItemId, long SortKey, int AgencyId, int Year, string? Category, bool InForce, IReadOnlyList<IReadOnlyList<string>> Fields)
{
    public static readonly IReadOnlyList<string> FieldNames = ["title", "docno", "keywords", "summary", "body"];

    /// <summary>The document of an item's public version (its body is stored sanitised, so the parser-free text reading serves).</summary>
    public static SearchDocument For(CatalogItem item, CatalogItemVersion version)
    {
        var content = version.Content;
        var published = content.PublishedOn ?? content.WrittenOn;
        var raw = new[] { content.Title, content.DocumentNo, content.Keywords, content.Summary, BodyText.Of(content.BodyHtml) }
            .Select(SearchTokens.Document).ToList();
        return new SearchDocument(item.Id, SortKeyOf(published, item.Id), item.AgencyId, published.Year, content.Category, version.InForce, Cap(raw));
    }

    /// <summary>Newest publication first, then the higher id: one number, so an index can be read in order.</summary>
    public static long SortKeyOf(DateOnly published, int itemId) => ((long)published.DayNumber << 32) | (uint)itemId;

    public static int ItemIdOf(long sortKey) => (int)(sortKey & 0xFFFFFFFF);

    /// <summary>
    /// The joined lexemes of all fields (<see cref="SearchTokens.Joined"/>), once each: SQLite keeps them in a column of
    /// their own, a condition every phrase holding such a pair implies, so a phrase of common tokens (<c>基7发</c>) is
    /// checked only where its rare pairs are.
    /// </summary>
    public string Joins => string.Join(' ', Fields
        .SelectMany(f => f.Zip(f.Skip(1), SearchTokens.Joined))
        .OfType<string>().Distinct(StringComparer.Ordinal));

    /// <summary>The facet tokens the SQLite index filters by.</summary>
    public string Facets => string.Join(' ', new[]
    {
        SearchTokens.Facet('a', AgencyId), SearchTokens.Facet('y', Year), InForce ? "v1" : "v0",
    }.Concat(Category is null ? [] : [SearchTokens.Facet('c', Category)]));

    /// <summary>
    /// The same cut on both databases: positions (with the gaps between fields) end at <see cref="SearchTokens.MaxPositions"/>,
    /// and a token's occurrences past <see cref="SearchTokens.MaxPositionsPerToken"/> become a placeholder that matches nothing.
    /// </summary>
    private static List<IReadOnlyList<string>> Cap(List<List<string>> fields)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var capped = new List<IReadOnlyList<string>>();
        var position = 0;
        foreach (var field in fields)
        {
            var kept = new List<string>();
            foreach (var token in field)
            {
                if (position >= SearchTokens.MaxPositions)
                {
                    break;
                }

                var seen = counts[token] = counts.GetValueOrDefault(token) + 1;
                kept.Add(seen > SearchTokens.MaxPositionsPerToken ? SearchTokens.Placeholder : token);
                position++;
            }

            capped.Add(kept);
            position += SearchTokens.FieldGap;
        }

        return capped;
    }
}
