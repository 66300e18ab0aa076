using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using Gongkai.Application.Demo;
using Gongkai.Domain.Catalog;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>The public portal: the guide from the settings, browsing, the item page, the feed, and cached pages that change on the very next request.</summary>
public sealed class PortalTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task APublishedCorrectionIsVisibleOnTheVeryNextRequestAndUnchangedPagesRevalidateWith304()
    {
        var staff = await CatalogStaff.ForDemoAsync(_factory);
        var item = await staff.PublishAsync(CatalogStaff.RandomContent(new Random(41), title: "关于市容管理的通知"));
        var client = StaffClient.Anonymous(_factory);
        var urls = new[] { $"/catalog/items/{item.Id}", $"/catalog/{staff.AgencyId}", $"/catalog/{staff.AgencyId}/items", "/catalog", "/catalog/feed.atom" };
        var etags = new Dictionary<string, EntityTagHeaderValue>();
        foreach (var url in urls)
        {
            var first = await client.GetAsync(url);
            Assert.Contains("关于市容管理的通知", await first.Content.ReadAsStringAsync());
            etags[url] = first.Headers.ETag!;
            Assert.NotNull(first.Content.Headers.LastModified);
            using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
            revalidate.Headers.IfNoneMatch.Add(etags[url]);
            Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(revalidate)).StatusCode);
        }

        var correction = (await staff.RunAsync(c => c.CorrectAsync(staff.Editor, item.Id, item.Revision))).Item;
        correction = (await staff.RunAsync(c => c.EditAsync(staff.Editor, correction.Id, correction.Revision, correction.Working.Content with { Title = "关于市容管理的通知（更正）" }))).Item;
        correction = (await staff.RunAsync(c => c.SubmitAsync(staff.Editor, correction.Id, correction.Revision))).Item;
        correction = (await staff.RunAsync(c => c.PassAsync(staff.Reviewer, correction.Id, correction.Revision, null))).Item;
        Assert.DoesNotContain("（更正）", await client.GetStringAsync($"/catalog/items/{item.Id}"));
        await staff.RunAsync(c => c.SignOffAsync(staff.Signer, correction.Id, correction.Revision, null));

        foreach (var url in urls)
        {
            using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
            revalidate.Headers.IfNoneMatch.Add(etags[url]);
            var next = await client.SendAsync(revalidate);
            Assert.Equal(HttpStatusCode.OK, next.StatusCode);
            Assert.Contains("关于市容管理的通知（更正）", await next.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task SignedInStaffAreNeverServedTheCachedPublicPage()
    {
        var anonymous = StaffClient.Anonymous(_factory);
        Assert.DoesNotContain("/catalog/staff", await anonymous.GetStringAsync("/catalog"));
        var editor = await Demo.EditorAsync(_factory);
        var page = await editor.Http.GetAsync("/catalog");
        Assert.Contains("/catalog/staff", await page.Content.ReadAsStringAsync());
        Assert.Null(page.Headers.ETag);
    }

    [Fact]
    public async Task TheGuideHasEveryArticle12ContentFromTheSettings()
    {
        var agency = await Demo.DepartmentIdAsync(_factory);
        var guide = await StaffClient.Anonymous(_factory).GetStringAsync($"/catalog/{agency}/guide");
        var office = DemoCatalog.Settings(agency).Office;
        foreach (var expected in new[] { office.OfficeName!, office.Address!, office.Hours!, office.Phone!, office.Fax!, office.Email!, "主题分类", "编排体系", "依申请公开", "20 个工作日", DemoSeeder.DemoCreditCode })
        {
            Assert.Contains(expected, guide);
        }
    }

    [Fact]
    public async Task TheCatalogIsBrowsableByCategoryYearAndGenreAndTheFeedIsAtom()
    {
        var staff = await CatalogStaff.ForDemoAsync(_factory);
        var random = new Random(43);
        var published = new List<CatalogContent>();
        for (var i = 0; i < 6; i++)
        {
            var content = CatalogStaff.RandomContent(random) with { Category = i % 2 == 0 ? "城乡建设、环境保护" : "综合政务", WrittenOn = new DateOnly(2025, 1, 2), PublishedOn = new DateOnly(2025 + i % 2, 3, 1) };
            await staff.PublishAsync(content);
            published.Add(content);
        }

        var client = StaffClient.Anonymous(_factory);
        var byCategory = await client.GetStringAsync($"/catalog/{staff.AgencyId}/items?category={Uri.EscapeDataString("综合政务")}");
        Assert.All(published, c => Assert.Equal(c.Category == "综合政务", byCategory.Contains(c.Title, StringComparison.Ordinal)));
        var byYear = await client.GetStringAsync($"/catalog/{staff.AgencyId}/items?year=2025");
        Assert.All(published, c => Assert.Equal(c.PublishedOn!.Value.Year == 2025, byYear.Contains(c.Title, StringComparison.Ordinal)));
        var byGenre = await client.GetStringAsync($"/catalog/{staff.AgencyId}/items?genre={Uri.EscapeDataString(published[0].Genre!)}");
        Assert.All(published, c => Assert.Equal(c.Genre == published[0].Genre, byGenre.Contains(c.Title, StringComparison.Ordinal)));

        var feed = XDocument.Parse(await client.GetStringAsync($"/catalog/{staff.AgencyId}/feed.atom"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(published.Select(c => c.Title).Order(), feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "title")!.Value).Order());
    }

    [Fact]
    public async Task TheSearchPageCountsItsResultsByCategoryAndYearAndNarrowsByThem()
    {
        var staff = await CatalogStaff.ForDemoAsync(_factory);
        var random = new Random(47);
        var expected = new Dictionary<(string Category, int Year), int>();
        var count = random.Next(5, 9);
        for (var i = 0; i < count; i++)
        {
            var category = random.Next(2) == 0 ? "综合政务" : "城乡建设、环境保护";
            var year = 2024 + random.Next(3);
            await staff.PublishAsync(CatalogStaff.RandomContent(random) with { Category = category, WrittenOn = new DateOnly(year, 3, 1), PublishedOn = new DateOnly(year, 3, 2), Title = $"关于门前三包检查的通知{i}" });
            expected[(category, year)] = expected.GetValueOrDefault((category, year)) + 1;
        }

        var client = StaffClient.Anonymous(_factory);
        var page = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/catalog/search?q=" + Uri.EscapeDataString("门前")));
        foreach (var category in expected.Keys.Select(k => k.Category).Distinct())
        {
            var n = expected.Where(e => e.Key.Category == category).Sum(e => e.Value);
            Assert.Equal(n < count, page.Contains($"{category}（{n}）", StringComparison.Ordinal));
        }

        foreach (var year in expected.Keys.Select(k => k.Year).Distinct())
        {
            var n = expected.Where(e => e.Key.Year == year).Sum(e => e.Value);
            Assert.Equal(n < count, page.Contains($"{year}年（{n}）", StringComparison.Ordinal));
        }

        var (first, firstCount) = expected.First();
        var narrowed = await client.GetStringAsync($"/catalog/search?q={Uri.EscapeDataString("门前")}&category={Uri.EscapeDataString(first.Category)}&year={first.Year}");
        Assert.Contains($"找到 {firstCount} 条结果", narrowed);
    }
}
