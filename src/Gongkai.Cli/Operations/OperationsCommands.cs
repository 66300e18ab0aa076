using System.CommandLine;
using Gongkai.Application.Data;
using Gongkai.Application.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Cli.Operations;

/// <summary>gongkai backup -o FILE; gongkai restore FILE (the embedded database; PostgreSQL uses pg_dump).</summary>
public static class OperationsCommands
{
    public static Command Backup(CliContext context)
    {
        var output = new Option<FileInfo>("--output", "-o") { Description = "备份文件", Required = true };
        var command = new Command("backup", "在线备份内置数据库（服务运行时也可备份）") { output };
        command.SetAction((parse, cancel) => context.GuardAsync(async () =>
        {
            await using var services = await context.OpenAsync(initialise: false, cancel);
            var target = parse.GetValue(output)!;
            await services.GetRequiredService<DatabaseBackup>().BackupAsync(target.FullName, cancel);
            await context.Output.WriteLineAsync($"已备份到 {target.FullName}");
            return 0;
        }));
        return command;
    }

    public static Command Restore(CliContext context)
    {
        var input = new Argument<FileInfo>("file") { Description = "备份文件" };
        var command = new Command("restore", "用备份文件恢复内置数据库（覆盖当前内容）") { input };
        command.SetAction((parse, cancel) => context.GuardAsync(async () =>
        {
            await using var services = await context.OpenAsync(initialise: false, cancel);
            var file = parse.GetValue(input)!;
            await services.GetRequiredService<DatabaseBackup>().RestoreAsync(file.FullName, cancel);
            // A backup from an older version is brought up to date the same way a start-up would.
            await DatabaseInitializer.InitializeAsync(services, cancel);
            await context.Output.WriteLineAsync($"已从 {file.FullName} 恢复");
            return 0;
        }));
        return command;
    }
}
