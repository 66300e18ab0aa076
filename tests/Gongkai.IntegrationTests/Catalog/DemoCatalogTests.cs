using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Application.Demo;
using Gongkai.Domain.Catalog;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>The demo department's catalog as the portal shows it: published items only, 政策解读 linked both ways, the same on every machine.</summary>
public sealed partial class DemoCatalogTests : IDisposable
{
    private static readonly Dictionary<string, string?> WithCatalog = new() { ["Gongkai:Demo:Catalog"] = "true" };
    private readonly GongkaiFactory _factory = new(settings: WithCatalog);

    public void Dispose() => _factory.Dispose();

    [GeneratedRegex("""<a href="/catalog/items/(\d+)">([^<]+)</a>""")]
    private static partial Regex ItemLink();

    [Fact]
    public async Task ThePortalShowsEveryPublicDemoItemAndNothingElse()
    {
        var agency = await Demo.DepartmentIdAsync(_factory);
        var client = StaffClient.Anonymous(_factory);
        var listed = new Dictionary<string, int>();
        for (var page = 1; page <= 5; page++)
        {
            foreach (Match m in ItemLink().Matches(await client.GetStringAsync($"/catalog/{agency}/items?page={page}")))
            {
                listed[System.Net.WebUtility.HtmlDecode(m.Groups[2].Value)] = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var expected = DemoCatalogItems.All.Where(i => i.Disclosure == DisclosureMode.Proactive && i.Stage is DemoStage.Published or DemoStage.Repealed).Select(i => i.Title).ToList();
        Assert.True(expected.Count >= 30, $"only {expected.Count} public demo items");
        Assert.Equal(expected.Order(StringComparer.Ordinal), listed.Keys.Order(StringComparer.Ordinal));

        // Every 政策解读 and its policy show each other.
        foreach (var (spec, policy) in DemoCatalogItems.All.Where(i => i.Interprets is not null).Select(i => (i, DemoCatalogItems.All[i.Interprets!.Value])))
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(spec.Title), await client.GetStringAsync($"/catalog/items/{listed[policy.Title]}"));
            Assert.Contains(System.Net.WebUtility.HtmlEncode(policy.Title), await client.GetStringAsync($"/catalog/items/{listed[spec.Title]}"));
        }

        // The repealed measure stays public, marked 废止; a 2-character query finds demo items.
        var repealed = DemoCatalogItems.All.Single(i => i.Stage == DemoStage.Repealed);
        Assert.Contains("废止", await client.GetStringAsync($"/catalog/items/{listed[repealed.Title]}"));
        using var search = JsonDocument.Parse(await client.GetStringAsync("/api/catalog/search?q=" + Uri.EscapeDataString("清雪")));
        Assert.Equal(
            DemoCatalogItems.All.Where(i => expected.Contains(i.Title) && (i.Title + i.Summary + i.Keywords).Contains("清雪", StringComparison.Ordinal)).Select(i => i.Title).Order(StringComparer.Ordinal),
            search.RootElement.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("title").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheDemoCatalogIsTheSameOnEveryMachineWithIndexNumbersInPublicationOrder()
    {
        using var other = new GongkaiFactory(settings: WithCatalog);
        var first = await IndexNumbersAsync(_factory);
        var second = await IndexNumbersAsync(other);
        Assert.Equal(first, second);
        foreach (var year in first.GroupBy(f => f.Number[(DemoSeeder.DemoCreditCode.Length + 1)..][..4]))
        {
            var ordered = year.OrderBy(f => f.Number, StringComparer.Ordinal).Select(f => f.Published).ToList();
            Assert.Equal(ordered.Order(), ordered);
            // Withheld items are signed off too and hold numbers of the same sequence, unseen here.
            var signed = DemoCatalogItems.All.Count(i => i.Stage is DemoStage.Published or DemoStage.Repealed && i.WrittenOn.AddDays(i.DaysToPublish).Year.ToString(System.Globalization.CultureInfo.InvariantCulture) == year.Key);
            var sequence = year.Select(f => int.Parse(f.Number[^5..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(sequence.Count, sequence.Distinct().Count());
            Assert.All(sequence, n => Assert.InRange(n, 1, signed));
        }
    }

    private static async Task<List<(string Title, string Number, DateOnly Published)>> IndexNumbersAsync(GongkaiFactory factory)
    {
        var agency = await Demo.DepartmentIdAsync(factory);
        var result = new List<(string, string, DateOnly)>();
        var client = StaffClient.Anonymous(factory);
        for (var page = 1; page <= 5; page++)
        {
            foreach (Match m in ItemLink().Matches(await client.GetStringAsync($"/catalog/{agency}/items?page={page}")))
            {
                using var item = JsonDocument.Parse(await client.GetStringAsync($"/api/catalog/items/{m.Groups[1].Value}"));
                var root = item.RootElement;
                result.Add((root.GetProperty("title").GetString()!, root.GetProperty("index_no").GetString()!, DateOnly.Parse(root.GetProperty("published_on").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return result.OrderBy(r => r.Item2, StringComparer.Ordinal).ToList();
    }
}
