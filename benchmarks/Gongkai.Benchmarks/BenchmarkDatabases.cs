using Gongkai.Application;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gongkai.Benchmarks;

/// <summary>
/// The databases the runners measure on (SQLite always, PostgreSQL when GONGKAI_BENCH_PG names a server), the
/// platform's services on one of them (no demo), and a throwaway database with what removes it.
/// </summary>
internal static class BenchmarkDatabases
{
    /// <summary>SQLite, and PostgreSQL when GONGKAI_BENCH_PG is set; GONGKAI_BENCH_ONLY=Sqlite or Postgres keeps one of them.</summary>
    public static IReadOnlyList<string> Providers()
    {
        string[] all = Environment.GetEnvironmentVariable(AggregationBenchmark.PostgresVariable) is { Length: > 0 } ? ["Sqlite", "Postgres"] : ["Sqlite"];
        return Environment.GetEnvironmentVariable("GONGKAI_BENCH_ONLY") is { Length: > 0 } only ? all.Where(p => p == only).ToList() : all;
    }

    public static ServiceProvider Services(string provider, string connection)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Default"] = connection,
            ["Gongkai:Demo:Enabled"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddGongkai(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// A database that outlives the run (GONGKAI_BENCH_KEEP set): the file <c>gongkai-NAME.db</c> in the temp
    /// directory, or the PostgreSQL database <c>gongkai_NAME</c>, created when missing; nothing removes it.
    /// </summary>
    public static async Task<string> KeptAsync(string provider, string name)
    {
        if (provider == "Sqlite")
        {
            return $"Data Source={Path.Combine(Path.GetTempPath(), $"gongkai-{name}.db")}";
        }

        var server = Environment.GetEnvironmentVariable(AggregationBenchmark.PostgresVariable)!;
        var database = $"gongkai_{name.Replace('-', '_')}";
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand($"SELECT count(*) FROM pg_database WHERE datname = '{database}'", connection);
        if ((long)(await exists.ExecuteScalarAsync())! == 0)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
    }

    /// <summary>A new database named after <paramref name="name"/> and this process (a temp file, or one on the PostgreSQL server), and its removal.</summary>
    public static async Task<(string Connection, Func<Task> Cleanup)> CreateAsync(string provider, string name)
    {
        if (provider == "Sqlite")
        {
            var file = Path.Combine(Path.GetTempPath(), $"gongkai-{name}-{Environment.ProcessId}.db");
            return ($"Data Source={file}", () =>
            {
                SqliteConnection.ClearAllPools();
                foreach (var f in new[] { file, file + "-wal", file + "-shm" })
                {
                    File.Delete(f);
                }

                return Task.CompletedTask;
            });
        }

        var server = Environment.GetEnvironmentVariable(AggregationBenchmark.PostgresVariable)!;
        var database = $"gongkai_{name.Replace('-', '_')}_{Environment.ProcessId}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return (new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        });
    }
}
