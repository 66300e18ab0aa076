using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Application.Audit;
using Gongkai.Application.Data;
using Gongkai.Application.DisclosureApplications.Intake;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.DisclosureApplications;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.DisclosureApplications;

/// <summary>
/// Receiving applications over HTTP: the public form and API, idempotency (the same key once, another body
/// refused, a race settled by the database), staff registration by channel, bad input refused with nothing
/// saved, attachments, and the applicant's status page.
/// </summary>
public sealed partial class IntakeTests : IDisposable
{
    private readonly GongkaiFactory _factory = new(settings: new() { ["Gongkai:RateLimit:StatusQueriesPerMinute"] = "5" });
    private readonly Random _random = new(2024);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheFormGivesATrackingNumberAndACodeAndAResentFormGivesTheSameOnes()
    {
        var client = StaffClient.Anonymous(_factory);
        var page = await client.GetStringAsync("/apply");
        var key = HiddenKey().Match(page).Groups[1].Value;
        var agency = await Demo.DepartmentIdAsync(_factory);
        var fields = FormFields(ApplicationFixtures.Form(_random), agency, key, StaffClient.FormToken(page));

        var first = await client.PostAsync("/apply", Multipart(fields));
        var html = await first.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var (number, code) = (Tracking().Match(html).Groups[1].Value, Code().Match(html).Groups[1].Value);
        Assert.Matches(@"^GK20261125-[0-9A-Z]{6}$", number);
        Assert.Matches(@"^([0-9A-Z]{4}-){4}[0-9A-Z]{4}$", code);

        var again = await (await client.PostAsync("/apply", Multipart(fields))).Content.ReadAsStringAsync();
        Assert.Equal((number, code), (Tracking().Match(again).Groups[1].Value, Code().Match(again).Groups[1].Value));
        var stored = Assert.Single(await ApplicationsAsync());
        Assert.Equal((ApplicationState.Submitted, ReceiptChannel.Internet, new DateOnly(2026, 11, 25)), (stored.State, stored.Channel, stored.ReceivedOn));

        var status = await StatusAsync(number, code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal));
        Assert.Equal("已收到，待受理", status.GetProperty("stage").GetString());
        Assert.Equal("2026-12-23", status.GetProperty("dueOn").GetString());
    }

    [Fact]
    public async Task TheApiAnswersARetryWithTheFirstReceiptAndRefusesTheKeyWithAnotherBody()
    {
        var client = StaffClient.Anonymous(_factory);
        var body = Body(ApplicationFixtures.Form(_random), await Demo.DepartmentIdAsync(_factory));
        var key = Guid.NewGuid().ToString();

        var first = await PostAsync(client, body, key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var receipt = await first.Content.ReadFromJsonAsync<JsonElement>();
        var second = await PostAsync(client, body, key);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(receipt.GetProperty("queryCode").GetString(), (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("queryCode").GetString());

        body["name"] = "另一个人";
        var other = await PostAsync(client, body, key);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Contains("该幂等键已用于内容不同的另一次提交", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var missing = await PostAsync(client, body, null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Single(await ApplicationsAsync());
    }

    [Fact]
    public async Task SimultaneousRetriesWithOneKeyMakeOneApplication()
    {
        var body = Body(ApplicationFixtures.Form(_random), await Demo.DepartmentIdAsync(_factory));
        var key = Guid.NewGuid().ToString();
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostAsync(StaffClient.Anonymous(_factory), body, key)));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        var numbers = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingNumber").GetString()));
        Assert.Single(numbers.Distinct());
        Assert.Single(await ApplicationsAsync());
    }

    [Fact]
    public async Task MissingAndWrongFieldsAreNamedInChineseAndNothingIsSaved()
    {
        var client = StaffClient.Anonymous(_factory);
        var body = Body(ApplicationFixtures.Form(_random, ApplicantType.NaturalPerson) with { Name = " ", IdNumber = "110105194912310021", Way = "Email", Form = "传真" },
            await Demo.DepartmentIdAsync(_factory));
        var response = await PostAsync(client, body, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("path").GetString()!, e => e.GetProperty("message").GetString()!);
        Assert.Equal("请填写姓名", errors["$.name"]);
        Assert.Contains("校验码", errors["$.idNumber"], StringComparison.Ordinal);
        Assert.Contains("电子邮箱", errors["$.email"], StringComparison.Ordinal);
        Assert.Contains("“传真”无效", errors["$.form"], StringComparison.Ordinal);
        Assert.Equal("输入有误", problem.GetProperty("title").GetString());
        Assert.Empty(await ApplicationsAsync());
    }

    [Theory]
    [InlineData("scan.exe", "MZ", 100, "类型不被接受")]
    [InlineData("letter.pdf", "MZ", 100, "文件头不符")]
    [InlineData("letter.pdf", "%PDF-", 6 * 1024 * 1024, "不超过 5 MB")]
    public async Task AnOversizedOrNonDocumentAttachmentIsRefused(string name, string head, int size, string message)
    {
        var body = Body(ApplicationFixtures.Form(_random), await Demo.DepartmentIdAsync(_factory));
        var content = new byte[size];
        Encoding.ASCII.GetBytes(head).CopyTo(content, 0);
        body["attachments"] = new[] { new { fileName = name, contentBase64 = Convert.ToBase64String(content) } };
        var response = await PostAsync(StaffClient.Anonymous(_factory), body, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await ApplicationsAsync());
    }

    [Fact]
    public async Task ADocumentAttachmentIsStoredWithTheApplication()
    {
        var body = Body(ApplicationFixtures.Form(_random), await Demo.DepartmentIdAsync(_factory));
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%测试\n");
        body["attachments"] = new[] { new { fileName = "申请书.pdf", contentBase64 = Convert.ToBase64String(pdf) } };
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(StaffClient.Anonymous(_factory), body, Guid.NewGuid().ToString())).StatusCode);

        await using var scope = _factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Set<ApplicationAttachment>().SingleAsync();
        Assert.Equal(("申请书.pdf", "application/pdf"), (stored.FileName, stored.ContentType));
        Assert.Equal(pdf, stored.Content);
    }

    [Fact]
    public async Task StaffRegisterAnApplicationByItsChannelsReceiptRule()
    {
        var editor = await Demo.EditorAsync(_factory);
        var agency = await Demo.DepartmentIdAsync(_factory);
        var form = ApplicationFixtures.Form(_random);

        var sentLate = await editor.SendAsync(HttpMethod.Post, "/api/disclosure-applications",
            Body(form with { Channel = "Post", SentOn = "2026-11-20", SignedForOn = "2026-11-18" }, agency), key: Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, sentLate.StatusCode);
        Assert.Contains("签收日期 2026-11-18 早于寄出或发送日期 2026-11-20", await sentLate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var outside = await editor.SendAsync(HttpMethod.Post, "/api/disclosure-applications",
            Body(form with { Channel = "InPerson", SubmittedOn = "2018-12-03" }, agency), key: Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
        Assert.Contains("不在已载入放假安排的年份内", await outside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var future = await editor.SendAsync(HttpMethod.Post, "/api/disclosure-applications",
            Body(form with { Channel = "InPerson", SubmittedOn = "2026-11-26" }, agency), key: Guid.NewGuid().ToString());
        Assert.Contains("晚于今天", await future.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await ApplicationsAsync());

        var posted = await editor.SendAsync(HttpMethod.Post, "/api/disclosure-applications",
            Body(form with { Channel = "Post", SentOn = "2026-11-16", SignedForOn = "2026-11-18" }, agency), key: Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var stored = Assert.Single(await ApplicationsAsync());
        Assert.Equal((ApplicationState.SignedFor, new DateOnly(2026, 11, 18), "editor"), (stored.State, stored.ReceivedOn, stored.UpdatedBy));
        Assert.Contains("以行政机关签收之日为收到申请之日", stored.ReceiptExplanation, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(), a => a.Action == "application.registered" && a.Actor == "editor");

        var reviewer = await Demo.ReviewerAsync(_factory);
        var refused = await reviewer.SendAsync(HttpMethod.Post, "/api/disclosure-applications",
            Body(form with { Channel = "InPerson", SubmittedOn = "2026-11-25" }, agency), key: Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task TheStatusRevealsNothingWithoutTheCodeAndQueriesAreRateLimited()
    {
        var client = StaffClient.Anonymous(_factory);
        var response = await PostAsync(client, Body(ApplicationFixtures.Form(_random), await Demo.DepartmentIdAsync(_factory)), Guid.NewGuid().ToString());
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        var number = receipt.GetProperty("trackingNumber").GetString()!;

        var wrongCode = await client.PostAsJsonAsync("/api/apply/status", new { trackingNumber = number, queryCode = "0000-0000-0000-0000-0000" });
        var wrongNumber = await client.PostAsJsonAsync("/api/apply/status", new { trackingNumber = "GK20261125-XXXXXX", queryCode = receipt.GetProperty("queryCode").GetString() });
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (wrongCode.StatusCode, wrongNumber.StatusCode));
        var (a, b) = (await wrongCode.Content.ReadFromJsonAsync<JsonElement>(), await wrongNumber.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal(a.GetProperty("detail").GetString(), b.GetProperty("detail").GetString());
        Assert.DoesNotContain(ApplicationFixtures.Surnames, s => a.GetRawText().Contains(s, StringComparison.Ordinal));

        var page = await client.GetStringAsync("/apply/status");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/apply/status", new { trackingNumber = number, queryCode = $"{i}" })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Contains("查询申请办理情况", page, StringComparison.Ordinal);
    }

    private async Task<JsonElement> StatusAsync(string number, string code)
    {
        var response = await StaffClient.Anonymous(_factory).PostAsJsonAsync("/api/apply/status", new { trackingNumber = number, queryCode = code });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    internal static Dictionary<string, object?> Body(IntakeForm form, int agency)
    {
        var json = JsonSerializer.SerializeToElement(form, WebJson);
        var body = json.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.GetString());
        body["agencyId"] = agency;
        return body;
    }

    internal static async Task<HttpResponseMessage> PostAsync(HttpClient client, Dictionary<string, object?> body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/apply") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await client.SendAsync(request);
    }

    private static Dictionary<string, string> FormFields(IntakeForm form, int agency, string key, string token)
    {
        var fields = new Dictionary<string, string> { ["AgencyId"] = agency.ToString(System.Globalization.CultureInfo.InvariantCulture), ["IdempotencyKey"] = key, ["__RequestVerificationToken"] = token };
        foreach (var property in typeof(IntakeForm).GetProperties().Where(p => p.GetValue(form) is string))
        {
            fields["Form." + property.Name] = (string)property.GetValue(form)!;
        }

        return fields;
    }

    private static MultipartFormDataContent Multipart(Dictionary<string, string> fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        return content;
    }

    private async Task<List<DisclosureApplication>> ApplicationsAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Set<DisclosureApplication>().AsNoTracking()
            .Where(a => !a.TrackingNumber.StartsWith("GKDEMO")).ToListAsync();
    }

    private async Task<List<AuditEntry>> AuditAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().AuditEntries.ToListAsync();
    }

    [GeneratedRegex("name=\"IdempotencyKey\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex HiddenKey();

    [GeneratedRegex("id=\"tracking-number\">([^<]+)<")]
    private static partial Regex Tracking();

    [GeneratedRegex("id=\"query-code\" class=\"gk-code\">([^<]+)<")]
    private static partial Regex Code();
}
