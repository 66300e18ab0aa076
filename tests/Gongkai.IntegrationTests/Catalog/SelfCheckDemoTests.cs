using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Application.Demo;
using Gongkai.Cli;
using Gongkai.Domain.Catalog;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>
/// The self-check of the demo department, page and command line, against findings worked out here from the
/// demo's own list (<see cref="DemoCatalogItems"/>): each column's newest public item and the state its age
/// gives, the policies whose 政策解读 is missing, the withheld items due for re-review.
/// </summary>
public sealed partial class SelfCheckDemoTests : IDisposable
{
    private static readonly Dictionary<string, string?> WithCatalog = new() { ["Gongkai:Demo:Catalog"] = "true" };
    private readonly GongkaiFactory _factory = new(settings: WithCatalog);

    public void Dispose() => _factory.Dispose();

    [GeneratedRegex("""data-column="([^"]+)" data-state="(\w+)""")]
    private static partial Regex ColumnRow();

    private static bool Public(DemoCatalogItem i) => i.Disclosure == DisclosureMode.Proactive && i.Stage is DemoStage.Published or DemoStage.Repealed;

    private static DateOnly Published(DemoCatalogItem i) => i.WrittenOn.AddDays(i.DaysToPublish);

    /// <summary>Each configured demo column with the state the demo list gives it on <paramref name="today"/>.</summary>
    private static Dictionary<string, ColumnState> ExpectedColumns(DateOnly today) => DemoCatalog.Settings(0).ColumnList.ToDictionary(c => c.Name, c =>
    {
        var fed = DemoCatalogItems.All.Where(i => Public(i) && i.Column == c.Name).Select(Published).ToList();
        return SelfCheckCatalog.ExpectedState(c.Cadence, fed.Count == 0 ? null : fed.Max(), today);
    });

    private static List<string> PoliciesWithout() => DemoCatalogItems.All.Select((item, position) => (item, position))
        .Where(p => Public(p.item) && p.item.NeedsInterpretation && !DemoCatalogItems.All.Any(i => Public(i) && i.Interprets == p.position))
        .Select(p => p.item.Title).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task ThePageShowsTheDemoFindingsWorkedOutFromTheDemoList()
    {
        var today = SelfCheckCatalog.TodayOf(_factory);
        var page = await (await Demo.EditorAsync(_factory)).Http.GetStringAsync("/catalog/staff/self-check");
        var shown = ColumnRow().Matches(page).ToDictionary(m => m.Groups[1].Value, m => Enum.Parse<ColumnState>(m.Groups[2].Value));
        var expected = ExpectedColumns(today);
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), shown.OrderBy(e => e.Key, StringComparer.Ordinal));

        var stale = expected.Count(e => e.Value == ColumnState.Stale);
        var blank = expected.Count(e => e.Value == ColumnState.Blank);
        var newest = DemoCatalogItems.All.Where(Public).Max(Published);
        var passes = stale < 5 && blank < 5 && today.DayNumber - newest.DayNumber <= 14;
        Assert.Contains($"data-passes=\"{(passes ? "true" : "false")}\"", page, StringComparison.Ordinal);
        Assert.Contains($"<strong id=\"stale-count\">{stale}</strong>", page, StringComparison.Ordinal);
        Assert.Contains($"<strong id=\"blank-count\">{blank}</strong>", page, StringComparison.Ordinal);
        foreach (var title in PoliciesWithout())
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(title), page, StringComparison.Ordinal);
        }

        // Withheld demo items come up for 定期复查 a year after they were registered.
        foreach (var withheld in DemoCatalogItems.All.Where(i => i.Disclosure != DisclosureMode.Proactive && i.Stage == DemoStage.Published))
        {
            var dueOn = Published(withheld).AddMonths(CatalogItemVersion.ReReviewMonths);
            var listed = page.Contains(System.Net.WebUtility.HtmlEncode(withheld.Title), StringComparison.Ordinal);
            Assert.Equal(dueOn <= today.AddDays(30), listed);
        }
    }

    [Fact]
    public async Task TheCommandLinePrintsTheSameFindingsAndExitsZero()
    {
        using var database = TestDatabase.Create();
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["ConnectionStrings:Default"] = database.ConnectionString,
            ["Gongkai:Demo:Catalog"] = "true",
        };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GongkaiCommandLine.RunAsync(["catalog", "self-check", "--agency", DemoSeeder.DemoDepartment, "--json"], output, error, settings);
        Assert.True(code == 0, error.ToString());
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        var today = DateOnly.Parse(root.GetProperty("today").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var expected = ExpectedColumns(today);
        var columns = root.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("state").GetString()!);
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value.ToString().ToLowerInvariant())),
            columns.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value)));
        Assert.Equal(expected.Count(e => e.Value == ColumnState.Stale), root.GetProperty("stale_columns").GetInt32());
        Assert.Equal(PoliciesWithout(), root.GetProperty("policies_without_interpretation").EnumerateArray().Select(p => p.GetProperty("title").GetString()!).Order(StringComparer.Ordinal));

        using var text = new StringWriter();
        Assert.Equal(0, await GongkaiCommandLine.RunAsync(["catalog", "self-check", "--agency", DemoSeeder.DemoDepartment], text, error, settings));
        Assert.Contains("单项否决", text.ToString(), StringComparison.Ordinal);
        using var unknown = new StringWriter();
        Assert.Equal(1, await GongkaiCommandLine.RunAsync(["catalog", "self-check", "--agency", "不存在的局"], unknown, error, settings));
    }
}
