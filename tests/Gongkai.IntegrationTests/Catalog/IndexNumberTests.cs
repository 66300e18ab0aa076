using Gongkai.Application.Demo;
using Gongkai.Domain.Catalog;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>索引号 under concurrent publication: every item gets its own, consecutive, never reused, on both databases.</summary>
public sealed class IndexNumberTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ItemsSignedOffAtOnceGetDistinctConsecutiveNumbersAndACorrectionKeepsItsOwn()
    {
        var staff = await CatalogStaff.ForDemoAsync(_factory);
        var random = new Random(42);
        var waiting = new List<CatalogItem>();
        for (var i = 0; i < 12; i++)
        {
            waiting.Add(await staff.AwaitingSignOffAsync(CatalogStaff.RandomContent(random) with { PublishedOn = new DateOnly(2026, 11, 25) }));
        }

        var signed = await Task.WhenAll(waiting.Select(item => Task.Run(() => staff.RunAsync(c => c.SignOffAsync(staff.Signer, item.Id, item.Revision, null)))));

        var numbers = signed.Select(s => s.Item.IndexNo!).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 12).Select(n => $"{DemoSeeder.DemoCreditCode}/2026-{n:00000}").Order(), numbers.Order());

        var first = signed[0].Item;
        var correction = (await staff.RunAsync(c => c.CorrectAsync(staff.Editor, first.Id, first.Revision))).Item;
        correction = (await staff.RunAsync(c => c.SubmitAsync(staff.Editor, correction.Id, correction.Revision))).Item;
        correction = (await staff.RunAsync(c => c.PassAsync(staff.Reviewer, correction.Id, correction.Revision, null))).Item;
        correction = (await staff.RunAsync(c => c.SignOffAsync(staff.Signer, correction.Id, correction.Revision, null))).Item;
        Assert.Equal(first.IndexNo, correction.IndexNo);

        var next = await staff.PublishAsync(CatalogStaff.RandomContent(random) with { PublishedOn = new DateOnly(2026, 11, 26) });
        Assert.Equal($"{DemoSeeder.DemoCreditCode}/2026-00013", next.IndexNo);
        var nextYear = await staff.PublishAsync(CatalogStaff.RandomContent(random) with { WrittenOn = new DateOnly(2026, 11, 1), PublishedOn = new DateOnly(2027, 1, 4) });
        Assert.Equal($"{DemoSeeder.DemoCreditCode}/2027-00001", nextYear.IndexNo);
    }
}
