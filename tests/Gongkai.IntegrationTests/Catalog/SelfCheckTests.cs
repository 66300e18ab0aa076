using Gongkai.Application.Accounts;
using Gongkai.Application.Catalog.Inspection;
using Gongkai.Domain.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>
/// The inspection self-check on generated catalogs (seeded): columns of every cadence whose newest public item
/// sits just inside or just past each threshold, with decoys that must not count (withheld, withdrawn, drafts,
/// unlisted columns); exactly the planned columns are flagged, the 单项否决 summary turns at five, and the
/// 政策解读, 第二十六条 and 第十八条 findings list exactly the items made to be found. Runs on both databases.
/// </summary>
public sealed class SelfCheckTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private enum Plan { Blank, Fresh, Soon, Stale }

    /// <summary>The newest item's date for a plan, by calendar arithmetic on the day of the check.</summary>
    private static DateOnly Newest(Random random, ColumnCadence cadence, Plan plan, DateOnly today)
    {
        var edge = random.Next(3) == 0;
        return (cadence, plan) switch
        {
            (ColumnCadence.News, Plan.Fresh) => today.AddDays(-(edge ? 10 : random.Next(0, 11))),
            (ColumnCadence.News, Plan.Soon) => today.AddDays(-(edge ? (random.Next(2) == 0 ? 11 : 14) : random.Next(11, 15))),
            (ColumnCadence.News, Plan.Stale) => today.AddDays(-(edge ? 15 : random.Next(15, 400))),
            (ColumnCadence.NoticesAndPolicies, Plan.Fresh) => edge ? today.AddMonths(-5) : today.AddDays(-random.Next(0, 140)),
            (ColumnCadence.NoticesAndPolicies, Plan.Soon) => edge ? (random.Next(2) == 0 ? today.AddMonths(-6) : today.AddMonths(-5).AddDays(-1)) : today.AddMonths(-5).AddDays(-random.Next(1, 25)),
            (ColumnCadence.NoticesAndPolicies, Plan.Stale) => today.AddMonths(-6).AddDays(-(edge ? 1 : random.Next(1, 500))),
            (ColumnCadence.Yearly, Plan.Fresh) => edge ? today.AddMonths(-11) : today.AddDays(-random.Next(0, 300)),
            (ColumnCadence.Yearly, Plan.Soon) => edge ? (random.Next(2) == 0 ? today.AddYears(-1) : today.AddMonths(-11).AddDays(-1)) : today.AddMonths(-11).AddDays(-random.Next(1, 25)),
            (ColumnCadence.Yearly, Plan.Stale) => today.AddYears(-1).AddDays(-(edge ? 1 : random.Next(1, 500))),
            _ => today.AddDays(-random.Next(0, 2000)),
        };
    }

    private static ColumnState Expected(ColumnCadence cadence, Plan plan) => plan switch
    {
        Plan.Blank => ColumnState.Blank,
        _ when cadence == ColumnCadence.None => ColumnState.Fresh,
        Plan.Fresh => ColumnState.Fresh,
        Plan.Soon => ColumnState.Soon,
        _ => ColumnState.Stale,
    };

    private async Task<SelfCheckReport> RunAsync(int agencyId, StaffContext? staff = null)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InspectionSelfCheck>().RunAsync(staff ?? StaffContext.System(), agencyId);
    }

    [Theory]
    [InlineData(1411)]
    [InlineData(1412)]
    public async Task GeneratedColumnsAreFlaggedExactlyAsTheirNewestPublicItemsAge(int seed)
    {
        var random = new Random(seed);
        _factory.Clock.Advance(TimeSpan.FromDays(random.Next(1, 30)));
        var today = SelfCheckCatalog.TodayOf(_factory);
        var catalog = new SelfCheckCatalog(_factory, await Demo.DepartmentIdAsync(_factory));
        // Every cadence with every plan, and as many again at random, in a random order.
        var plans = Enum.GetValues<ColumnCadence>().SelectMany(c => Enum.GetValues<Plan>().Select(p => (Cadence: c, Plan: p))).ToList();
        plans.AddRange(Enumerable.Range(0, plans.Count).Select(_ => ((ColumnCadence)random.Next(4), (Plan)random.Next(4))));
        var columns = plans.Select((p, i) => (Column: new CatalogColumn($"栏目{i:00}", p.Cadence), p.Plan)).OrderBy(_ => random.Next()).ToList();
        await catalog.ConfigureAsync(columns.Select(c => c.Column));

        foreach (var (column, plan) in columns)
        {
            // Decoys newer than anything public: withheld, withdrawn, a draft. None of them feeds the column.
            var decoyDay = today.AddDays(-random.Next(0, 3));
            await catalog.AddAsync(random, column.Name, decoyDay, DisclosureMode.OnRequest);
            await catalog.AddAsync(random, column.Name, decoyDay, withdrawn: true);
            await catalog.AddAsync(random, column.Name, decoyDay, draft: true);
            if (plan == Plan.Blank)
            {
                continue;
            }

            var newest = Newest(random, column.Cadence, plan, today);
            // The newest may be repealed and still shown: it was published, and it still counts.
            await catalog.AddAsync(random, column.Name, newest, repealed: random.Next(4) == 0);
            for (var older = random.Next(0, 3); older > 0; older--)
            {
                await catalog.AddAsync(random, column.Name, newest.AddDays(-random.Next(1, 400)));
            }
        }

        await catalog.AddAsync(random, "未设置的栏目", today);
        var report = await RunAsync(catalog.AgencyId);

        Assert.Equal(today, report.Today);
        Assert.Equal(columns.Select(c => c.Column.Name), report.Columns.Select(c => c.Column.Name));
        foreach (var (column, plan) in columns)
        {
            var check = report.Columns.Single(c => c.Column.Name == column.Name);
            Assert.True(Expected(column.Cadence, plan) == check.State, $"{column.Name} ({column.Cadence}, {plan}): newest {check.LastPublished}, today {today}, got {check.State}");
        }

        Assert.Equal(columns.Count(c => Expected(c.Column.Cadence, c.Plan) == ColumnState.Stale), report.Stale.Count);
        Assert.Equal(columns.Count(c => c.Plan == Plan.Blank), report.Blank.Count);
        Assert.Equal(["未设置的栏目"], report.UnlistedColumns);
        Assert.Equal(today, report.SiteLastPublished);
        Assert.False(report.Passes);
    }

    [Fact]
    public async Task TheVetoTurnsAtFiveStaleOrFiveBlankColumnsOrATwoWeekSilentPortal()
    {
        var random = new Random(1413);
        var today = SelfCheckCatalog.TodayOf(_factory);
        var catalog = new SelfCheckCatalog(_factory, await Demo.DepartmentIdAsync(_factory));
        (int Stale, int Blank, bool SilentPortal)[] cases = [(4, 4, true), (4, 4, false), (5, 0, false), (0, 5, false), (6, 6, false), (3, 2, false)];
        foreach (var (round, (stale, blank, silent)) in cases.Index())
        {
            var columns = new List<CatalogColumn>();
            for (var i = 0; i < stale; i++)
            {
                var column = new CatalogColumn($"第{round}轮不更新{i}", random.Next(2) == 0 ? ColumnCadence.News : ColumnCadence.NoticesAndPolicies);
                columns.Add(column);
                await catalog.AddAsync(random, column.Name, Newest(random, column.Cadence, Plan.Stale, today).AddDays(silent ? -30 : 0));
            }

            columns.AddRange(Enumerable.Range(0, blank).Select(i => new CatalogColumn($"第{round}轮空白{i}", (ColumnCadence)random.Next(4))));
            var live = new CatalogColumn($"第{round}轮动态", ColumnCadence.News);
            columns.Add(live);
            // A silent portal: its newest item 15 days old (the round's own; earlier rounds' are older still only while silent).
            await catalog.AddAsync(random, live.Name, silent ? today.AddDays(-15) : today.AddDays(-random.Next(0, 10)));
            await catalog.ConfigureAsync(columns.OrderBy(_ => random.Next()));

            var report = await RunAsync(catalog.AgencyId);
            Assert.Equal(stale + (silent ? 1 : 0), report.Stale.Count);
            Assert.Equal(blank, report.Blank.Count);
            Assert.Equal(silent, report.SiteStale);
            Assert.Equal(stale + (silent ? 1 : 0) < 5 && blank < 5 && !silent, report.Passes);
            Assert.Contains(report.Passes ? "不触及" : "不合格", report.Verdict, StringComparison.Ordinal);
        }
    }
}
