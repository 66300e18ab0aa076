using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gongkai.Application.Accounts;
using Gongkai.Application.Catalog.Enforcement;
using Gongkai.Application.Data;
using Gongkai.Domain.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gongkai.Benchmarks.Catalog;

/// <summary>
/// <c>enforcement-import [N] [ROUNDS]</c>: N (100,000) generated register lines imported through the real path
/// (<see cref="EnforcementImport.ImportAsync"/>: CSV decoding and parsing, every line checked, the re-import
/// lookup, the bulk insert, the audit entry, the commit) into a fresh database — a SQLite file, and PostgreSQL
/// when GONGKAI_BENCH_PG names a server — beside a baseline in the same run: the same rows, already typed,
/// inserted by raw SQL of this runner's own (SQLite: multi-row INSERT of 100 rows per statement in one
/// transaction; PostgreSQL: one text-format COPY). Rounds alternate import and baseline, the table emptied before each.
/// </summary>
public static class EnforcementImportRun
{
    private const string Agency = "基准市综合行政执法局";

    public static async Task<int> RunAsync(int lines, int rounds)
    {
        var csv = Generate(new Random(20261130), lines);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"enforcement-import: {lines:N0} lines, {csv.Length / 1024.0 / 1024.0:0.0} MB of CSV, {rounds} rounds, {Environment.ProcessorCount} cores"));
        foreach (var provider in BenchmarkDatabases.Providers())
        {
            var (connection, cleanup) = await BenchmarkDatabases.CreateAsync(provider, "enforcement-bench");
            try
            {
                await using var services = BenchmarkDatabases.Services(provider, connection);
                await DatabaseInitializer.InitializeAsync(services);
                int agencyId;
                await using (var scope = services.CreateAsyncScope())
                {
                    var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
                    var agency = new Agency(Agency, AgencyKind.Department);
                    db.Agencies.Add(agency);
                    await db.SaveChangesAsync();
                    agencyId = agency.Id;
                }

                var typed = EnforcementImport.Check(Gongkai.Application.Catalog.Import.TableFile.Read("bench.csv", csv, EnforcementLines.Header), new DateOnly(2026, 11, 30));
                var imports = new List<double>();
                var baselines = new List<double>();
                for (var round = 0; round < rounds; round++)
                {
                    await EmptyAsync(services);
                    var t0 = Stopwatch.GetTimestamp();
                    await using (var scope = services.CreateAsyncScope())
                    {
                        var result = await scope.ServiceProvider.GetRequiredService<EnforcementImport>().ImportAsync(StaffContext.System(), Agency, "bench.csv", csv);
                        if (result.Added != lines)
                        {
                            throw new InvalidOperationException($"imported {result.Added} of {lines}");
                        }
                    }

                    imports.Add(Stopwatch.GetElapsedTime(t0).TotalSeconds);
                    await EmptyAsync(services);
                    var t1 = Stopwatch.GetTimestamp();
                    await BaselineAsync(services, provider, agencyId, typed);
                    baselines.Add(Stopwatch.GetElapsedTime(t1).TotalSeconds);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {provider} round {round + 1}: import {imports[^1]:0.00} s, baseline {baselines[^1]:0.00} s"));
                }

                var (import, baseline) = (imports.Order().ElementAt(imports.Count / 2), baselines.Order().ElementAt(baselines.Count / 2));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{provider}: import of {lines:N0} lines median {import:0.00} s ({lines / import:N0} lines/s); baseline raw insert median {baseline:0.00} s ({lines / baseline:N0} lines/s); ratio {import / baseline:0.00}×; target < 10 s: {(import < 10 ? "met" : "NOT met")}"));
            }
            finally
            {
                await cleanup();
            }
        }

        return 0;
    }

    private static async Task EmptyAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{EnforcementBulkInsert.Table}\"");
    }

    /// <summary>The same rows by plain SQL: what the database can take without any of the import's work.</summary>
    private static async Task BaselineAsync(ServiceProvider services, string provider, int agencyId, List<EnforcementLine> rows)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        const string Columns = "\"AgencyId\", \"Kind\", \"IsMatter\", \"Number\", \"Name\", \"Date\", \"PublishedOn\", \"EndsOn\", \"AmountFen\"";
        if (connection is NpgsqlConnection postgres)
        {
            await using var writer = await postgres.BeginTextImportAsync($"COPY \"{EnforcementBulkInsert.Table}\" ({Columns}) FROM STDIN");
            foreach (var r in rows)
            {
                await writer.WriteAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{agencyId}\t{r.Kind}\t{(r.IsMatter ? "t" : "f")}\t{r.Number}\t{r.Name}\t{r.Date:yyyy-MM-dd}\t{(r.PublishedOn is { } p ? p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "\\N")}\t{(r.EndsOn is { } e ? e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "\\N")}\t{(r.AmountFen is { } f ? f.ToString(CultureInfo.InvariantCulture) : "\\N")}\n"));
            }

            return;
        }

        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var batch in rows.Chunk(100))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder($"INSERT INTO \"{EnforcementBulkInsert.Table}\" ({Columns}) VALUES ");
            for (var i = 0; i < batch.Length; i++)
            {
                var r = batch[i];
                sql.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"({agencyId}, @k{i}, {(r.IsMatter ? 1 : 0)}, @n{i}, @m{i}, '{r.Date:yyyy-MM-dd}', ")
                    .Append(r.PublishedOn is { } p ? $"'{p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'" : "NULL").Append(", ")
                    .Append(r.EndsOn is { } e ? $"'{e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'" : "NULL").Append(", ")
                    .Append(r.AmountFen is { } f ? f.ToString(CultureInfo.InvariantCulture) : "NULL").Append(')');
                Add(command, $"@k{i}", r.Kind.ToString());
                Add(command, $"@n{i}", r.Number);
                Add(command, $"@m{i}", r.Name);
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>A register as an office exports it: decisions of the four kinds, fees and procurement with amounts, 事项; 2019–2026.</summary>
    public static byte[] Generate(Random random, int count)
    {
        string[] decisions = ["行政许可", "行政处罚", "行政强制", "其他对外管理服务事项"];
        string[] subjects = ["某某餐饮有限公司", "张某", "李某某", "某建筑工程有限公司", "某广告传媒有限公司", "王某", "某物流有限公司"];
        var text = new StringBuilder(count * 80).Append(string.Join(",", EnforcementLines.Header)).Append("\r\n");
        var first = new DateOnly(2019, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var date = first.AddDays(random.Next(2700));
            var pick = random.Next(100);
            if (pick < 70)
            {
                var kind = decisions[random.Next(decisions.Length)];
                var published = random.Next(6) == 0 ? "" : date.AddDays(random.Next(0, 20)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                text.Append(CultureInfo.InvariantCulture, $"{kind},根执法决字〔{date.Year}〕{i}号,{subjects[random.Next(subjects.Length)]},{date:yyyy-MM-dd},{published},,\r\n");
            }
            else if (pick < 95)
            {
                var kind = random.Next(4) == 0 ? "政府集中采购" : "行政事业性收费";
                text.Append(CultureInfo.InvariantCulture, $"{kind},BH-{i:000000},\"{(kind == "政府集中采购" ? "办公设备采购" : "城市道路占用费")}\",{date:yyyy/M/d},,{random.Next(1, 10_000_000) / 100m:0.00},\r\n");
            }
            else
            {
                var ends = random.Next(3) == 0 ? date.AddDays(random.Next(1, 900)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
                text.Append(CultureInfo.InvariantCulture, $"事项清单：{decisions[random.Next(decisions.Length)]},SX-{i:000000},事项{i},{date:yyyy-MM-dd},,,{ends}\r\n");
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
