using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Gongkai.Application.Agencies;
using Gongkai.Application.Catalog.Import;
using Gongkai.Application.Catalog.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Cli.Catalog;

/// <summary>
/// <c>gongkai catalog import FILE.csv|FILE.xlsx --agency NAME</c> (migration from an old site: all or nothing,
/// every bad line listed on stderr, exit 1) and <c>gongkai catalog search QUERY [--agency NAME] [--json]</c>
/// (the portal's search: public items only), <c>gongkai catalog search-order</c> (after a migration: the search
/// index's rows put in publication order, where the database reads them by row).
/// </summary>
public static class CatalogCommands
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static Command Create(CliContext context)
    {
        var catalog = new Command("catalog", "政府信息公开目录：导入、检索、网站检查自查；执法登记");
        catalog.Subcommands.Add(Import(context));
        catalog.Subcommands.Add(Search(context));
        catalog.Subcommands.Add(SearchOrder(context));
        catalog.Subcommands.Add(SelfCheckCommand.Create(context));
        catalog.Subcommands.Add(EnforcementCommands.Create(context));
        return catalog;
    }

    private static Command Import(CliContext context) => AgencyFileImport.Create(context,
        "从原网站迁移目录：整份文件全部导入或全部不导入；主动公开的信息直接发布", CatalogImport.Header,
        async (services, agency, fileName, content, progress, cancel) =>
            $"已导入 {await services.GetRequiredService<CatalogImport>().ImportAsync(CliContext.Staff, agency, fileName, content, progress, cancel)} 条目录信息");

    private static Command Search(CliContext context)
    {
        var query = new Argument<string>("query") { Description = "检索词（简体繁体均可；空格分隔的词须同时出现）" };
        var agency = new Option<string?>("--agency") { Description = "只检索此机关（全称）" };
        var json = new Option<bool>("--json") { Description = "输出 JSON 数组（index_no、title、score 等）" };
        var limit = new Option<int>("--limit") { Description = "最多显示的条数（1–100）", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "检索已公开的政府信息（与门户网站的检索相同）") { query, agency, json, limit };
        command.SetAction((parse, cancel) => context.GuardAsync(async () =>
        {
            await using var services = await context.OpenAsync(cancel: cancel);
            int? agencyId = null;
            if (parse.GetValue(agency) is { Length: > 0 } name)
            {
                agencyId = (await services.GetRequiredService<AgencyDirectory>().FindByNameAsync(name, cancel)
                    ?? throw Application.GongkaiException.NotFound($"机关“{name}”")).Id;
            }

            var page = await services.GetRequiredService<CatalogSearch>().SearchAsync(parse.GetValue(query), new SearchFilters(agencyId), 1, Math.Clamp(parse.GetValue(limit), 1, 100), cancel);
            if (parse.GetValue(json))
            {
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(page.Hits.Select(h => new
                {
                    index_no = h.IndexNo, title = h.Title, score = h.Score, document_no = h.DocumentNo, agency = h.Agency,
                    published_on = h.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), in_force = h.InForce, url = $"/catalog/items/{h.ItemId}",
                }), Json));
                return 0;
            }

            await context.Output.WriteLineAsync($"找到 {page.Total}{(page.TotalCapped ? "+" : "")} 条结果" + (page.Hits.Count < page.Total ? $"，显示前 {page.Hits.Count} 条" : ""));
            foreach (var hit in page.Hits)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{hit.Score:0}\t{hit.IndexNo}\t{hit.PublishedOn:yyyy-MM-dd}\t{hit.Title}{(hit.DocumentNo is null ? "" : $"（{hit.DocumentNo}）")}{(hit.InForce ? "" : " [已废止]")}"));
            }

            return 0;
        }));
        return command;
    }

    private static Command SearchOrder(CliContext context)
    {
        var command = new Command("search-order", "迁移旧网站目录后运行一次：检索索引按发布日期重排（PostgreSQL；运行期间检索暂停，百万条约需数分钟）");
        command.SetAction((parse, cancel) => context.GuardAsync(async () =>
        {
            await using var services = await context.OpenAsync(cancel: cancel);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var done = await services.GetRequiredService<ICatalogSearchEngine>().OrderByDayAsync(cancel);
            await context.Output.WriteLineAsync(done
                ? string.Create(CultureInfo.InvariantCulture, $"检索索引已按发布日期重排，用时 {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} 秒")
                : "检索索引本已按发布日期排列（SQLite），无需重排");
            return 0;
        }));
        return command;
    }
}
