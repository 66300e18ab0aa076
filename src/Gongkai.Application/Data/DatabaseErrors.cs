using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gongkai.Application.Data;

/// <summary>What a failed save means, the same on both databases.</summary>
public static class DatabaseErrors
{
    /// <summary>
    /// A unique index refused the row: two requests raced to create the same thing (a report of one agency
    /// and year, the next version). The loser is told so (409), not shown a server error.
    /// </summary>
    public static bool IsUniqueViolation(DbUpdateException error) => error.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
