using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Gongkai.Application.Agencies;
using Gongkai.Application.Catalog.Inspection;
using Gongkai.Domain.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Cli.Catalog;

/// <summary>
/// <c>gongkai catalog self-check --agency NAME [--json]</c>: what an inspection would flag in the agency's
/// catalog today, as the staff page shows it. Exit 0 whatever it finds: the findings are information.
/// </summary>
public static class SelfCheckCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static Command Create(CliContext context)
    {
        var agency = new Option<string>("--agency") { Description = "机关全称", Required = true };
        var json = new Option<bool>("--json") { Description = "输出 JSON 对象" };
        var command = new Command("self-check", "网站检查自查：栏目不更新、空白栏目、政策解读未关联、超过公开时限、到期复查") { agency, json };
        command.SetAction((parse, cancel) => context.GuardAsync(async () =>
        {
            await using var services = await context.OpenAsync(cancel: cancel);
            var name = parse.GetValue(agency)!;
            var found = await services.GetRequiredService<AgencyDirectory>().FindByNameAsync(name, cancel)
                ?? throw Application.GongkaiException.NotFound($"机关“{name}”");
            var report = await services.GetRequiredService<InspectionSelfCheck>().RunAsync(CliContext.Staff, found.Id, cancel);
            await context.Output.WriteLineAsync(parse.GetValue(json) ? JsonSerializer.Serialize(ToJson(report), Json) : Text(report));
            return 0;
        }));
        return command;
    }

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object ToJson(SelfCheckReport r) => new
    {
        agency = r.AgencyName, today = Iso(r.Today), passes = r.Passes, verdict = r.Verdict,
        site = new { last_published = Iso(r.SiteLastPublished), stale = r.SiteStale },
        stale_columns = r.Stale.Count, blank_columns = r.Blank.Count, soon_columns = r.Soon.Count,
        columns = r.Columns.Select(c => new
        {
            name = c.Column.Name, cadence = CatalogColumn.CadenceName(c.Column.Cadence), items = c.ItemCount, last_published = Iso(c.LastPublished),
            age_days = c.AgeDays(r.Today), fresh_until = Iso(c.FreshUntil), state = c.State.ToString().ToLowerInvariant(), state_name = SelfCheckReport.StateName(c.State),
        }),
        unlisted_columns = r.UnlistedColumns,
        unlinked_interpretations = r.UnlinkedInterpretations.Select(Gap),
        policies_without_interpretation = r.PoliciesWithoutInterpretation.Select(Gap),
        overdue = r.Overdue.Select(o => new { item_id = o.ItemId, title = o.Title, written_on = Iso(o.WrittenOn), due = Iso(o.Due), published_on = Iso(o.PublishedOn), status = o.Status }),
        re_reviews = r.ReReviews.Select(d => new { item_id = d.ItemId, title = d.Title, disclosure = DisclosureModes.Name(d.Disclosure), due_on = Iso(d.DueOn), due = d.Due }),
    };

    private static object Gap(InterpretationGap g) => new { item_id = g.ItemId, title = g.Title, published_on = Iso(g.PublishedOn), problem = g.Problem };

    private static string Text(SelfCheckReport r)
    {
        var lines = new List<string> { $"{r.AgencyName} 网站检查自查（{r.Today:yyyy-MM-dd}）", r.Verdict, "", "栏目：" };
        lines.AddRange(r.Columns.Select(c =>
            $"  [{SelfCheckReport.StateName(c.State)}] {c.Column.Name}（{CatalogColumn.CadenceName(c.Column.Cadence)}）：{c.ItemCount} 条，最近发布 {Iso(c.LastPublished) ?? "无"}"
            + (c.FreshUntil is { } until ? $"，保持更新至 {Iso(until)}" : "")));
        if (r.UnlistedColumns.Count > 0)
        {
            lines.Add($"  未列入设置的栏目：{string.Join("、", r.UnlistedColumns)}");
        }

        lines.Add($"政策解读：{r.UnlinkedInterpretations.Count + r.PoliciesWithoutInterpretation.Count} 项");
        lines.AddRange(r.UnlinkedInterpretations.Concat(r.PoliciesWithoutInterpretation).Select(g => $"  {g.Title}：{g.Problem}"));
        lines.Add($"超过公开时限（第二十六条）：{r.Overdue.Count} 项");
        lines.AddRange(r.Overdue.Select(o => $"  {o.Title}：应于 {Iso(o.Due)} 前公开，{(o.PublishedOn is { } p ? $"实际 {Iso(p)} 公开" : "至今未公开")}"));
        lines.Add($"定期复查（第十八条）：{r.ReReviews.Count} 项");
        lines.AddRange(r.ReReviews.Select(d => $"  {d.Title}（{DisclosureModes.Name(d.Disclosure)}）：{(d.Due ? "已到" : "即将到")}复查日期 {Iso(d.DueOn)}"));
        return string.Join('\n', lines);
    }
}
