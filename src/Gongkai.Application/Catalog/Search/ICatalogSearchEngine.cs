namespace Gongkai.Application.Catalog.Search;

/// <summary>Which public items a search returns, beside its words: all must hold.</summary>
public sealed record SearchFilters(int? AgencyId = null, int? Year = null, string? Category = null, bool? InForce = null);

/// <summary>Matches in the title (ranked first), the others, or all of them.</summary>
public enum SearchTier { Title, Rest, All }

/// <summary>The newest matches in the title and the newest of all matches, each up to its cap, newest first.</summary>
public sealed record EngineMatches(IReadOnlyList<int> Titled, IReadOnlyList<int> All);

/// <summary>
/// How many of each list a search asks for: title matches as far as the page needs them (they come first), all
/// matches as far as the count needs them. A title tier asked for 1,001 rows needs days of titles a page of 20 does not.
/// </summary>
public sealed record SearchCaps(int Titles, int All)
{
    public static SearchCaps Both(int cap) => new(cap, cap);
}

/// <summary>
/// The index of public items in the database: SQLite FTS5 or PostgreSQL tsvector/GIN, holding the tokens of
/// <see cref="SearchTokens"/> so that both return the same items in the same order (newest first within a tier).
/// Writes join the caller's transaction.
/// </summary>
public interface ICatalogSearchEngine
{
    /// <summary>Creates the index where it is missing or of an older layout; true when it was made anew, empty, and must be rebuilt from the catalog.</summary>
    Task<bool> EnsureSchemaAsync(CancellationToken cancel);

    /// <summary>Records that the index made anew holds the whole catalog (until then every start rebuilds it).</summary>
    Task RebuiltAsync(CancellationToken cancel);

    /// <summary>
    /// Puts the index's rows in publication order where the engine reads them by row (PostgreSQL: a window's rows
    /// then lie on a few pages, not one page each); false where there is nothing to do (FTS5 keeps them by sort key).
    /// Locks the index while it runs: minutes at a million items.
    /// </summary>
    Task<bool> OrderByDayAsync(CancellationToken cancel);

    Task IndexAsync(SearchDocument document, CancellationToken cancel);

    Task RemoveAsync(int itemId, CancellationToken cancel);

    /// <summary>
    /// What a page of results needs: the newest title matches and the newest matches of all (which also count them),
    /// each up to its cap.
    /// </summary>
    Task<EngineMatches> FindAsync(SearchQuery query, SearchFilters filters, SearchCaps caps, CancellationToken cancel);

    /// <summary>The statements <see cref="FindAsync"/> runs through <see cref="EngineStatements.RunAsync"/> (the benchmarks replay them bare).</summary>
    Task<IReadOnlyList<EngineStatement>> PlanAsync(SearchQuery query, SearchFilters filters, SearchCaps caps, CancellationToken cancel);

    /// <summary>Item ids of one tier, newest first.</summary>
    Task<IReadOnlyList<int>> MatchAsync(SearchQuery query, SearchFilters filters, SearchTier tier, int offset, int limit, CancellationToken cancel);
}
