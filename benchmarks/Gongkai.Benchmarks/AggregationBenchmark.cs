using System.Data.Common;
using BenchmarkDotNet.Attributes;
using Gongkai.Application.Accounts;
using Gongkai.Application.AnnualReports;
using Gongkai.Application.Data;
using Gongkai.Application.Demo;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
using Gongkai.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gongkai.Benchmarks;

/// <summary>
/// Target: sum 1,000 department reports into their government's report in under 500 ms on PostgreSQL.
/// A fresh database holds 基准市人民政府 with 1,000 departments, each with a 2021 report (half published,
/// half submitted for review; random valid figures and the demo's narrative text). Each operation is one
/// unit of work as a web request has it: a new DI scope and DbContext, then
/// <see cref="ReportAggregation.ComputeAsync"/>. Baselines on the same connection: a raw SQL SELECT of just
/// the 1,000 FiguresJson strings, and EF loading the 1,000 report entities without doing anything with them;
/// and, without any database, the domain's part alone (read, check and sum the same 1,000 JSON strings).
/// PostgreSQL runs when GONGKAI_BENCH_PG names a server (e.g. Host=127.0.0.1;Port=5499;Username=postgres):
/// a database gongkai_bench_PID is created there and dropped afterwards. SQLite always runs, on a temp file.
/// </summary>
[MemoryDiagnoser]
public class AggregationBenchmark
{
    public const int Departments = 1000;
    public const int Year = 2021;
    public const string PostgresVariable = "GONGKAI_BENCH_PG";

    private const string RawSql = """
        SELECT r."FiguresJson" FROM "AnnualReports" r JOIN "Agencies" a ON a."Id" = r."AgencyId"
        WHERE a."ParentId" = @government AND r."Year" = @year AND r."Status" <> 'Superseded'
        """;

    private ServiceProvider? _services;
    private ServiceProvider Services => _services ?? throw new InvalidOperationException("not set up");
    private int _government;
    private List<string> _figuresJson = [];
    private string? _sqliteDirectory;
    private string? _postgresDatabase;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "";

    public static IEnumerable<string> Providers()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)))
        {
            yield return "Postgres";
        }

        yield return "Sqlite";
    }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        try
        {
            await PrepareAsync();
        }
        catch
        {
            // BenchmarkDotNet skips the cleanup when the setup fails; do not leave a database behind.
            await CleanupAsync();
            throw;
        }
    }

    private async Task PrepareAsync()
    {
        _services = BenchmarkDatabases.Services(Provider, await CreateDatabaseAsync());
        await DatabaseInitializer.InitializeAsync(_services);
        _government = await SeedAsync();

        _figuresJson = await ReadFiguresJsonAsync();
        var check = await Aggregate();
        if (check.Parts.Count(p => p.Included) != Departments || await RawRows() != Departments || await EfRows() != Departments)
        {
            throw new InvalidOperationException($"the seed is wrong: {check.Parts.Count(p => p.Included)} reports included");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var server = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresVariable));
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }

        if (_sqliteDirectory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteDirectory, recursive: true);
        }
    }

    /// <summary>Raw SQL on the DbContext's own connection: read the 1,000 FiguresJson strings, nothing else.</summary>
    [Benchmark(Baseline = true, Description = "SQL: SELECT FiguresJson")]
    public async Task<int> RawRows()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = RawSql;
        AddParameter(command, "government", _government);
        AddParameter(command, "year", Year);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        var characters = 0L;
        while (await reader.ReadAsync())
        {
            characters += reader.GetString(0).Length;
            rows++;
        }

        return characters > 0 ? rows : -1;
    }

    /// <summary>
    /// EF loads the same reports as entities (no tracking) with the aggregation's own query (the children's
    /// ids as a list parameter) and stops there.
    /// </summary>
    [Benchmark(Description = "EF: load report entities")]
    public async Task<int> EfRows()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var ids = await db.Agencies.AsNoTracking().Where(a => a.ParentId == _government).Select(a => a.Id).ToListAsync();
        var reports = await db.AnnualReports.AsNoTracking()
            .Where(r => r.Year == Year && ids.Contains(r.AgencyId) && r.Status != ReportStatus.Superseded)
            .ToListAsync();
        return reports.Count;
    }

    /// <summary>The domain's share of the aggregation, without a database: read each report's JSON, check it, sum them all, check the sum.</summary>
    [Benchmark(Description = "In memory: read + check + sum")]
    public int InMemory()
    {
        var parts = new List<ReportFigures>(_figuresJson.Count);
        var errors = 0;
        foreach (var json in _figuresJson)
        {
            var figures = ReportJsonReader.Read(json);
            errors += ReportChecker.Check(figures).CountOf(FindingSeverity.Error);
            parts.Add(figures);
        }

        var sum = ReportAggregator.Sum(Year, "基准市人民政府", parts);
        return errors + ReportChecker.Check(sum, new CheckOptions(FlagBlanks: false)).Count;
    }

    [Benchmark(Description = "ReportAggregation.ComputeAsync")]
    public async Task<AggregationResult> Aggregate()
    {
        await using var scope = Services.CreateAsyncScope();
        var aggregation = scope.ServiceProvider.GetRequiredService<ReportAggregation>();
        return await aggregation.ComputeAsync(StaffContext.System("benchmark"), _government, Year);
    }

    private async Task<List<string>> ReadFiguresJsonAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var children = db.Agencies.Where(a => a.ParentId == _government).Select(a => a.Id);
        return await db.AnnualReports.Where(r => r.Year == Year && children.Contains(r.AgencyId)).Select(r => r.FiguresJson).ToListAsync();
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private async Task<string> CreateDatabaseAsync()
    {
        if (Provider == "Postgres")
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable)
                ?? throw new InvalidOperationException($"{PostgresVariable} is not set");
            _postgresDatabase = $"gongkai_bench_{Environment.ProcessId}";
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection))
            {
                await drop.ExecuteNonQueryAsync();
            }

            await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{_postgresDatabase}\"", connection))
            {
                await create.ExecuteNonQueryAsync();
            }

            return new NpgsqlConnectionStringBuilder(server) { Database = _postgresDatabase }.ConnectionString;
        }

        _sqliteDirectory = Path.Combine(Path.GetTempPath(), $"gongkai-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(_sqliteDirectory);
        return $"Data Source={Path.Combine(_sqliteDirectory, "gongkai.db")}";
    }

    /// <summary>The government, its 1,000 departments and their reports, inserted through the domain methods in two SaveChanges.</summary>
    private async Task<int> SeedAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var government = new Agency("基准市人民政府", AgencyKind.Government);
        db.Agencies.Add(government);
        await db.SaveChangesAsync();

        var departments = Enumerable.Range(1, Departments)
            .Select(i => new Agency($"基准市第{i:0000}局", AgencyKind.Department, government.Id)).ToList();
        db.Agencies.AddRange(departments);
        await db.SaveChangesAsync();

        var random = new Random(Reports.Seed);
        var narrative = DemoSeeder.SampleNarrative();
        var at = new DateTimeOffset(2022, 1, 10, 1, 0, 0, TimeSpan.Zero);
        foreach (var (department, i) in departments.Select((d, i) => (d, i)))
        {
            var report = AnnualReport.Create(department.Id, RandomReports.Valid(random, Year, department.Name), narrative, "benchmark", at);
            report.Submit("benchmark", at);
            if (i % 2 == 0)
            {
                report.Publish("benchmark", at, ReportChecker.Check(report.Figures), reason: null);
            }

            db.AnnualReports.Add(report);
        }

        await db.SaveChangesAsync();
        return government.Id;
    }
}
