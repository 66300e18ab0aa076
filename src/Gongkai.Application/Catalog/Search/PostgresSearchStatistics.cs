using System.Collections.Concurrent;
using Gongkai.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog.Search;

/// <summary>
/// What PostgreSQL's own statistics (<c>pg_stats</c>, kept by ANALYZE) say about the search table: how many rows,
/// the share of rows holding each of the most common lexemes of the titles and of all fields, and the newest
/// publication day. Read at most every few minutes per database; only the choice of statements depends on it,
/// never the results (ADR 0021).
/// </summary>
public sealed record PostgresSearchStatistics(double Rows, LexemeShares Titles, LexemeShares All, int? OldestDay, int? NewestDay, double Agencies, double Years)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
    private static readonly ConcurrentDictionary<string, (DateTimeOffset At, PostgresSearchStatistics Statistics)> Cache = new(StringComparer.Ordinal);

    public static readonly PostgresSearchStatistics None = new(0, LexemeShares.Unknown, LexemeShares.Unknown, null, null, 1, 1);

    public static async Task<PostgresSearchStatistics> GetAsync(GongkaiDbContext db, TimeProvider clock, CancellationToken cancel)
    {
        var key = db.Database.GetConnectionString() ?? "";
        var now = clock.GetUtcNow();
        if (Cache.TryGetValue(key, out var cached) && now - cached.At < MaxAge)
        {
            return cached.Statistics;
        }

        var statistics = await ReadAsync(db, cancel);
        Cache[key] = (now, statistics);
        return statistics;
    }

    /// <summary>Forgets what was read (tests that ANALYZE and want the new figures at once).</summary>
    public static void Forget() => Cache.Clear();

    private static async Task<PostgresSearchStatistics> ReadAsync(GongkaiDbContext db, CancellationToken cancel)
    {
        await db.Database.OpenConnectionAsync(cancel);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText =
                """
                SELECT s.attname::text, s.most_common_elems::text::text[], s.most_common_elem_freqs,
                       CASE WHEN s.attname = 'Day' THEN s.histogram_bounds::text::int[] END, CASE WHEN s.attname = 'Day' THEN s.most_common_vals::text::int[] END,
                       c.reltuples::float8, s.n_distinct::float8
                FROM pg_stats s JOIN pg_class c ON c.relname = s.tablename AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = s.schemaname)
                WHERE s.tablename = 'CatalogSearch' AND s.schemaname = current_schema() AND s.attname IN ('TitleTsv', 'AllTsv', 'Day', 'AgencyId', 'Year')
                """;
            var rows = 0d;
            var titles = LexemeShares.Unknown;
            var all = LexemeShares.Unknown;
            int? oldest = null;
            int? newest = null;
            double agencies = 1, years = 1;
            await using var reader = await command.ExecuteReaderAsync(cancel);
            while (await reader.ReadAsync(cancel))
            {
                rows = reader.GetDouble(5);
                switch (reader.GetString(0))
                {
                    case "TitleTsv" when !reader.IsDBNull(1):
                        titles = LexemeShares.Of(reader.GetFieldValue<string[]>(1), reader.GetFieldValue<float[]>(2));
                        break;
                    case "AllTsv" when !reader.IsDBNull(1):
                        all = LexemeShares.Of(reader.GetFieldValue<string[]>(1), reader.GetFieldValue<float[]>(2));
                        break;
                    case "Day":
                        var days = (reader.IsDBNull(3) ? [] : reader.GetFieldValue<int[]>(3)).Concat(reader.IsDBNull(4) ? [] : reader.GetFieldValue<int[]>(4)).ToList();
                        (oldest, newest) = days.Count > 0 ? (days.Min(), days.Max()) : ((int?)null, (int?)null);
                        break;
                    case "AgencyId":
                        agencies = Distinct(reader.GetDouble(6), rows);
                        break;
                    case "Year":
                        years = Distinct(reader.GetDouble(6), rows);
                        break;
                }
            }

            return new PostgresSearchStatistics(rows, titles, all, oldest, newest, agencies, years);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>pg_stats' n_distinct: a count, or (negative) a share of the rows.</summary>
    private static double Distinct(double distinct, double rows) => Math.Max(1, distinct < 0 ? -distinct * rows : distinct);

    /// <summary>
    /// Whether the statistics list any whole token of the query, or cannot tell (unknown statistics, prefixes alone):
    /// a query of unlisted tokens only is rarer than the rarest listed.
    /// </summary>
    public bool Lists(LexemeShares shares, SearchQuery query) =>
        shares.Floor is null || WholeTokens(query) is var whole && (whole.Count == 0 || whole.Any(shares.Shares.ContainsKey));

    private static List<string> WholeTokens(SearchQuery query) => query.JoinedPhrases.SelectMany(Whole).ToList();

    private static List<string> Whole(SearchPhrase phrase) => (phrase.LastIsPrefix ? phrase.Tokens.Take(phrase.Tokens.Count - 1) : phrase.Tokens).ToList();

    /// <summary>
    /// About how many rows hold the query (its prefixes aside) in the column: a phrase holds as many rows as its
    /// rarest token at most (its bigrams go together), and phrases typed apart are taken as independent, their
    /// shares multiplied (PostgreSQL's own planner assumes as much). A token the statistics do not list is rarer
    /// than the rarest they list. Null: unknown.
    /// </summary>
    public double? Candidates(LexemeShares shares, SearchQuery query, SearchFilters filters)
    {
        if (shares.Floor is null || Rows <= 0)
        {
            return null;
        }

        var phrases = query.JoinedPhrases.Select(Whole).Where(tokens => tokens.Count > 0).ToList();
        if (phrases.Count == 0)
        {
            return null;
        }

        // An agency or a year holds its share of the rows (on average: an estimate, and only the plan depends on it).
        var share = (filters.AgencyId is null ? 1 : 1 / Agencies) * (filters.Year is null ? 1 : 1 / Years);
        return Rows * share * phrases.Aggregate(1d, (product, tokens) => product * tokens.Min(t => shares.Shares.TryGetValue(t, out var s) ? s : shares.Floor.Value));
    }
}

/// <summary>The most common lexemes of a tsvector column with the share of rows holding each, and the smallest share listed.</summary>
public sealed record LexemeShares(IReadOnlyDictionary<string, double> Shares, double? Floor)
{
    public static readonly LexemeShares Unknown = new(new Dictionary<string, double>(), null);

    /// <summary>pg_stats lists the elements' frequencies, then the minimum, the maximum and the share of nulls.</summary>
    public static LexemeShares Of(string[] elements, float[] frequencies)
    {
        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < elements.Length && i < frequencies.Length; i++)
        {
            shares[elements[i]] = frequencies[i];
        }

        return new LexemeShares(shares, frequencies.Length > elements.Length ? frequencies[elements.Length] : null);
    }
}
