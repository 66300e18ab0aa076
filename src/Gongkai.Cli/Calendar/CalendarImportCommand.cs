using System.CommandLine;
using Gongkai.Application.Calendar;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Cli.Calendar;

/// <summary>
/// <c>gongkai calendar import FILE.csv</c>: a year's State Council holiday notice (or a correction of a loaded
/// year) in the shipped CSV's columns, all or nothing. Every bad line is printed with its number and what was
/// expected, and the exit code is 1; on success the open applications' deadlines are recomputed and each one
/// that moved is logged.
/// </summary>
internal static class CalendarImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "放假安排 CSV（列：date,kind,holiday,weekday,arrangement_year）" };
        var command = new Command("import", "导入国务院办公厅节假日安排（新年度或更正），并重新计算未办结申请的答复期限") { file };
        command.SetAction((parse, cancel) => context.GuardAsync(async () =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await context.Error.WriteLineAsync($"错误：找不到文件 {path.FullName}");
                return 1;
            }

            var text = await File.ReadAllTextAsync(path.FullName, cancel);
            await using var services = await context.OpenAsync(initialise: true, cancel);
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<CalendarAdministration>().ImportAsync(CliContext.Staff, text, cancel);
            await context.Output.WriteLineAsync($"已导入 {string.Join("、", result.Years)} 年放假安排，共 {result.Rows} 行；重新计算了 {result.Recomputed} 件未办结申请的答复期限");
            foreach (var notice in result.Notices)
            {
                await context.Output.WriteLineAsync($"  提示：{notice}");
            }

            return 0;
        }));
        return command;
    }
}
