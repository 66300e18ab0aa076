using Gongkai.Application.Catalog;
using Gongkai.Application.Catalog.Search;
using Gongkai.Application.Data;
using Gongkai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Demo;

/// <summary>
/// Puts <see cref="DemoCatalogItems"/> into the demo department's catalog the way the office would have: each
/// item registered by the editor, reviewed (保密审查) by the reviewer and signed off by the signer on its own
/// dates, so the portal, the ledger and the search have something real to show. Deterministic: the same
/// items, dates and 索引号 on every machine. On by default with the demo (<c>Gongkai:Demo:Catalog</c>).
/// </summary>
public sealed class DemoCatalogSeeder(GongkaiDbContext db, IndexNumbers indexNumbers, SearchIndexing search, PublicContent publicContent)
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    public async Task SeedAsync(int agencyId, CancellationToken cancel = default)
    {
        var settings = await db.CatalogSettings.FirstAsync(s => s.AgencyId == agencyId, cancel);
        var saved = new Dictionary<int, CatalogItem>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        // In the order they were signed off, so each year's 索引号 follow the publication dates; a 政策解读 after its policy.
        foreach (var (spec, position) in DemoCatalogItems.All.Select((s, i) => (s, i)).OrderBy(p => p.s.WrittenOn.AddDays(p.s.DaysToPublish)).ThenBy(p => p.i))
        {
            var content = Content(spec, spec.Interprets is { } policy ? saved[policy].Id : null);
            var written = At(spec.WrittenOn, 9);
            var item = CatalogItem.Register(agencyId, content, "editor", written);
            if (spec.Stage != DemoStage.Draft)
            {
                item.Submit([], "editor", written.AddHours(2));
            }

            if (spec.Stage is DemoStage.Published or DemoStage.Repealed)
            {
                var published = spec.WrittenOn.AddDays(spec.DaysToPublish);
                item.Pass("经审查，不涉及国家秘密、工作秘密和个人隐私，同意" + (content.Disclosure == DisclosureMode.Proactive ? "公开" : "按所定公开属性处理"), "reviewer", At(published, 9));
                var indexNo = await indexNumbers.NextAsync(settings, published, cancel);
                item.SignOff(() => indexNo, published, "同意", "signer", At(published, 10));
            }

            db.CatalogItems.Add(item);
            await db.SaveChangesAsync(cancel);
            if (spec is { Stage: DemoStage.Repealed, RepealedOn: { } repealedOn })
            {
                item.Repeal(repealedOn, withdraw: false, spec.RepealReason, "signer", At(repealedOn, 10));
                await db.SaveChangesAsync(cancel);
            }

            await search.UpdateAsync(item, cancel);
            saved[position] = item;
        }

        // The enforcement register of the same office, so its 2024 report's table 二 fills from records too.
        db.AddRange(DemoEnforcement.Register(agencyId));
        await db.SaveChangesAsync(cancel);
        await transaction.CommitAsync(cancel);
        await publicContent.ChangedAsync(cancel);
    }

    /// <summary>That hour in Shanghai, as UTC (PostgreSQL stores timestamps with time zone in UTC only).</summary>
    private static DateTimeOffset At(DateOnly day, int hour) => new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), Shanghai).ToUniversalTime();

    private static CatalogContent Content(DemoCatalogItem spec, int? interprets) => new CatalogContent
    {
        Title = spec.Title,
        DocumentNo = spec.DocumentNo,
        Publisher = DemoSeeder.DemoDepartment,
        WrittenOn = spec.WrittenOn,
        PublishedOn = spec.Stage is DemoStage.Published or DemoStage.Repealed ? spec.WrittenOn.AddDays(spec.DaysToPublish) : null,
        Category = spec.Category,
        Genre = spec.Genre,
        Column = spec.Column,
        Keywords = spec.Keywords,
        Summary = spec.Summary,
        BodyHtml = Body(spec),
        Disclosure = spec.Disclosure,
        DisclosureReason = spec.Reason,
        RegulatoryKind = spec.Kind,
        NeedsInterpretation = spec.NeedsInterpretation,
        InterpretsItemId = interprets,
    };

    /// <summary>A body in the register of such documents: the purpose, the substance (the summary), the arrangements, the contact.</summary>
    private static string Body(DemoCatalogItem spec)
    {
        var opening = spec.Column switch
        {
            "政策解读" => "为便于社会公众准确理解相关政策，现就有关问题解读如下。",
            "工作动态" => $"{spec.WrittenOn.Month}月{spec.WrittenOn.Day}日，本局",
            "财政信息" => "根据预决算公开的有关规定，现将有关情况公开如下。",
            _ => "为进一步提升城市管理精细化水平，改善城区市容环境，依据有关法律法规，结合我市实际，现将有关事项明确如下。",
        };
        var arrangement = spec.Column switch
        {
            "政策解读" => "本解读仅用于帮助理解，具体以正式文件为准。",
            "工作动态" => "下一步，市城市管理综合执法局将持续做好相关工作，切实提升群众满意度。",
            _ => "各有关单位要高度重视，明确责任分工，加强协调配合，确保各项工作落到实处。广大市民如发现违反城市管理规定的行为，可拨打城市管理服务热线 0470-5212345 反映。",
        };
        var lead = spec.Column == "工作动态" ? $"<p>{opening}{spec.Summary}</p>" : $"<p>{opening}</p><p>{spec.Summary}</p>";
        return $"{lead}<p>{arrangement}</p>{spec.Genre switch { "通知" => "<p>特此通知。</p>", "通告" or "公告" => "<p>特此公告。</p>", _ => "" }}"
            + $"<p style=\"text-align:right\">{DemoSeeder.DemoDepartment}<br>{spec.WrittenOn.Year}年{spec.WrittenOn.Month}月{spec.WrittenOn.Day}日</p>";
    }
}
