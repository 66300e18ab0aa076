using System.Data.Common;
using System.Globalization;
using Gongkai.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Gongkai.Application.Catalog.Enforcement;

/// <summary>
/// The register's lines into the database in the open transaction without change tracking: PostgreSQL's binary
/// COPY, SQLite's one prepared INSERT re-bound per line (SQLite has no bulk path; inside one transaction a
/// prepared statement is what its documentation recommends). Columns as <c>EnforcementRecordConfiguration</c> maps them.
/// </summary>
public static class EnforcementBulkInsert
{
    public const string Table = "EnforcementRecords";

    private static readonly string[] Columns = ["AgencyId", "Kind", "IsMatter", "Number", "Name", "Date", "PublishedOn", "EndsOn", "AmountFen"];

    private const int ProgressEvery = 2000;

    public static async Task InsertAsync(GongkaiDbContext db, int agencyId, IReadOnlyList<EnforcementLine> lines, IProgress<(int Done, int Total)>? progress, CancellationToken cancel)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("The bulk insert runs inside the import's transaction.");
        if (connection is NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, agencyId, lines, progress, cancel);
        }
        else
        {
            await InsertSqliteAsync(connection, transaction, agencyId, lines, progress, cancel);
        }

        progress?.Report((lines.Count, lines.Count));
    }

    private static async Task CopyAsync(NpgsqlConnection connection, int agencyId, IReadOnlyList<EnforcementLine> lines, IProgress<(int Done, int Total)>? progress, CancellationToken cancel)
    {
        var copy = $"COPY \"{Table}\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var writer = await connection.BeginBinaryImportAsync(copy, cancel);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            await writer.StartRowAsync(cancel);
            await writer.WriteAsync(agencyId, NpgsqlDbType.Integer, cancel);
            await writer.WriteAsync(line.Kind.ToString(), NpgsqlDbType.Varchar, cancel);
            await writer.WriteAsync(line.IsMatter, NpgsqlDbType.Boolean, cancel);
            await writer.WriteAsync(line.Number, NpgsqlDbType.Varchar, cancel);
            await writer.WriteAsync(line.Name, NpgsqlDbType.Varchar, cancel);
            await writer.WriteAsync(line.Date, NpgsqlDbType.Date, cancel);
            await WriteNullableAsync(writer, line.PublishedOn, NpgsqlDbType.Date, cancel);
            await WriteNullableAsync(writer, line.EndsOn, NpgsqlDbType.Date, cancel);
            await WriteNullableAsync(writer, line.AmountFen, NpgsqlDbType.Bigint, cancel);
            if (i % ProgressEvery == ProgressEvery - 1)
            {
                progress?.Report((i + 1, lines.Count));
            }
        }

        await writer.CompleteAsync(cancel);
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancel)
        where T : struct
    {
        if (value is { } v)
        {
            await writer.WriteAsync(v, type, cancel);
        }
        else
        {
            await writer.WriteNullAsync(cancel);
        }
    }

    private static async Task InsertSqliteAsync(DbConnection connection, DbTransaction transaction, int agencyId, IReadOnlyList<EnforcementLine> lines, IProgress<(int Done, int Total)>? progress, CancellationToken cancel)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{Table}\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))})";
        var parameters = Columns.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(cancel);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            parameters[0].Value = agencyId;
            parameters[1].Value = line.Kind.ToString();
            parameters[2].Value = line.IsMatter ? 1 : 0;
            parameters[3].Value = line.Number;
            parameters[4].Value = line.Name;
            parameters[5].Value = Day(line.Date);
            parameters[6].Value = line.PublishedOn is { } published ? Day(published) : DBNull.Value;
            parameters[7].Value = line.EndsOn is { } ends ? Day(ends) : DBNull.Value;
            parameters[8].Value = line.AmountFen is { } fen ? fen : DBNull.Value;
            await command.ExecuteNonQueryAsync(cancel);
            if (i % ProgressEvery == ProgressEvery - 1)
            {
                progress?.Report((i + 1, lines.Count));
            }
        }
    }

    /// <summary>As EF Core's SQLite provider stores a DateOnly, so its queries compare the same text.</summary>
    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
