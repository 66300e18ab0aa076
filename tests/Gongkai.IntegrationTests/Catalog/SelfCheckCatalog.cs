using Gongkai.Application.Catalog;
using Gongkai.Application.Data;
using Gongkai.Domain.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>
/// Builds a catalog for the self-check tests straight through the domain (registered, reviewed, signed off on
/// a given day, as the demo seeder does), so a test can hold hundreds of items with dates of its choosing.
/// </summary>
public sealed class SelfCheckCatalog(GongkaiFactory factory, int agencyId)
{
    private int _sequence;

    public int AgencyId { get; } = agencyId;

    public static DateOnly TodayOf(GongkaiFactory factory) => DateOnly.FromDateTime(factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>
    /// The state a column should have, computed apart from the rule under test: age in days for a 2-week column,
    /// month arithmetic (a day N months back, clamped to a shorter month's end) for the others.
    /// </summary>
    public static ColumnState ExpectedState(ColumnCadence cadence, DateOnly? newest, DateOnly today)
    {
        if (newest is not { } last)
        {
            return ColumnState.Blank;
        }

        bool OlderThan(int months)
        {
            var index = today.Year * 12 + today.Month - 1 - months;
            var lastIndex = last.Year * 12 + last.Month - 1;
            return lastIndex < index || (lastIndex == index && last.Day < Math.Min(today.Day, DateTime.DaysInMonth(index / 12, index % 12 + 1)));
        }

        var age = today.DayNumber - last.DayNumber;
        return cadence switch
        {
            ColumnCadence.News => age > 14 ? ColumnState.Stale : age > 10 ? ColumnState.Soon : ColumnState.Fresh,
            ColumnCadence.NoticesAndPolicies => OlderThan(6) ? ColumnState.Stale : OlderThan(5) ? ColumnState.Soon : ColumnState.Fresh,
            ColumnCadence.Yearly => OlderThan(12) ? ColumnState.Stale : OlderThan(11) ? ColumnState.Soon : ColumnState.Fresh,
            _ => ColumnState.Fresh,
        };
    }

    /// <summary>Sets the agency's columns (名称|更新周期 per line).</summary>
    public async Task ConfigureAsync(IEnumerable<CatalogColumn> columns)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<CatalogSettingsStore>();
        var current = await store.GetAsync(AgencyId);
        await store.UpdateAsync(Application.Accounts.StaffContext.System(), AgencyId, current.OrganisationCode, current.IndexTemplate, current.Categories, current.Genres,
            CatalogVocabulary.WriteColumns(columns), current.Office);
    }

    /// <summary>One item of <paramref name="column"/> signed off on <paramref name="published"/>; withdrawn or repealed after if asked, or left as a draft.</summary>
    public async Task<int> AddAsync(Random random, string? column, DateOnly published, DisclosureMode mode = DisclosureMode.Proactive, bool draft = false,
        bool repealed = false, bool withdrawn = false, bool needsInterpretation = false, int? interprets = null, DateOnly? written = null)
    {
        var content = CatalogStaff.RandomContent(random, mode) with
        {
            Column = column,
            WrittenOn = written ?? published.AddDays(-random.Next(0, 4)),
            PublishedOn = draft ? null : published,
            NeedsInterpretation = needsInterpretation,
            InterpretsItemId = interprets,
        };
        var at = new DateTimeOffset(published.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)).ToUniversalTime();
        var item = CatalogItem.Register(AgencyId, content, "editor", at);
        if (!draft)
        {
            item.Submit([], "editor", at);
            item.Pass(null, "reviewer", at);
            var number = Interlocked.Increment(ref _sequence);
            item.SignOff(() => $"SC{AgencyId}/{Guid.NewGuid():N}"[..30] + number, published, null, "signer", at);
            if (repealed || withdrawn)
            {
                item.Repeal(published, withdrawn, "测试", "signer", at);
            }
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        db.CatalogItems.Add(item);
        await db.SaveChangesAsync();
        return item.Id;
    }
}
