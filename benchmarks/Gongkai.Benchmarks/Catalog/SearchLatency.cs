using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Gongkai.Application.Accounts;
using Gongkai.Application.Catalog.Import;
using Gongkai.Application.Catalog.Search;
using Gongkai.Application.Data;
using Gongkai.Domain.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Benchmarks.Catalog;

/// <summary>
/// <c>catalog-search N [AGENCIES]</c>: the portal's search over a generated catalog of N items (default
/// 100,000) in AGENCIES agencies (default N / 500, at most 2,000), on SQLite (a temp file) and, when
/// GONGKAI_BENCH_PG names a server, on PostgreSQL. For each query of a fixed mix (2-, 3- and 4-character
/// words, two words, 文号, Traditional, a word of bodies never in titles, a prefix, a word found nowhere, with and without filters) it times <see cref="CatalogSearch.SearchAsync"/>
/// (first page of 20 with its total and highlights, a new scope per call as a request has) and, in the same
/// run and interleaved, the bare engine statements the search issues (<see cref="ICatalogSearchEngine.PlanAsync"/>:
/// title matches up to the page's 20 and all matches up to 1,001, through ADO.NET, the same statements run as the engine runs them), and for reference the plainest engine
/// query (all matches, LIMIT 20). Prints p50/p95/p99 of each and the ratio of the p95s. Percentiles need every
/// call's time, which BenchmarkDotNet does not give, hence this runner.
/// </summary>
public static class SearchLatency
{
    private static readonly (string Query, bool Agency, bool Year)[] Mix =
    [
        ("城管", false, false), ("处罚", false, false), ("占道", true, false), ("绿化", false, true), ("清雪除冰", false, false),
        ("户外广告", true, false), ("违法建设 处罚", false, false), ("園林綠化", false, false), ("噪声", false, false), ("基7发", false, false),
        ("燃气安全", false, true), ("市容环境卫生", false, false), ("管理", false, false), ("通知", true, true),
        ("依法", false, false), ("2024年", false, false), ("量子", false, false),
    ];

    /// <summary>Set to keep the generated catalog (<see cref="BenchmarkDatabases.KeptAsync"/>) and measure it again on the next run without generating it.</summary>
    public const string KeepVariable = "GONGKAI_BENCH_KEEP";

    public static async Task<int> RunAsync(int items, int? agencies, int rounds)
    {
        var agencyCount = Math.Clamp(agencies ?? items / 500, 1, 2000);
        var keep = Environment.GetEnvironmentVariable(KeepVariable) is { Length: > 0 };
        foreach (var provider in BenchmarkDatabases.Providers())
        {
            var (connection, cleanup) = keep
                ? (await BenchmarkDatabases.KeptAsync(provider, $"search-{items}-{agencyCount}"), () => Task.CompletedTask)
                : await BenchmarkDatabases.CreateAsync(provider, "search-bench");
            try
            {
                await using var services = BenchmarkDatabases.Services(provider, connection);
                await DatabaseInitializer.InitializeAsync(services);
                var ids = await KeptAgenciesAsync(services, items, agencyCount) ?? await GenerateAsync(services, items, agencyCount);
                await MeasureAsync(services, provider, items, agencyCount, ids, rounds);
            }
            finally
            {
                await cleanup();
            }
        }

        return 0;
    }

    /// <summary>The agencies of a catalog a previous run generated in full, or null (an empty database).</summary>
    private static async Task<List<int>?> KeptAgenciesAsync(ServiceProvider services, int items, int agencyCount)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var count = await db.CatalogItems.CountAsync();
        if (count == 0)
        {
            return null;
        }

        if (count != items)
        {
            throw new InvalidOperationException($"The kept database holds {count:N0} items, not {items:N0}: a generation was cut short; remove it and run again.");
        }

        var ids = await db.Agencies.Where(a => a.Name.StartsWith("基准市第")).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kept catalog: {items:N0} items in {ids.Count:N0} agencies"));
        return ids.Count == agencyCount ? ids : throw new InvalidOperationException("The kept database has other agencies.");
    }

    private static async Task<List<int>> GenerateAsync(ServiceProvider services, int items, int agencyCount)
    {
        var started = Stopwatch.GetTimestamp();
        var ids = new List<int>();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var government = new Agency("基准市人民政府", AgencyKind.Government);
            db.Agencies.Add(government);
            await db.SaveChangesAsync();
            var departments = Enumerable.Range(1, agencyCount).Select(i => new Agency($"基准市第{i}局", AgencyKind.Department, government.Id)).ToList();
            db.Agencies.AddRange(departments);
            await db.SaveChangesAsync();
            ids.AddRange(departments.Select(d => d.Id));
        }

        var random = new Random(20261130);
        var done = 0;
        for (var a = 0; a < agencyCount; a++)
        {
            var count = items / agencyCount + (a < items % agencyCount ? 1 : 0);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CatalogImport>().ImportAsync(StaffContext.System(), $"基准市第{a + 1}局", "corpus.csv", CatalogCorpus.AgencyCsv(random, a + 1, count));
            done += count;
            Progress(done, items, started);
        }

        Console.Error.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {items:N0} items in {agencyCount:N0} agencies in {Stopwatch.GetElapsedTime(started).TotalSeconds:0} s"));

        // Imported agency by agency, the search rows lie in no order of day; a live catalog's arrive as published, and
        // after a migration the operations guide runs `gongkai catalog search-order`: the same step here.
        var ordering = Stopwatch.GetTimestamp();
        await using (var scope = services.CreateAsyncScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<ICatalogSearchEngine>().OrderByDayAsync(default))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"search rows put in publication order in {Stopwatch.GetElapsedTime(ordering).TotalSeconds:0} s"));
            }
        }

        return ids;
    }

    private static void Progress(int done, int total, long started)
    {
        const int Width = 30;
        var filled = (int)((long)done * Width / total);
        Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('-', Width - filled)}] {done:N0}/{total:N0}  {Stopwatch.GetElapsedTime(started).TotalSeconds:0} s"));
    }

    /// <summary>One statement through ADO.NET, nothing else: the bare engine query.</summary>
    private static async Task<IReadOnlyList<EngineRow>> ReadAsync(DbConnection connection, EngineStatement statement)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = string.Format(CultureInfo.InvariantCulture, statement.Sql, statement.Parameters.Select((_, i) => (object)$"@p{i}").ToArray());
        for (var i = 0; i < statement.Parameters.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"p{i}";
            parameter.Value = statement.Parameters[i];
            command.Parameters.Add(parameter);
        }

        var rows = new List<EngineRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new EngineRow { Key = reader.GetInt64(0), Title = reader.GetInt32(1) });
        }

        return rows;
    }

    private static async Task MeasureAsync(ServiceProvider services, string provider, int items, int agencyCount, List<int> agencyIds, int rounds)
    {
        var random = new Random(7);
        var cases = Mix.Select(m => (m.Query, Filters: new SearchFilters(m.Agency ? agencyIds[random.Next(agencyIds.Count)] : null, m.Year ? 2019 + random.Next(8) : null))).ToList();
        var search = new List<double>();
        var bare = new List<double>();
        var slowest = new Dictionary<string, (double Search, double Bare)>();
        var hits = 0L;
        var plain = new List<double>();
        for (var round = -2; round < rounds; round++)
        {
            foreach (var (query, filters) in cases)
            {
                var t0 = Stopwatch.GetTimestamp();
                await using (var scope = services.CreateAsyncScope())
                {
                    var page = await scope.ServiceProvider.GetRequiredService<CatalogSearch>().SearchAsync(query, filters, 1, 20);
                    hits += page.Hits.Count;
                }

                var t1 = Stopwatch.GetTimestamp();
                await using (var scope = services.CreateAsyncScope())
                {
                    var engine = scope.ServiceProvider.GetRequiredService<ICatalogSearchEngine>();
                    var caps = CatalogSearch.CapsFor(0, 20);
                    var statements = await engine.PlanAsync(SearchQuery.Parse(query), filters, caps, default);
                    var connection = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Database.GetDbConnection();
                    await connection.OpenAsync();
                    var found = await EngineStatements.RunAsync(statements, caps, s => ReadAsync(connection, s));
                    hits += found.All.Count;
                }

                var t2 = Stopwatch.GetTimestamp();
                // For reference: the plainest engine query there is (all matches, newest 20, no title tier, no count).
                await using (var scope = services.CreateAsyncScope())
                {
                    var engine = scope.ServiceProvider.GetRequiredService<ICatalogSearchEngine>();
                    var p0 = Stopwatch.GetTimestamp();
                    await engine.MatchAsync(SearchQuery.Parse(query), filters, SearchTier.All, 0, 20, default);
                    if (round >= 0)
                    {
                        plain.Add(Stopwatch.GetElapsedTime(p0).TotalMilliseconds);
                    }
                }

                if (round >= 0)
                {
                    search.Add(Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds);
                    bare.Add(Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds);
                    var label = query + (filters.AgencyId is null ? "" : " +机构") + (filters.Year is null ? "" : " +年份");
                    var (s0, b0) = slowest.GetValueOrDefault(label);
                    slowest[label] = (Math.Max(s0, search[^1]), Math.Max(b0, bare[^1]));
                }
            }
        }

        search.Sort();
        bare.Sort();
        static double P(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{provider}, {items:N0} items, {agencyCount:N0} agencies, {search.Count} searches ({Mix.Length} queries × {rounds} rounds; {hits:N0} rows read)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  search (CatalogSearch.SearchAsync, page 1 of 20 + total + highlights): p50 {P(search, 0.5):0.00} ms, p95 {P(search, 0.95):0.00} ms, p99 {P(search, 0.99):0.00} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  bare engine statements (PlanAsync: titles up to 20 + all up to 1,001, ADO.NET): p50 {P(bare, 0.5):0.00} ms, p95 {P(bare, 0.95):0.00} ms, p99 {P(bare, 0.99):0.00} ms"));
        plain.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  for reference, plain MATCH (all, LIMIT 20):                     p50 {P(plain, 0.5):0.00} ms, p95 {P(plain, 0.95):0.00} ms (search p95 / this: {P(search, 0.95) / P(plain, 0.95):0.00})"));
        Console.WriteLine("  slowest of each query, search / bare (ms): " + string.Join("; ", slowest.Select(q => string.Create(CultureInfo.InvariantCulture, $"{q.Key} {q.Value.Search:0.0}/{q.Value.Bare:0.0}"))));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ratio of p95s: {P(search, 0.95) / P(bare, 0.95):0.00} (target ≤ 1.5); p95 target < 50 ms, p99 < 200 ms"));
    }
}
