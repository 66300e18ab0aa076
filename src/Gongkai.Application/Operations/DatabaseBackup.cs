using Gongkai.Application.Data;
using Microsoft.Data.Sqlite;

namespace Gongkai.Application.Operations;

/// <summary>
/// Backup and restore of the embedded database through SQLite's online backup API: a consistent copy
/// even while the server is writing. PostgreSQL is backed up with pg_dump (docs/operations.md).
/// </summary>
public sealed class DatabaseBackup(DatabaseSettings settings)
{
    public async Task BackupAsync(string target, CancellationToken cancel = default)
    {
        var source = RequireSqlite();
        if (File.Exists(target))
        {
            throw GongkaiException.Conflict($"备份文件 {target} 已存在，不覆盖；请换一个文件名");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        await using var from = new SqliteConnection(source);
        await using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
        await from.OpenAsync(cancel);
        await to.OpenAsync(cancel);
        await CopyAsync(from, to, cancel);
    }

    /// <summary>Replaces the database's content with the backup's, after checking that the file is a Gongkai backup.</summary>
    public async Task RestoreAsync(string backupFile, CancellationToken cancel = default)
    {
        var target = RequireSqlite();
        if (!File.Exists(backupFile))
        {
            throw GongkaiException.Invalid($"备份文件 {backupFile} 不存在");
        }

        await using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = backupFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            await from.OpenAsync(cancel);
            await using var probe = from.CreateCommand();
            probe.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('AnnualReports', 'Agencies', '__EFMigrationsHistory')";
            if (Convert.ToInt32(await probe.ExecuteScalarAsync(cancel), System.Globalization.CultureInfo.InvariantCulture) != 3)
            {
                throw GongkaiException.Invalid($"{backupFile} 不是公开平台的备份文件，未恢复");
            }
        }
        catch (SqliteException ex)
        {
            throw GongkaiException.Invalid($"{backupFile} 不是 SQLite 数据库文件，未恢复（{ex.SqliteErrorCode}）");
        }

        await using var to = new SqliteConnection(target);
        await to.OpenAsync(cancel);
        await CopyAsync(from, to, cancel);
    }

    /// <summary>
    /// One backup step copies the whole database inside one read transaction, so every copy is a
    /// consistent snapshot. While a writer holds the lock (or the last connection checkpoints the WAL)
    /// the step answers SQLITE_BUSY/LOCKED; it is then simply tried again.
    /// </summary>
    private static async Task CopyAsync(SqliteConnection from, SqliteConnection to, CancellationToken cancel)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                from.BackupDatabase(to);
                return;
            }
            catch (SqliteException ex) when ((ex.SqliteErrorCode & 0xff) is 5 or 6 && attempt < 100)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(20 * attempt, 250)), cancel);
            }
        }
    }

    private string RequireSqlite() => settings.Provider == DatabaseProvider.Sqlite
        ? settings.ConnectionString
        : throw GongkaiException.Invalid("当前使用 PostgreSQL：请用 pg_dump / pg_restore 备份与恢复（见 docs/operations.md）");
}
