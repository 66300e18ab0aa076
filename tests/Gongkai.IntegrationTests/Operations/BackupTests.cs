using Gongkai.Application.Accounts;
using Gongkai.Application.AnnualReports;
using Gongkai.Application.Data;
using Gongkai.Cli;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Operations;

/// <summary>
/// The embedded database's online backup: taken while the server is writing, restored into a fresh
/// database, it holds every report and version that existed when the backup began. (The embedded
/// database is SQLite in either lane; PostgreSQL is backed up with pg_dump.)
/// </summary>
public sealed class BackupTests : IDisposable
{
    private readonly GongkaiFactory _factory = new(forceSqlite: true);
    private readonly string _work = Directory.CreateTempSubdirectory("gongkai-backup-").FullName;

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task ABackupTakenWhileWritingRestoresEveryReportAndVersion()
    {
        _ = _factory.Services;
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            var random = new Random(5);
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await WriteReportAsync(random, i);
                Interlocked.Increment(ref written);
            }
        });

        while (Volatile.Read(ref written) < 20)
        {
            await Task.Delay(20);
        }

        var before = await ReportsAsync(_factory.Database.ConnectionString);
        var backup = Path.Combine(_work, "backup.db");
        var (code, error) = await CliAsync(_factory.Database.ConnectionString, "backup", "-o", backup);
        var writtenDuringBackup = Volatile.Read(ref written);
        await Task.Delay(200);
        await stop.CancelAsync();
        await writer;
        Assert.True(code == 0, error);
        Assert.True(Volatile.Read(ref written) > writtenDuringBackup - 1, "the server kept writing");

        var fresh = $"Data Source={Path.Combine(_work, "fresh.db")};Pooling=False";
        (code, error) = await CliAsync(fresh, "restore", backup);
        Assert.True(code == 0, error);

        var restored = await ReportsAsync(fresh);
        Assert.True(before.Count > 20);
        foreach (var (key, json) in before)
        {
            Assert.True(restored.TryGetValue(key, out var copy), $"report {key} missing after restore");
            Assert.Equal(json, copy);
        }
    }

    [Fact]
    public async Task RestoringSomethingThatIsNotABackupIsRefusedAndChangesNothing()
    {
        _ = _factory.Services;
        var notABackup = Path.Combine(_work, "notes.txt");
        await File.WriteAllTextAsync(notABackup, "这不是数据库");
        var (code, error) = await CliAsync(_factory.Database.ConnectionString, "restore", notABackup);
        Assert.Equal(1, code);
        Assert.Contains("不是 SQLite 数据库文件，未恢复", error);
        Assert.Single(await ReportsAsync(_factory.Database.ConnectionString));
    }

    private async Task WriteReportAsync(Random random, int i)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var administration = scope.ServiceProvider.GetRequiredService<StaffAdministration>();
        var commands = scope.ServiceProvider.GetRequiredService<ReportCommands>();
        var agency = await administration.CreateAgencyAsync(StaffContext.System(), $"测试局{i}", AgencyKind.Department, null);
        var editor = new StaffContext($"e{i}", agency.Id, new HashSet<string> { StaffRoles.Editor });
        var report = await commands.ImportAsync(editor, agency.Id, ReportJsonWriter.Write(RandomReports.Valid(random, 2023, agency.Name)));
        await commands.SubmitAsync(editor, report.Id, report.Revision);
    }

    private static async Task<Dictionary<string, string>> ReportsAsync(string connectionString)
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        new DatabaseSettings(DatabaseProvider.Sqlite, connectionString).Apply(options);
        await using var db = new GongkaiDbContext(options.Options);
        return await db.AnnualReports.AsNoTracking()
            .ToDictionaryAsync(r => $"{r.AgencyId}/{r.Year}/v{r.Version}", r => r.FiguresJson);
    }

    private static async Task<(int Code, string Error)> CliAsync(string connectionString, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GongkaiCommandLine.RunAsync(args, output, error, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = connectionString,
        });
        return (code, error.ToString());
    }
}
