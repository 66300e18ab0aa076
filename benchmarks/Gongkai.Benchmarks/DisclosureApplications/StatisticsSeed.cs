using System.Globalization;
using Gongkai.Application.Data;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.DisclosureApplications;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gongkai.Benchmarks.DisclosureApplications;

/// <summary>
/// The statistics benchmark's rows: a government with N agencies and N applications generated inside the database
/// (one INSERT … SELECT over a number series, so a million rows take seconds, not minutes). Row i goes to agency
/// i mod N, is received on 2023-01-01 + (7919·i mod 730) days, is open when i mod 10 = 0 (so agencies 0, 10, 20…
/// have only open ones) and otherwise decided (7·i mod 45) days later with outcome 13·i mod 21; applicant type
/// 17·i mod 6. Every fiftieth row by id is appealed 60 days after receipt (which rows depends on the order the
/// database inserts them in; the benchmark compares two queries over the same rows, so that does not matter).
/// </summary>
internal static class StatisticsSeed
{
    private const string Government = "统计基准省人民政府";

    public static async Task<string> DatabaseAsync(string provider, int rows)
    {
        if (provider == "Postgres")
        {
            var server = Environment.GetEnvironmentVariable(AggregationBenchmark.PostgresVariable)!;
            var name = $"gongkai_bench_apps_{rows}";
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{name}'", connection);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await create.ExecuteNonQueryAsync();
            }

            return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        }

        return $"Data Source={Path.Combine(Path.GetTempPath(), $"gongkai-bench-apps-{rows}.db")}";
    }

    /// <summary>The government's id and its agencies' ids, seeding them first when the database does not hold them yet.</summary>
    public static async Task<(int Government, List<int> Agencies)> EnsureAsync(GongkaiDbContext db, int agencies, int rows)
    {
        var government = await db.Agencies.Where(a => a.Name == Government).Select(a => (int?)a.Id).SingleOrDefaultAsync();
        if (government is null)
        {
            var parent = new Agency(Government, AgencyKind.Government);
            db.Agencies.Add(parent);
            await db.SaveChangesAsync();
            db.Agencies.AddRange(Enumerable.Range(1, agencies).Select(i => new Agency($"统计基准第{i:0000}局", AgencyKind.Department, parent.Id)));
            await db.SaveChangesAsync();
            government = parent.Id;
        }

        var ids = await db.Agencies.Where(a => a.ParentId == government).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        var present = await db.Set<DisclosureApplication>().CountAsync(a => EF.Functions.Like(a.TrackingNumber, "B%"));
        if (present != rows)
        {
            if (present != 0)
            {
                throw new InvalidOperationException($"the kept database holds {present} benchmark applications, not {rows}: drop it");
            }

            await InsertAsync(db, government.Value, agencies, rows);
        }

        return (government.Value, ids);
    }

    private static async Task InsertAsync(GongkaiDbContext db, int government, int agencies, int rows)
    {
        var postgres = db.Database.IsNpgsql();
        var types = Values(Enum.GetNames<ApplicantType>());
        var outcomes = Values(Enum.GetNames<DisclosureOutcome>());
        var series = postgres
            ? $"s(i) AS (SELECT generate_series(0::bigint, {rows - 1}::bigint))"
            : $"s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < {rows - 1})";
        string Plus(string date, string days) => postgres ? $"({date} + ({days})::int)" : $"date({date}, '+' || ({days}) || ' days')";
        var received = Plus(postgres ? "DATE '2023-01-01'" : "'2023-01-01'", "(s.i * 7919) % 730");
        var decided = $"CASE WHEN s.i % 10 = 0 THEN NULL ELSE {Plus(received, "(s.i * 7) % 45")} END";
        var now = postgres ? "now()" : "0";
        var sql = $"""
            WITH {(postgres ? "" : "RECURSIVE ")}{series},
                 ag(k, id) AS (SELECT ROW_NUMBER() OVER (ORDER BY "Id") - 1, "Id" FROM "Agencies" WHERE "ParentId" = {government}),
                 t(k, name) AS (VALUES {types}),
                 o(k, name) AS (VALUES {outcomes})
            INSERT INTO "DisclosureApplications" ("AgencyId", "TrackingNumber", "State", "Revision", "ApplicantKey", "Channel",
                "ReceivedOn", "ReceiptExplanation", "CreatedAt", "UpdatedAt", "UpdatedBy", "IdempotencyKeyHash", "RequestHash",
                "QueryCodeSalt", "QueryCodeHash", "Applicant_IdDocumentType", "Applicant_IdNumber", "Applicant_Name", "Applicant_Type",
                "Request_Description", "Request_Form", "Request_Way", "CorrectionPeriodDays", "ExtensionDays", "DecidedOn", "Outcome", "DueOn")
            SELECT ag.id, 'B' || s.i, CASE WHEN s.i % 10 = 0 THEN 'Accepted' ELSE 'Decided' END, 1, 'k' || (s.i % 9973), 'Online',
                {received}, '基准', {now}, {now}, 'benchmark', 'i' || s.i, 'r', 's', 'q' || s.i, '居民身份证', '150785198001010000', '基准申请人', t.name,
                '基准申请', 'Electronic', 'Online', 0, 0, {decided}, CASE WHEN s.i % 10 = 0 THEN NULL ELSE o.name END, {received}
            FROM s JOIN ag ON ag.k = s.i % {agencies} JOIN t ON t.k = (s.i * 17) % 6 JOIN o ON o.k = (s.i * 13) % {Enum.GetNames<DisclosureOutcome>().Length}
            """;
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await db.Database.ExecuteSqlRawAsync(sql);
        var filed = Plus("a.\"ReceivedOn\"", "60");
        var appeals = $"""
            INSERT INTO "DisclosureAppeals" ("ApplicationId", "AgencyId", "Kind", "Body", "FiledOn", "Result", "ConcludedOn")
            SELECT a."Id", a."AgencyId",
                   CASE a."Id" % 3 WHEN 0 THEN 'Reconsideration' WHEN 1 THEN 'DirectLitigation' ELSE 'LitigationAfterReconsideration' END,
                   '基准复议机关', {filed},
                   CASE a."Id" % 4 WHEN 0 THEN 'Upheld' WHEN 1 THEN 'Corrected' WHEN 2 THEN 'Other' ELSE 'Pending' END,
                   CASE WHEN a."Id" % 4 = 3 THEN NULL ELSE {Plus(filed, "30")} END
            FROM "DisclosureApplications" a WHERE a."TrackingNumber" LIKE 'B%' AND a."Id" % 50 = 0
            """;
        await db.Database.ExecuteSqlRawAsync(appeals);
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }

    private static string Values(string[] names) =>
        string.Join(", ", names.Select((n, i) => string.Create(CultureInfo.InvariantCulture, $"({i}, '{n}')")));
}
