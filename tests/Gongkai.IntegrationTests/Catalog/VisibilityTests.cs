using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Domain.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>
/// Only published 主动公开 items are ever visible to the public. Every anonymous GET route of the app, taken
/// from the endpoint list, is requested with the ids of items that must stay hidden (a draft, one in review,
/// one awaiting sign-off, 依申请公开, 不予公开, repealed and withdrawn, the draft of a correction, the content a
/// correction replaced) and with their words as a search; no answer may carry any of their marks.
/// </summary>
public sealed partial class VisibilityTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [GeneratedRegex(@"\{(\w+)(:\w+)?\??\}")]
    private static partial Regex Parameter();

    [Fact]
    public async Task NoHiddenItemIsReachableAnonymouslyThroughAnyRoute()
    {
        var staff = await CatalogStaff.ForDemoAsync(_factory);
        var random = new Random(31);
        var hidden = new List<(int Id, string Mark)>();
        var attachments = new List<long>();

        async Task<CatalogItem> WithAttachmentAsync(CatalogItem item, string mark)
        {
            var added = (await staff.RunAsync(c => c.AttachAsync(staff.Editor, item.Id, item.Revision, $"{mark}.txt", System.Text.Encoding.UTF8.GetBytes("附件内容 " + mark)))).Item;
            return added;
        }

        CatalogContent Marked(string mark, DisclosureMode mode = DisclosureMode.Proactive) =>
            CatalogStaff.RandomContent(random, mode, title: $"隐藏信息{mark}") with { BodyHtml = $"<p>正文{mark}</p>", Keywords = mark, Category = "综合政务" };

        var draft = (await staff.RunAsync(c => c.RegisterAsync(staff.Editor, staff.AgencyId, Marked("草稿甲乙")))).Item;
        draft = await WithAttachmentAsync(draft, "草稿甲乙");
        hidden.Add((draft.Id, "草稿甲乙"));

        var inReview = (await staff.RunAsync(c => c.RegisterAsync(staff.Editor, staff.AgencyId, Marked("审查丙丁")))).Item;
        inReview = await WithAttachmentAsync(inReview, "审查丙丁");
        await staff.RunAsync(c => c.SubmitAsync(staff.Editor, inReview.Id, inReview.Revision));
        hidden.Add((inReview.Id, "审查丙丁"));

        var waiting = await staff.AwaitingSignOffAsync(Marked("待签戊己"));
        hidden.Add((waiting.Id, "待签戊己"));

        foreach (var (mode, mark) in new[] { (DisclosureMode.OnRequest, "申请庚辛"), (DisclosureMode.Withheld, "不公壬癸") })
        {
            var item = (await staff.RunAsync(c => c.RegisterAsync(staff.Editor, staff.AgencyId, Marked(mark, mode)))).Item;
            item = await WithAttachmentAsync(item, mark);
            item = (await staff.RunAsync(c => c.SubmitAsync(staff.Editor, item.Id, item.Revision))).Item;
            foreach (var f in item.Working.LatestRound!.Findings.ToList())
            {
                item = (await staff.RunAsync(c => c.AcknowledgeAsync(staff.Reviewer, item.Id, item.Revision, f.Id))).Item;
            }

            item = (await staff.RunAsync(c => c.PassAsync(staff.Reviewer, item.Id, item.Revision, null))).Item;
            item = (await staff.RunAsync(c => c.SignOffAsync(staff.Signer, item.Id, item.Revision, null))).Item;
            hidden.Add((item.Id, mark));
            attachments.AddRange(item.Working.Attachments.Select(a => a.Id));
        }

        var withdrawn = await staff.PublishAsync(Marked("撤下子丑"));
        withdrawn = (await staff.RunAsync(c => c.RepealAsync(staff.Signer, withdrawn.Id, withdrawn.Revision, new DateOnly(2026, 11, 25), withdraw: true, "已失效"))).Item;
        hidden.Add((withdrawn.Id, "撤下子丑"));

        var corrected = await staff.PublishAsync(Marked("旧版寅卯"));
        var correction = (await staff.RunAsync(c => c.CorrectAsync(staff.Editor, corrected.Id, corrected.Revision))).Item;
        correction = (await staff.RunAsync(c => c.EditAsync(staff.Editor, correction.Id, correction.Revision, Marked("更正草稿辰巳")))).Item;
        var replaced = await staff.PublishAsync(Marked("替换前午未"));
        var replacement = (await staff.RunAsync(c => c.CorrectAsync(staff.Editor, replaced.Id, replaced.Revision))).Item;
        replacement = (await staff.RunAsync(c => c.EditAsync(staff.Editor, replacement.Id, replacement.Revision, Marked("替换后申酉")))).Item;
        replacement = (await staff.RunAsync(c => c.SubmitAsync(staff.Editor, replacement.Id, replacement.Revision))).Item;
        replacement = (await staff.RunAsync(c => c.PassAsync(staff.Reviewer, replacement.Id, replacement.Revision, null))).Item;
        await staff.RunAsync(c => c.SignOffAsync(staff.Signer, replacement.Id, replacement.Revision, null));
        attachments.AddRange((await staff.GetAsync(draft.Id)).Working.Attachments.Select(a => a.Id));
        attachments.AddRange((await staff.GetAsync(inReview.Id)).Working.Attachments.Select(a => a.Id));

        string[] marks = ["草稿甲乙", "审查丙丁", "待签戊己", "申请庚辛", "不公壬癸", "撤下子丑", "更正草稿辰巳", "替换前午未"];
        var ids = hidden.Select(h => h.Id).ToList();

        var client = StaffClient.Anonymous(_factory);
        // The control: what is public is seen, so the absence of the others means something.
        Assert.Contains("旧版寅卯", await client.GetStringAsync($"/catalog/items/{corrected.Id}"));
        Assert.Contains("替换后申酉", await client.GetStringAsync($"/catalog/items/{replaced.Id}"));
        Assert.Contains("隐藏信息<mark>替换后申酉</mark>", await client.GetStringAsync("/catalog/search?q=替换后申酉"));
        Assert.Contains("隐藏信息替换后申酉", await client.GetStringAsync("/api/catalog/search?q=替换后申酉"));

        var checkedUrls = 0;
        foreach (var pattern in AnonymousGetRoutes())
        {
            foreach (var url in Urls(pattern, ids, attachments, staff.AgencyId, marks))
            {
                var response = await client.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();
                // The marks alone are what the search is asked (a search page echoes its query); the items' own words carry them with more.
                foreach (var seen in marks.SelectMany(m => new[] { $"隐藏信息{m}", $"正文{m}", $"附件内容 {m}", $"{m}.txt" }).Where(w => body.Contains(w, StringComparison.Ordinal)))
                {
                    Assert.Fail($"{url} ({(int)response.StatusCode}) shows hidden content “{seen}”");
                }

                if (pattern.Contains("{id", StringComparison.Ordinal) && pattern.Contains("catalog", StringComparison.Ordinal) || pattern.Contains("{attachmentId", StringComparison.Ordinal))
                {
                    Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}, expected 404");
                }

                checkedUrls++;
            }
        }

        Assert.True(checkedUrls > 50, $"only {checkedUrls} URLs were checked");
    }

    private List<string> AnonymousGetRoutes()
    {
        var sources = _factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct().ToList();
    }

    /// <summary>Every way to ask a route about the hidden items; a parameter the test cannot fill fails it, so a new route cannot slip by.</summary>
    private static IEnumerable<string> Urls(string pattern, List<int> ids, List<long> attachments, int agencyId, string[] marks)
    {
        var names = Parameter().Matches(pattern).Select(m => m.Groups[1].Value).ToList();
        var choices = names.Select(name => name switch
        {
            "id" when pattern.Contains("catalog", StringComparison.Ordinal) => ids.Select(i => $"{i}").ToList(),
            "id" => ["1", "0123456789abcdef0123456789abcdef"],
            "attachmentId" => attachments.Select(a => $"{a}").ToList(),
            "agencyId" => [$"{agencyId}"],
            "year" => ["2026", "2025"],
            "format" => ["json", "html"],
            "code" => ["404"],
            "handler" => [""],
            "number" => ["1"],
            _ => throw new InvalidOperationException($"the visibility test cannot fill {{{name}}} of {pattern}: teach it"),
        }).ToList();
        IEnumerable<List<string>> combinations = [[]];
        foreach (var options in choices)
        {
            combinations = combinations.SelectMany(c => options.Select(o => c.Append(o).ToList()));
        }

        foreach (var combination in combinations)
        {
            var i = 0;
            var path = Parameter().Replace(pattern, _ => combination[i++]).TrimEnd('/');
            yield return path.Length == 0 ? "/" : path;
            foreach (var mark in marks)
            {
                yield return $"{(path.Length == 0 ? "/" : path)}?q={Uri.EscapeDataString(mark)}&category={Uri.EscapeDataString("综合政务")}";
            }
        }
    }
}
