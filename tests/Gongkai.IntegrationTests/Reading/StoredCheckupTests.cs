using System.Net;
using Gongkai.Application.Accounts;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Application.AnnualReports.Export.Html;
using Gongkai.Application.Demo;
using Gongkai.Application.Reading;
using Gongkai.Domain.Agencies;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Reading;
using Gongkai.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Reading;

/// <summary>
/// Stored 年报体检 batches (ADR 0019), on SQLite and PostgreSQL: a signed-in user's batch outlives the
/// host; its link opens for the owner's agency and those above it only; the owner alone deletes it; the
/// per-user and global quotas refuse clearly and save nothing.
/// </summary>
public sealed class StoredCheckupTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "genhe-urban-management-2020-report.txt");

    [Fact]
    public async Task AStaffBatchSurvivesANewHostOnTheSameDatabaseAsItWasRead()
    {
        using var database = TestDatabase.Create();
        var files = await GeneratedFilesAsync(new Random(10), 4);
        string location;
        var before = new List<string>();
        using (var first = new GongkaiFactory(database))
        {
            var editor = await Demo.EditorAsync(first);
            var upload = await CheckupPageTests.UploadAsync(editor, files);
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
            location = upload.Headers.Location!.OriginalString;
            for (var n = 1; n <= files.Length; n++)
            {
                before.Add(await editor.Http.GetStringAsync($"{location}/{n}/json"));
            }

            Assert.Contains(location[^32..], await editor.Http.GetStringAsync("/checkup/mine"));
        }

        using var second = new GongkaiFactory(database);
        var again = await Demo.EditorAsync(second);
        var batch = await again.Http.GetStringAsync(location);
        Assert.Contains($"年报体检结果（{files.Length} 份）", batch);
        Assert.Contains("分享链接", batch);
        for (var n = 1; n <= files.Length; n++)
        {
            Assert.Equal(before[n - 1], await again.Http.GetStringAsync($"{location}/{n}/json"));
            Assert.Contains(files[n - 1].Name, await again.Http.GetStringAsync($"{location}/{n}"));
        }

        // The sample's own C12 finding is redrawn from the store, quoting its sentence.
        Assert.Contains("C12", await again.Http.GetStringAsync($"{location}/1"));
        Assert.Contains("数据5个", await again.Http.GetStringAsync($"{location}/1"));
    }

    [Fact]
    public async Task TheLinkOpensForTheOwnersAgencyAndThoseAboveItOnlyAndTheOwnerDeletesIt()
    {
        using var factory = new GongkaiFactory();
        var editor = await Demo.EditorAsync(factory);
        var upload = await CheckupPageTests.UploadAsync(editor, (await GeneratedFilesAsync(new Random(11), 2)));
        var link = upload.Headers.Location!.OriginalString;
        var id = link[^32..];

        var reviewer = await Demo.ReviewerAsync(factory);
        var government = await CreateUserAsync(factory, "gov.reader", DemoSeeder.DemoGovernment, StaffRoles.Editor);
        var sibling = await CreateUserAsync(factory, "office.reader", DemoSeeder.DemoOffice, StaffRoles.Editor);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StaffAdministration>().CreateAgencyAsync(StaffContext.System(), "某县人民政府", AgencyKind.Government, null);
        }

        var outsider = await CreateUserAsync(factory, "county.reader", "某县人民政府", StaffRoles.Editor);
        var anonymous = StaffClient.Anonymous(factory);

        foreach (var path in new[] { link, $"{link}/1", $"{link}/2/json" })
        {
            Assert.Equal(HttpStatusCode.OK, (await reviewer.Http.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await government.Http.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await sibling.Http.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync(path)).StatusCode);
            var stranger = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, stranger.StatusCode);
            Assert.Contains("/login", stranger.Headers.Location!.OriginalString);
        }

        // Only the owner is offered deletion, and only the owner may delete.
        Assert.DoesNotContain("删除本次体检结果", await government.Http.GetStringAsync(link));
        var ownersPage = await editor.Http.GetStringAsync(link);
        Assert.Contains("删除本次体检结果", ownersPage);
        Assert.Contains("action=\"/checkup/mine?handler=Delete\"", ownersPage);
        Assert.Contains($"/checkup/{id}</code>", await government.Http.GetStringAsync($"{link}/1"));
        var refused = await government.PostFormAsync("/checkup/mine?handler=Delete", new() { ["id"] = id }, "/checkup/mine");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("只有上传者本人可以删除", await refused.Content.ReadAsStringAsync());
        var hidden = await outsider.PostFormAsync("/checkup/mine?handler=Delete", new() { ["id"] = id }, "/checkup/mine");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.Http.GetAsync(link)).StatusCode);
        Assert.DoesNotContain(id, await government.Http.GetStringAsync("/checkup/mine"));

        var deleted = await editor.PostFormAsync("/checkup/mine?handler=Delete", new() { ["id"] = id }, "/checkup/mine");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain(id, await editor.Http.GetStringAsync("/checkup/mine"));
        Assert.Equal(HttpStatusCode.NotFound, (await editor.Http.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await government.Http.GetAsync($"{link}/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task AnAnonymousUploadIsNotStored()
    {
        using var factory = new GongkaiFactory();
        var anonymous = new StaffClient(StaffClient.Anonymous(factory));
        var upload = await CheckupPageTests.UploadAsync(anonymous, (await GeneratedFilesAsync(new Random(12), 1)));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.Http.GetAsync(upload.Headers.Location)).StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var usage = await scope.ServiceProvider.GetRequiredService<StoredCheckups>().UsageAsync(StaffContext.System(), CancellationToken.None);
        Assert.Equal(0, usage.TotalBytes);
    }

    [Fact]
    public async Task TheUsersQuotaRefusesClearlySavesNothingAndFreesOnDeletion()
    {
        var files = await GeneratedFilesAsync(new Random(13), 2);
        var bytes = StoredBytes(files);
        // Room for one such batch per user and three on the platform.
        using var factory = new GongkaiFactory(settings: new()
        {
            ["Gongkai:Reading:SavedMegabytesPerUser"] = Megabytes(bytes * 3 / 2),
            ["Gongkai:Reading:SavedMegabytes"] = Megabytes(bytes * 5 / 2),
        });
        var editor = await Demo.EditorAsync(factory);

        var first = await CheckupPageTests.UploadAsync(editor, files);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await CheckupPageTests.UploadAsync(editor, files);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("超过每人上限", await second.Content.ReadAsStringAsync());
        Assert.Single(await MineAsync(factory, Demo.Editor.User));

        // Another user still has room of their own, until the platform's total is reached.
        var reviewer = await Demo.ReviewerAsync(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await CheckupPageTests.UploadAsync(reviewer, files)).StatusCode);
        var admin = await Demo.AdminAsync(factory);
        var full = await CheckupPageTests.UploadAsync(admin, files);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, full.StatusCode);
        Assert.Contains("总上限", await full.Content.ReadAsStringAsync());
        Assert.Empty(await MineAsync(factory, Demo.Admin.User));

        var id = first.Headers.Location!.OriginalString[^32..];
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync("/checkup/mine?handler=Delete", new() { ["id"] = id }, "/checkup/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CheckupPageTests.UploadAsync(editor, files)).StatusCode);
    }

    /// <summary>The sample (with its C12) and random valid reports rendered as HTML, each with random narrative figures.</summary>
    private static async Task<(string Name, byte[] Content)[]> GeneratedFilesAsync(Random random, int count)
    {
        var files = new List<(string, byte[])> { ("sample.txt", await File.ReadAllBytesAsync(Sample)) };
        for (var i = 1; i < count; i++)
        {
            var figures = RandomReports.Valid(random, random.Next(2019, 2026), DemoSeeder.DemoDepartment);
            var html = HtmlReportRenderer.RenderDocument(new ReportDocument(figures, DemoSeeder.SampleNarrative()));
            files.Add(($"report-{i}.html", System.Text.Encoding.UTF8.GetBytes(html)));
        }

        return [.. files];
    }

    private static long StoredBytes((string Name, byte[] Content)[] files)
    {
        var reader = new ReportReader();
        return files.Sum(f => (long)System.Text.Encoding.UTF8.GetByteCount(StoredResult.Write(reader.Read(f.Content, f.Name))));
    }

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<IReadOnlyList<CheckupListing>> MineAsync(GongkaiFactory factory, string user)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StoredCheckups>().MineAsync(new StaffContext(user, null, new HashSet<string>()), CancellationToken.None);
    }

    private static async Task<StaffClient> CreateUserAsync(GongkaiFactory factory, string user, string agency, string role)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StaffAdministration>().CreateUserAsync(
                StaffContext.System(), user, user, "password-2026", await Demo.AgencyIdAsync(factory, agency), role);
        }

        return await StaffClient.SignInAsync(factory, user, "password-2026");
    }
}
