using System.Diagnostics;
using System.Globalization;
using Gongkai.Application.Data;
using Gongkai.Application.DisclosureApplications.Intake;
using Gongkai.Domain.DisclosureApplications;
using Gongkai.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gongkai.Benchmarks.DisclosureApplications;

/// <summary>
/// <c>intake-load [N] [CONNECTIONS]</c>: the public form's API (<c>POST /api/apply</c>) against the built Gongkai.Web
/// on Kestrel (Release, 127.0.0.1, a fresh database per provider), N submissions (default 2,000) as fast as the
/// connections allow, each with its idempotency key. Baseline in the same run, same client and connections:
/// N GETs of /healthz (one database round trip, no writes). Target: ≥ 200 submissions per second with 0 lost and
/// 0 duplicated (every acknowledged key stored once under the acknowledged number). Not BenchmarkDotNet: a
/// throughput run over a separate server process.
/// </summary>
internal static class IntakeThroughput
{
    public static async Task<int> RunAsync(int submissions, int connections)
    {
        var providers = new List<string> { "Sqlite" };
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(AggregationBenchmark.PostgresVariable)))
        {
            providers.Insert(0, "Postgres");
        }

        var failed = false;
        foreach (var provider in providers)
        {
            failed |= !await RunOneAsync(provider, submissions, connections);
        }

        return failed ? 1 : 0;
    }

    private static async Task<bool> RunOneAsync(string provider, int submissions, int connections)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"gongkai-intake-{Environment.ProcessId}-{provider}");
        Directory.CreateDirectory(directory);
        var connection = await DatabaseAsync(provider, directory);
        try
        {
            using var server = new WebServerProcess(WebServerProcess.BesideCaller(), new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Database__Provider"] = provider,
                ["ConnectionStrings__Default"] = connection,
                ["Gongkai__DataDirectory"] = directory,
                ["Gongkai__RateLimit__PublicPermitsPerMinute"] = "10000000",
                ["Logging__LogLevel__Default"] = "Warning",
            });
            await server.StartAsync(TimeSpan.FromMinutes(3));
            int agency;
            await using (var db = Context(provider, connection))
            {
                agency = await db.Agencies.Where(a => a.Name == Application.Demo.DemoSeeder.DemoDepartment).Select(a => a.Id).SingleAsync();
            }

            // Warm-up (JIT, pools) with its own keys, excluded from the counts below by their tracking numbers.
            await new IntakeLoad(server.BaseAddress, agency, connections).RunAsync(100, 0, TimeSpan.FromMinutes(2), seed: 99);
            var baseline = await HealthAsync(server.BaseAddress, submissions, connections);
            var cpuBefore = server.CpuTime;
            var result = await new IntakeLoad(server.BaseAddress, agency, connections).RunAsync(submissions, 0, TimeSpan.FromMinutes(10), seed: 1);
            var cpu = server.CpuTime - cpuBefore;

            await using var check = Context(provider, connection);
            var numbers = result.Acknowledged.Values.ToList();
            var stored = await check.Set<DisclosureApplication>().AsNoTracking().Where(a => numbers.Contains(a.TrackingNumber))
                .Select(a => new { a.IdempotencyKeyHash, a.TrackingNumber }).ToListAsync();
            var byKey = stored.GroupBy(a => a.IdempotencyKeyHash).ToDictionary(g => g.Key, g => g.Count());
            var lost = result.Acknowledged.Count(a => !byKey.ContainsKey(QueryCodes.Hash(a.Key)));
            var duplicated = byKey.Count(k => k.Value > 1);
            var perSecond = result.Acknowledged.Count / result.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{provider}: {result.Acknowledged.Count}/{result.Planned} submissions in {result.Elapsed.TotalSeconds:0.00} s = {perSecond:0} /s " +
                $"({result.Attempts} attempts, {result.Failures} retried; server CPU {cpu.TotalMilliseconds / submissions:0.00} ms each); " +
                $"baseline GET /healthz {baseline:0} /s; ratio {perSecond / baseline:0.00}; lost {lost}, duplicated {duplicated}, stored {stored.Count}"));
            return lost == 0 && duplicated == 0 && stored.Count == submissions && perSecond >= 200;
        }
        finally
        {
            if (provider == "Postgres")
            {
                NpgsqlConnection.ClearAllPools();
                var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(AggregationBenchmark.PostgresVariable)) { Database = "postgres" };
                await using var admin = new NpgsqlConnection(server.ConnectionString);
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(connection).Database}\" WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<double> HealthAsync(Uri server, int requests, int connections)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections };
        using var client = new HttpClient(handler) { BaseAddress = server };
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < requests)
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                response.EnsureSuccessStatusCode();
            }
        }));
        return requests / clock.Elapsed.TotalSeconds;
    }

    private static async Task<string> DatabaseAsync(string provider, string directory)
    {
        if (provider != "Postgres")
        {
            return $"Data Source={Path.Combine(directory, "gongkai.db")}";
        }

        var server = Environment.GetEnvironmentVariable(AggregationBenchmark.PostgresVariable)!;
        var name = $"gongkai_intake_{Environment.ProcessId}";
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    private static GongkaiDbContext Context(string provider, string connection)
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        new DatabaseSettings(Enum.Parse<DatabaseProvider>(provider), connection).Apply(options);
        return new GongkaiDbContext(options.Options);
    }
}
