using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Agencies;
using Gongkai.Application.AnnualReports;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Domain.AnnualReports;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Cli.AnnualReports;

/// <summary>gongkai report check | render | export.</summary>
public static class ReportCommands
{
    /// <summary><c>gongkai report check FILE.json</c>: the findings; exit 1 on errors (or when the file is not a report).</summary>
    public static Command Check(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "年度报告数据文件（JSON，见 docs/report-data.md）" };
        var command = new Command("check", "检查年度报告数据是否符合模板勾稽关系（C1–C5、C8）") { file };
        command.SetAction((parse, cancel) => context.GuardAsync(async () =>
        {
            var figures = await ReadFiguresAsync(parse.GetValue(file)!, cancel);
            var findings = ReportChecker.Check(figures);
            await FindingPrinter.PrintAsync(context.Output, figures, findings);
            return findings.HasErrors() ? 1 : 0;
        }));
        return command;
    }

    /// <summary><c>gongkai report render FILE.json --format F -o OUT</c>: the official layout from a data file (figures only).</summary>
    public static Command Render(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "年度报告数据文件（JSON）" };
        var (format, output) = ExportOptions();
        var command = new Command("render", $"由数据文件生成年度报告（{ExportFormats.NameList}）") { file, format, output };
        command.SetAction((parse, cancel) => context.GuardAsync(async () =>
        {
            var figures = await ReadFiguresAsync(parse.GetValue(file)!, cancel);
            await using var services = await context.OpenAsync(initialise: false, cancel);
            var document = new ReportDocument(figures, new ReportNarrative());
            return await WriteAsync(context, services, document, parse.GetValue(format)!, parse.GetValue(output)!, cancel);
        }));
        return command;
    }

    /// <summary><c>gongkai report export --agency NAME --year YYYY --format F -o OUT [--version N]</c>: a stored report.</summary>
    public static Command Export(CliContext context)
    {
        var agency = new Option<string>("--agency") { Description = "机关全称", Required = true };
        var year = new Option<int>("--year") { Description = "报告年度", Required = true };
        var version = new Option<int?>("--version") { Description = "版本号（默认最新版本）" };
        var (format, output) = ExportOptions();
        var command = new Command("export", "导出数据库中的年度报告") { agency, year, version, format, output };
        command.SetAction((parse, cancel) => context.GuardAsync(async () =>
        {
            await using var services = await context.OpenAsync(cancel: cancel);
            await using var scope = services.CreateAsyncScope();
            var agencies = scope.ServiceProvider.GetRequiredService<AgencyDirectory>();
            var found = await agencies.FindByNameAsync(parse.GetValue(agency)!, cancel)
                ?? throw GongkaiException.NotFound($"机关“{parse.GetValue(agency)}”");
            var report = await scope.ServiceProvider.GetRequiredService<ReportQueries>()
                .FindAsync(CliContext.Staff, found.Id, parse.GetValue(year), parse.GetValue(version), cancel);
            return await WriteAsync(context, services, ReportDocument.From(report, found.Name), parse.GetValue(format)!, parse.GetValue(output)!, cancel);
        }));
        return command;
    }

    private static (Option<string> Format, Option<FileInfo> Output) ExportOptions()
    {
        var format = new Option<string>("--format", "-f") { Description = ExportFormats.NameList, Required = true };
        format.AcceptOnlyFromAmong([.. ExportFormats.Names]);
        var output = new Option<FileInfo>("--output", "-o") { Description = "输出文件", Required = true };
        return (format, output);
    }

    private static async Task<int> WriteAsync(CliContext context, IServiceProvider services, ReportDocument document, string format, FileInfo output, CancellationToken cancel)
    {
        var kind = ReportExporter.RequireFormat(format);
        var file = await services.GetRequiredService<ReportExporter>().ExportAsync(document, kind.Format, cancel);
        output.Directory?.Create();
        await File.WriteAllBytesAsync(output.FullName, file.Content, cancel);
        await context.Output.WriteLineAsync($"已写出 {output.FullName}（{file.Content.Length} 字节）");
        return 0;
    }

    private static async Task<ReportFigures> ReadFiguresAsync(FileInfo file, CancellationToken cancel)
    {
        if (!file.Exists)
        {
            throw GongkaiException.Invalid($"文件不存在：{file.FullName}");
        }

        return ReportJson.Read(await File.ReadAllTextAsync(file.FullName, cancel), $"{file.Name} 不是年度报告数据格式（见 docs/report-data.md）");
    }
}
