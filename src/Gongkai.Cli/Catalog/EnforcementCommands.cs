using System.CommandLine;
using Gongkai.Application.Catalog.Enforcement;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Cli.Catalog;

/// <summary>
/// <c>gongkai catalog enforcement import FILE.csv|FILE.xlsx --agency NAME</c>: the enforcement register (执法登记)
/// of an agency, all or nothing (every bad line on stderr, exit 1); a line whose 编号 is already registered replaces it.
/// </summary>
public static class EnforcementCommands
{
    public static Command Create(CliContext context)
    {
        var enforcement = new Command("enforcement", "执法登记（行政许可、行政处罚、行政强制、收费、采购及事项清单）");
        enforcement.Subcommands.Add(Import(context));
        return enforcement;
    }

    private static Command Import(CliContext context) => AgencyFileImport.Create(context,
        "导入执法登记：整份文件全部导入或全部不导入；同一类别、同一编号再次导入时替换原有的行", EnforcementLines.Header,
        async (services, agency, fileName, content, progress, cancel) =>
        {
            var result = await services.GetRequiredService<EnforcementImport>().ImportAsync(CliContext.Staff, agency, fileName, content, progress, cancel);
            return $"已导入 {result.Total} 行执法登记（新增 {result.Added}，替换 {result.Replaced}）";
        });
}
