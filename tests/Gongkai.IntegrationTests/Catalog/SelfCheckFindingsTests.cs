using Gongkai.Application.Accounts;
using Gongkai.Application.Catalog.Inspection;
using Gongkai.Domain.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>
/// The self-check's lists besides the columns, on a generated catalog: 政策解读 gaps both ways, items past
/// 条例第二十六条's 20 working days, withheld items due (or nearly due) for 定期复查; each list holds exactly the
/// items made to be in it. And who may see an agency's self-check.
/// </summary>
public sealed class SelfCheckFindingsTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<SelfCheckReport> RunAsync(int agencyId, StaffContext staff)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InspectionSelfCheck>().RunAsync(staff, agencyId);
    }

    [Fact]
    public async Task InterpretationGapsOverdueItemsAndReReviewsAreExactlyTheOnesMadeSo()
    {
        var random = new Random(1421);
        var today = SelfCheckCatalog.TodayOf(_factory);
        var catalog = new SelfCheckCatalog(_factory, await Demo.DepartmentIdAsync(_factory));
        DateOnly Recent() => today.AddDays(-random.Next(1, 60));
        // Drafts written in the last 13 days are within 第二十六条's 20 working days: only the two made late are overdue.
        DateOnly Fresh() => today.AddDays(-random.Next(0, 10));
        var without = new List<int>();
        var unlinked = new List<int>();
        for (var i = 0; i < 4 + random.Next(4); i++)
        {
            var policy = await catalog.AddAsync(random, "政策文件", Recent(), needsInterpretation: true);
            switch (random.Next(4))
            {
                case 0:
                    await catalog.AddAsync(random, "政策解读", Recent(), interprets: policy);
                    break;
                case 1:
                    // Only a withheld or a withdrawn interpretation: the public sees none.
                    await catalog.AddAsync(random, "政策解读", Recent(), random.Next(2) == 0 ? DisclosureMode.OnRequest : DisclosureMode.Proactive, withdrawn: true, interprets: policy);
                    without.Add(policy);
                    break;
                case 2:
                    // An interpretation still in the works does not help the published policy.
                    await catalog.AddAsync(random, "政策解读", Fresh(), draft: true, interprets: policy);
                    without.Add(policy);
                    break;
                default:
                    without.Add(policy);
                    break;
            }

            // An interpretation with no policy, or of a policy the public cannot see.
            unlinked.Add(await catalog.AddAsync(random, "政策解读", Recent()));
            var hidden = random.Next(2) == 0
                ? await catalog.AddAsync(random, "政策文件", Fresh(), draft: true)
                : await catalog.AddAsync(random, "政策文件", Recent(), withdrawn: true);
            var hiddenDraft = await catalog.AddAsync(random, "政策文件", Fresh(), draft: true);
            unlinked.Add(await catalog.AddAsync(random, "政策解读", Recent(), interprets: random.Next(2) == 0 ? hiddenDraft : hidden));
        }

        // A withheld policy marked as needing one is not the portal's business; a policy not marked, neither.
        await catalog.AddAsync(random, "政策文件", Recent(), DisclosureMode.Withheld, needsInterpretation: true);
        await catalog.AddAsync(random, "政策文件", Recent());

        // 第二十六条: a draft written two months ago, an item published 40 days after it was written; one on time.
        var overdueDraft = await catalog.AddAsync(random, "通知公告", today, draft: true, written: today.AddDays(-60));
        var publishedLate = await catalog.AddAsync(random, "通知公告", today.AddDays(-5), written: today.AddDays(-45));
        await catalog.AddAsync(random, "通知公告", today.AddDays(-5), written: today.AddDays(-7));

        // 第十八条: signed off a year ago or more (due), in the next 30 days (soon), later (not listed), repealed (never).
        var due = new List<int>();
        var soon = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            var mode = random.Next(2) == 0 ? DisclosureMode.OnRequest : DisclosureMode.Withheld;
            switch (i % 3)
            {
                case 0:
                    due.Add(await catalog.AddAsync(random, "内部", today.AddMonths(-12).AddDays(-random.Next(0, 100)), mode));
                    break;
                case 1:
                    soon.Add(await catalog.AddAsync(random, "内部", today.AddMonths(-12).AddDays(random.Next(1, 28)), mode));
                    break;
                default:
                    await catalog.AddAsync(random, "内部", today.AddMonths(-12).AddDays(random.Next(40, 200)), mode);
                    await catalog.AddAsync(random, "内部", today.AddMonths(-14), mode, repealed: true);
                    break;
            }
        }

        var report = await RunAsync(catalog.AgencyId, StaffContext.System());
        Assert.Equal(without.Order(), report.PoliciesWithoutInterpretation.Select(g => g.ItemId).Order());
        Assert.Equal(unlinked.Order(), report.UnlinkedInterpretations.Select(g => g.ItemId).Order());
        Assert.Equal(new[] { overdueDraft, publishedLate }.Order(), report.Overdue.Select(o => o.ItemId).Order());
        Assert.Equal(due.Order(), report.ReReviews.Where(r => r.Due).Select(r => r.ItemId).Order());
        Assert.Equal(soon.Order(), report.ReReviews.Where(r => !r.Due).Select(r => r.ItemId).Order());
    }

    [Fact]
    public async Task StaffSeeTheirOwnAgencyOnlyAndThePageSaysWhatTheReportSays()
    {
        var random = new Random(1422);
        var today = SelfCheckCatalog.TodayOf(_factory);
        var department = await Demo.DepartmentIdAsync(_factory);
        var catalog = new SelfCheckCatalog(_factory, department);
        await catalog.ConfigureAsync([new("工作动态", ColumnCadence.News), new("通知公告", ColumnCadence.NoticesAndPolicies), new("人事信息", ColumnCadence.Yearly)]);
        await catalog.AddAsync(random, "工作动态", today.AddDays(-12));
        await catalog.AddAsync(random, "通知公告", today.AddMonths(-7));

        var editor = new StaffContext(Demo.Editor.User, department, new HashSet<string> { StaffRoles.Editor });
        var report = await RunAsync(department, editor);
        Assert.Equal([ColumnState.Soon, ColumnState.Stale, ColumnState.Blank], report.Columns.Select(c => c.State));
        var other = (await _factory.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<Application.Agencies.AgencyDirectory>().AllAsync())
            .First(a => a.Id != department && a.ParentId != department);
        await Assert.ThrowsAsync<Application.GongkaiException>(() => RunAsync(other.Id, editor));

        var page = await (await Demo.EditorAsync(_factory)).Http.GetStringAsync("/catalog/staff/self-check");
        Assert.Contains("data-column=\"工作动态\" data-state=\"Soon\"", page, StringComparison.Ordinal);
        Assert.Contains("data-column=\"通知公告\" data-state=\"Stale\"", page, StringComparison.Ordinal);
        Assert.Contains("data-column=\"人事信息\" data-state=\"Blank\"", page, StringComparison.Ordinal);
        Assert.Contains("data-passes=\"true\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/catalog/staff/self-check\"", await (await Demo.EditorAsync(_factory)).Http.GetStringAsync("/catalog/staff"), StringComparison.Ordinal);
    }
}
