using System.CommandLine;
using Gongkai.Cli.AnnualReports;
using Gongkai.Cli.Operations;
using Gongkai.Cli.Reading;

namespace Gongkai.Cli;

/// <summary>
/// <c>gongkai</c>: report check / render / export / read, backup and restore, calendar, catalog import / search.
/// Exit codes: 0 ok, 1 the report has errors or the input was refused (System.CommandLine also answers usage errors with 1).
/// </summary>
public static class GongkaiCommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IDictionary<string, string?>? settings = null)
    {
        var context = new CliContext(output, error, settings);
        var report = new Command("report", "年度报告：检查、生成、导出");
        report.Subcommands.Add(ReportCommands.Check(context));
        report.Subcommands.Add(ReportCommands.Render(context));
        report.Subcommands.Add(ReportCommands.Export(context));
        report.Subcommands.Add(ReadCommand.Create(context));

        var root = new RootCommand("公开 Gongkai：政府信息公开平台命令行");
        root.Subcommands.Add(report);
        root.Subcommands.Add(OperationsCommands.Backup(context));
        root.Subcommands.Add(OperationsCommands.Restore(context));
        root.Subcommands.Add(Calendar.CalendarCommands.Create(context));
        root.Subcommands.Add(Catalog.CatalogCommands.Create(context));

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(configuration);
    }
}
