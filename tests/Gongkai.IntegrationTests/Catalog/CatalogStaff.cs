using Gongkai.Application.Accounts;
using Gongkai.Application.Catalog;
using Gongkai.Domain.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>The demo department's staff acting through the use cases, each call in its own scope as a request would be.</summary>
public sealed class CatalogStaff(GongkaiFactory factory, int agencyId)
{
    public int AgencyId { get; } = agencyId;
    public StaffContext Editor => new(Demo.Editor.User, AgencyId, new HashSet<string> { StaffRoles.Editor });
    public StaffContext Reviewer => new(Demo.Reviewer.User, AgencyId, new HashSet<string> { StaffRoles.Reviewer });
    public StaffContext Signer => new(Demo.Signer.User, AgencyId, new HashSet<string> { StaffRoles.Signer });

    public static async Task<CatalogStaff> ForDemoAsync(GongkaiFactory factory) => new(factory, await Demo.DepartmentIdAsync(factory));

    public async Task<T> RunAsync<T>(Func<CatalogCommands, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CatalogCommands>());
    }

    public async Task<CatalogItem> GetAsync(int id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogQueries>().GetAsync(Editor, id);
    }

    /// <summary>Registered, reviewed (every finding acknowledged) and signed off; <paramref name="confirm"/>: past a 三同步 warning.</summary>
    public async Task<CatalogItem> PublishAsync(CatalogContent content, bool confirm = false)
    {
        var item = await AwaitingSignOffAsync(content);
        return (await RunAsync(c => c.SignOffAsync(Signer, item.Id, item.Revision, null, confirm))).Item;
    }

    public async Task<CatalogItem> AwaitingSignOffAsync(CatalogContent content)
    {
        var item = (await RunAsync(c => c.RegisterAsync(Editor, AgencyId, content))).Item;
        item = (await RunAsync(c => c.SubmitAsync(Editor, item.Id, item.Revision))).Item;
        foreach (var finding in item.Working.LatestRound!.Findings.ToList())
        {
            item = (await RunAsync(c => c.AcknowledgeAsync(Reviewer, item.Id, item.Revision, finding.Id))).Item;
        }

        return (await RunAsync(c => c.PassAsync(Reviewer, item.Id, item.Revision, "同意"))).Item;
    }

    /// <summary>Random valid content: titles and bodies of official phrases, dates in 2025–2026, seeded.</summary>
    public static CatalogContent RandomContent(Random random, DisclosureMode mode = DisclosureMode.Proactive, string? title = null)
    {
        string[] subjects = ["城市管理执法", "市容环境卫生", "户外广告设置", "渣土运输", "占道经营", "违法建设治理", "园林绿化", "市政设施维护"];
        string[] kinds = ["通知", "意见", "通告", "公告", "决定"];
        var subject = subjects[random.Next(subjects.Length)];
        var kind = kinds[random.Next(kinds.Length)];
        var written = new DateOnly(2025, 1, 1).AddDays(random.Next(600));
        return new CatalogContent
        {
            Title = title ?? $"关于加强{subject}工作的{kind}（{random.Next(1000, 9999)}）",
            DocumentNo = $"根城管发〔{written.Year}〕{random.Next(1, 200)}号",
            Publisher = "根河市城市管理综合执法局",
            WrittenOn = written,
            Category = "城乡建设、环境保护",
            Genre = kind,
            Column = "通知公告",
            Keywords = $"{subject} {kind}",
            Summary = $"就{subject}有关事项作出规定。",
            BodyHtml = $"<p>各有关单位：</p><p>为进一步做好{subject}工作，现将有关事项{kind}如下。</p>",
            Disclosure = mode,
            DisclosureReason = mode == DisclosureMode.Proactive ? null : "属于内部事务信息",
        };
    }
}
