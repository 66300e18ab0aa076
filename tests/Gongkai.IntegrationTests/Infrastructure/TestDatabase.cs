using Npgsql;

namespace Gongkai.IntegrationTests.Infrastructure;

/// <summary>
/// A private database for one test host: a temporary SQLite file, or (GONGKAI_TEST_DB=postgres) a fresh
/// PostgreSQL database on the server in GONGKAI_TEST_PG, dropped afterwards. The same tests run on both.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public static bool UsePostgres => string.Equals(Environment.GetEnvironmentVariable("GONGKAI_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase);

    private readonly string? _file;
    private readonly string? _postgresName;

    private TestDatabase(string provider, string connectionString, string? file, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _file = file;
        _postgresName = postgresName;
    }

    public string Provider { get; }
    public string ConnectionString { get; }

    public static TestDatabase Create(bool forceSqlite = false)
    {
        if (UsePostgres && !forceSqlite)
        {
            var server = Environment.GetEnvironmentVariable("GONGKAI_TEST_PG")
                ?? throw new InvalidOperationException("GONGKAI_TEST_DB=postgres needs GONGKAI_TEST_PG, e.g. Host=127.0.0.1;Port=5433;Username=postgres");
            var name = $"gongkai_test_{Guid.NewGuid():N}";
            // Pooled: a PostgreSQL connection is a new server process, and without a pool every request of a
            // test opened one. The database is dropped WITH (FORCE) afterwards, which ends its pooled sessions.
            var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true, MaxPoolSize = 20 };
            return new TestDatabase("Postgres", builder.ToString(), null, name);
        }

        var file = Path.Combine(Path.GetTempPath(), $"gongkai-test-{Guid.NewGuid():N}.db");
        return new TestDatabase("Sqlite", $"Data Source={file};Pooling=False", file, null);
    }

    public void Dispose()
    {
        if (_file is not null)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_file + suffix);
            }
        }

        if (_postgresName is not null)
        {
            var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("GONGKAI_TEST_PG")) { Database = "postgres", Pooling = false };
            using var connection = new NpgsqlConnection(server.ToString());
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }
}
