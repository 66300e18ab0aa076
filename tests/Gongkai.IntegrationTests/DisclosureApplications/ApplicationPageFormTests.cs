using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Domain.DisclosureApplications;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.DisclosureApplications;

/// <summary>
/// The application page's forms, posted as a browser does (anti-forgery token from the page, no script): recording
/// a 行政复议/行政诉讼 and concluding it, and e-mailing a letter to the applicant through a real SMTP listener;
/// missing or impossible input is refused (422) with the Chinese message beside the field, nothing saved.
/// </summary>
public sealed class ApplicationPageFormTests : IDisposable
{
    private readonly SmtpCapture _smtp = new();
    private readonly GongkaiFactory _factory;

    public ApplicationPageFormTests() => _factory = new GongkaiFactory(settings: _smtp.Settings());

    public void Dispose()
    {
        _factory.Dispose();
        _smtp.Dispose();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task AppealsAreFiledAndConcludedAndALetterEmailedFromThePage(int seed)
    {
        var random = new Random(seed);
        var office = await Demo.DepartmentIdAsync(_factory);
        var (editor, reviewer) = (await Demo.EditorAsync(_factory), await Demo.ReviewerAsync(_factory));
        var email = $"shenqingren{random.Next(1000, 9999)}@example.com";
        var receipt = await ApplicationFixtures.SubmitAsync(_factory, office, ApplicationFixtures.Form(random) with { Email = email, Way = nameof(DeliveryWay.Email) });
        await LetterFlow.StepAsync(editor, receipt.Id, "sign", new { });
        await LetterFlow.StepAsync(editor, receipt.Id, "accept", new { });
        await LetterFlow.StepAsync(editor, receipt.Id, "submit-draft", new { outcome = "UnableNotHeld", basis = "条例第三十六条第（四）项", reply = "经检索，本机关未制作该信息" });
        await LetterFlow.StepAsync(reviewer, receipt.Id, "approve-draft", new { });
        await LetterFlow.StepAsync(editor, receipt.Id, "decide", new { });
        var page = $"/workbench/applications/{receipt.Id}";
        var today = (await editor.Http.GetFromJsonAsync<JsonElement>($"/api/disclosure-applications/{receipt.Id}")).GetProperty("receivedOn").GetString()!;
        var kind = Enum.GetValues<AppealKind>()[random.Next(3)];
        var body = $"某市人民政府{random.Next(10, 99)}";

        // Refused at the field: nothing chosen, then a date in the future.
        var empty = await editor.PostFormAsync(page + "?handler=FileAppeal", new() { ["Kind"] = "", ["Body"] = " ", ["FiledOn"] = "" }, page);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        var html = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        foreach (var expected in new[] { "请选择类别", "请填写复议机关或人民法院", "请填写提起日期" })
        {
            Assert.Contains(expected, html, StringComparison.Ordinal);
        }

        var future = await editor.PostFormAsync(page + "?handler=FileAppeal", new() { ["Kind"] = kind.ToString(), ["Body"] = body, ["FiledOn"] = "2099-01-01" }, page);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.StatusCode);
        html = WebUtility.HtmlDecode(await future.Content.ReadAsStringAsync());
        Assert.Contains("晚于今天", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{body}\"", html, StringComparison.Ordinal);
        Assert.Empty((await editor.Http.GetFromJsonAsync<JsonElement>($"/api/disclosure-applications/{receipt.Id}/appeals")).EnumerateArray());

        var filed = await editor.PostFormAsync(page + "?handler=FileAppeal", new() { ["Kind"] = kind.ToString(), ["Body"] = body, ["FiledOn"] = today }, page);
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        Assert.Contains($"已登记{DisclosureAppeal.KindName(kind)}", WebUtility.HtmlDecode(await editor.Http.GetStringAsync(filed.Headers.Location!.OriginalString)), StringComparison.Ordinal);
        var appeal = Assert.Single((await editor.Http.GetFromJsonAsync<JsonElement>($"/api/disclosure-applications/{receipt.Id}/appeals")).EnumerateArray());
        Assert.Equal((kind.ToString(), body, "Pending"), (appeal.GetProperty("kind").GetString(), appeal.GetProperty("body").GetString(), appeal.GetProperty("result").GetString()));
        var appealId = appeal.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var noResult = await reviewer.PostFormAsync(page + "?handler=ConcludeAppeal", new() { ["appealId"] = appealId, ["Result"] = "", ["ConcludedOn"] = today }, page);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noResult.StatusCode);
        Assert.Contains("请选择审结结果", WebUtility.HtmlDecode(await noResult.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var result = new[] { AppealResult.Upheld, AppealResult.Corrected, AppealResult.Other }[random.Next(3)];
        var concluded = await reviewer.PostFormAsync(page + "?handler=ConcludeAppeal", new() { ["appealId"] = appealId, ["Result"] = result.ToString(), ["ConcludedOn"] = today }, page);
        Assert.Equal(HttpStatusCode.Redirect, concluded.StatusCode);
        appeal = Assert.Single((await editor.Http.GetFromJsonAsync<JsonElement>($"/api/disclosure-applications/{receipt.Id}/appeals")).EnumerateArray());
        Assert.Equal((result.ToString(), today), (appeal.GetProperty("result").GetString(), appeal.GetProperty("concludedOn").GetString()));

        // The decision's letter (number 2) by e-mail: the reviewer is refused, the editor sends it.
        Assert.DoesNotContain("以电子邮件送达申请人", await reviewer.Http.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Contains("以电子邮件送达申请人", await editor.Http.GetStringAsync(page), StringComparison.Ordinal);
        var refused = await reviewer.PostFormAsync(page + "?handler=SendLetter", new() { ["number"] = "2" }, page);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(_smtp.Messages);
        var sent = await editor.PostFormAsync(page + "?handler=SendLetter", new() { ["number"] = "2" }, page);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var (_, to, message) = Assert.Single(_smtp.Messages);
        Assert.Equal(email, Assert.Single(to));
        Assert.Contains(ReplyLetters.DecisionTitle(DisclosureOutcome.UnableNotHeld), message.Subject, StringComparison.Ordinal);
        Assert.Contains($"以电子邮件向 {email} 送达", WebUtility.HtmlDecode(await editor.Http.GetStringAsync(sent.Headers.Location!.OriginalString)), StringComparison.Ordinal);
    }
}

/// <summary>
/// A letter served by post or in person, recorded from the application page: kept as served (a template edited
/// afterwards does not change it), the serving in the timeline; e-mail and other roles refused.
/// </summary>
public sealed class LetterServingFormTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ALetterServedByPostIsKeptAsServed()
    {
        var random = new Random(23);
        var office = await Demo.DepartmentIdAsync(_factory);
        var (editor, reviewer) = (await Demo.EditorAsync(_factory), await Demo.ReviewerAsync(_factory));
        var receipt = await ApplicationFixtures.SubmitAsync(_factory, office, ApplicationFixtures.Form(random) with { Way = nameof(DeliveryWay.Post) });
        await LetterFlow.StepAsync(editor, receipt.Id, "sign", new { });
        await LetterFlow.StepAsync(editor, receipt.Id, "accept", new { });
        var page = $"/workbench/applications/{receipt.Id}";
        Assert.DoesNotContain("已送达（原件已保存）", await editor.Http.GetStringAsync(page), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostFormAsync(page + "?handler=ServeLetter", new() { ["number"] = "1", ["way"] = "Post" }, page)).StatusCode);
        var byEmail = await editor.PostFormAsync(page + "?handler=ServeLetter", new() { ["number"] = "1", ["way"] = "Email" }, page);
        Assert.Equal(HttpStatusCode.Conflict, byEmail.StatusCode);
        Assert.Contains("以电子邮件送达请使用", WebUtility.HtmlDecode(await byEmail.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var served = await editor.PostFormAsync(page + "?handler=ServeLetter", new() { ["number"] = "1", ["way"] = "Post" }, page);
        Assert.Equal(HttpStatusCode.Redirect, served.StatusCode);
        var html = WebUtility.HtmlDecode(await editor.Http.GetStringAsync(served.Headers.Location!.OriginalString));
        Assert.Contains("以邮寄方式送达《政府信息公开申请登记回执》", html, StringComparison.Ordinal);
        Assert.Contains("已送达（原件已保存）", html, StringComparison.Ordinal);

        var template = await reviewer.Http.GetByteArrayAsync("/api/letter-templates/Receipt");
        var title = $"新式回执 {random.Next(100, 999)}";
        var body = new ByteArrayContent(TemplateEdits.Edit(template, random, title, "{{申请人}}", "{{法律依据}}"));
        Assert.Equal(HttpStatusCode.OK, (await reviewer.SendContentAsync(HttpMethod.Put, "/api/letter-templates/Receipt", body)).StatusCode);
        Assert.Equal("政府信息公开申请登记回执", TemplateEdits.Paragraphs(await editor.Http.GetByteArrayAsync($"/api/disclosure-applications/{receipt.Id}/letters/1/docx"))[0]);
    }
}
