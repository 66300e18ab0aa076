using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Application.Demo;
using Gongkai.Domain.DisclosureApplications;
using Gongkai.IntegrationTests.Infrastructure;
using MimeKit;

namespace Gongkai.IntegrationTests.DisclosureApplications;

/// <summary>
/// Per-agency letter templates over HTTP on the real host: the office's edited template (retitled, a sentence of
/// fields split over runs added, a paragraph moved) writes the next letter, DOCX and PDF; another agency keeps the
/// default; "restore the default" brings it back; bad uploads (not a DOCX, unknown fields, too large, wrong role)
/// are refused in Chinese with nothing saved, through the API and the page's form; a letter served by e-mail stays
/// the letter as served when the template changes afterwards.
/// </summary>
public sealed class LetterTemplateTests : IDisposable
{
    private const string DefaultReceiptTitle = "政府信息公开申请登记回执";
    private const string Sentence = "本件由{{申请人}}于{{收到日期}}提出，编号{{ 申请编号 }}。";
    private readonly SmtpCapture _smtp = new();
    private readonly GongkaiFactory _factory;

    public LetterTemplateTests() => _factory = new GongkaiFactory(settings: _smtp.Settings());

    public void Dispose()
    {
        _factory.Dispose();
        _smtp.Dispose();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task TheOfficesEditedTemplateWritesTheNextLetterAndAnotherAgencyKeepsTheDefault(int seed)
    {
        var random = new Random(seed);
        var office = await Demo.DepartmentIdAsync(_factory);
        var (editor, reviewer) = (await Demo.EditorAsync(_factory), await Demo.ReviewerAsync(_factory));
        var form = ApplicationFixtures.Form(random);
        var receipt = await ApplicationFixtures.SubmitAsync(_factory, office, form);
        await LetterFlow.StepAsync(editor, receipt.Id, "sign", new { });
        await LetterFlow.StepAsync(editor, receipt.Id, "accept", new { });
        var letter = $"/api/disclosure-applications/{receipt.Id}/letters/1";
        Assert.Equal(DefaultReceiptTitle, TemplateEdits.Paragraphs(await editor.Http.GetByteArrayAsync(letter + "/docx"))[0]);

        var template = await reviewer.Http.GetByteArrayAsync("/api/letter-templates/Receipt");
        Assert.Contains("编号：{{文书编号}}", TemplateEdits.Paragraphs(template));
        var title = $"{DemoSeeder.DemoDepartment}登记回执（第 {random.Next(1000, 9999)} 式）";
        var edited = TemplateEdits.Edit(template, random, title, Sentence, "{{法律依据}}");

        Assert.Equal(HttpStatusCode.Forbidden, (await Upload(editor, "Receipt", edited)).StatusCode);
        var uploaded = await Upload(reviewer, "Receipt", edited);
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Equal(1, (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());

        var paragraphs = TemplateEdits.Paragraphs(await editor.Http.GetByteArrayAsync(letter + "/docx"));
        Assert.Equal(title, paragraphs[0]);
        Assert.Equal($"本件由{form.Name}于{receipt.ReceivedOn:yyyy-MM-dd}提出，编号{receipt.TrackingNumber}。", paragraphs[1]);
        Assert.Equal("法律依据：条例第三十一条。", paragraphs[^1]);
        Assert.True(paragraphs.IndexOf(DemoSeeder.DemoDepartment) is > 1 and var signature && signature < paragraphs.Count - 1, string.Join("|", paragraphs));
        Assert.Contains($"编号：{receipt.TrackingNumber}-01", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("{{", StringComparison.Ordinal) || p.Contains(DefaultReceiptTitle, StringComparison.Ordinal));
        Assert.Contains(LetterTests.Squeezed(title), LetterTests.PdfText(await editor.Http.GetByteArrayAsync(letter + "/pdf")), StringComparison.Ordinal);

        var list = (await editor.Http.GetFromJsonAsync<JsonElement>("/api/letter-templates")).EnumerateArray().ToList();
        Assert.Equal(14, list.Count);
        Assert.Equal(["Receipt"], list.Where(t => !t.GetProperty("isDefault").GetBoolean()).Select(t => t.GetProperty("key").GetString()));

        // Another agency: its own template is the default, and its letters are written with it.
        var elsewhere = await TestStaff.AgencyAsync(_factory, $"某县交通运输局{seed}", null);
        var otherReviewer = await TestStaff.UserAsync(_factory, $"jiaotong{seed}", elsewhere, "Reviewer");
        Assert.Equal(DefaultReceiptTitle, TemplateEdits.Paragraphs(await otherReviewer.Http.GetByteArrayAsync("/api/letter-templates/Receipt"))[0]);
        var theirs = await ApplicationFixtures.SubmitAsync(_factory, elsewhere, ApplicationFixtures.Form(random));
        var theirEditor = ApplicationFixtures.Staff($"jiaotong{seed}", elsewhere, "Editor");
        await ApplicationFixtures.ActAsync(_factory, theirEditor, theirs.Id, ApplicationAction.Sign);
        await ApplicationFixtures.ActAsync(_factory, theirEditor, theirs.Id, ApplicationAction.Accept);
        var theirLetter = TemplateEdits.Paragraphs(await otherReviewer.Http.GetByteArrayAsync($"/api/disclosure-applications/{theirs.Id}/letters/1/docx"));
        Assert.Equal(DefaultReceiptTitle, theirLetter[0]);
        Assert.Contains($"编号：{theirs.TrackingNumber}-01", theirLetter);

        // Restoring the default is a new version; the letter is written with the default again.
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.SendAsync(HttpMethod.Post, "/api/letter-templates/Receipt/restore-default")).StatusCode);
        Assert.Equal(2, (await reviewer.JsonAsync(HttpMethod.Post, "/api/letter-templates/Receipt/restore-default")).GetProperty("version").GetInt32());
        Assert.Equal(DefaultReceiptTitle, TemplateEdits.Paragraphs(await editor.Http.GetByteArrayAsync(letter + "/docx"))[0]);
    }

    [Fact]
    public async Task BadTemplatesAreRefusedInChineseAndNothingIsSaved()
    {
        var random = new Random(11);
        var reviewer = await Demo.ReviewerAsync(_factory);
        var noise = new byte[random.Next(100, 20_000)];
        random.NextBytes(noise);
        var notDocx = await Upload(reviewer, "Correction", noise);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notDocx.StatusCode);
        Assert.Contains("不是 DOCX", await notDocx.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var unknown = $"未知字段{random.Next(100, 999)}";
        var withUnknown = await Upload(reviewer, "Correction", TemplateEdits.OneParagraph($"{{{{申请人}}}}：请补正{{{{{unknown}}}}}，{{{{ 补正期限 }}}}"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withUnknown.StatusCode);
        var problem = await withUnknown.Content.ReadAsStringAsync();
        Assert.Contains($"{{{{{unknown}}}}}", problem, StringComparison.Ordinal);
        Assert.Contains("{{补正期限}}", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("{{申请人}}、", problem, StringComparison.Ordinal);

        var large = new byte[2 * 1024 * 1024 + 1];
        random.NextBytes(large);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Upload(reviewer, "Correction", large)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Upload(reviewer, "NoSuchLetter", TemplateEdits.OneParagraph("{{申请人}}"))).StatusCode);

        // The page's form: the refusal beside the template's row, then a good file accepted.
        const string page = "/workbench/applications/letter-templates";
        var refused = await PostPage(reviewer, page, "Correction", noise, "补正.docx");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("不是 DOCX", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var list = (await reviewer.Http.GetFromJsonAsync<JsonElement>("/api/letter-templates")).EnumerateArray();
        Assert.All(list, t => Assert.True(t.GetProperty("isDefault").GetBoolean()));

        var accepted = await PostPage(reviewer, page, "Correction", TemplateEdits.OneParagraph("{{申请人}}：请于期限内补正。{{正文}}"), "补正.docx");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var html = await reviewer.Http.GetStringAsync(accepted.Headers.Location!.OriginalString);
        Assert.Contains("已启用第1版模板", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        var editor = await Demo.EditorAsync(_factory);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostPage(editor, page, "Correction", TemplateEdits.OneParagraph("{{申请人}}"), "x.docx")).StatusCode);
    }

    [Fact]
    public async Task ALetterServedByEmailStaysAsServedWhenTheTemplateChanges()
    {
        var random = new Random(17);
        var office = await Demo.DepartmentIdAsync(_factory);
        var (editor, reviewer) = (await Demo.EditorAsync(_factory), await Demo.ReviewerAsync(_factory));
        var email = $"shenqing{random.Next(1000, 9999)}@example.com";
        var receipt = await ApplicationFixtures.SubmitAsync(_factory, office, ApplicationFixtures.Form(random) with { Email = email, Way = nameof(DeliveryWay.Email) });
        await LetterFlow.StepAsync(editor, receipt.Id, "sign", new { });
        await LetterFlow.StepAsync(editor, receipt.Id, "accept", new { });
        await LetterFlow.StepAsync(editor, receipt.Id, "submit-draft", new { outcome = "Granted", basis = "条例第三十六条第（二）项", reply = "予以公开" });
        await LetterFlow.StepAsync(reviewer, receipt.Id, "approve-draft", new { });
        await LetterFlow.StepAsync(editor, receipt.Id, "decide", new { });

        var first = $"答复书第一式 {random.Next(100, 999)}";
        var second = $"答复书第二式 {random.Next(100, 999)}";
        var template = await reviewer.Http.GetByteArrayAsync("/api/letter-templates/Decision.Granted");
        Assert.Contains("{{救济途径}}", TemplateEdits.Paragraphs(template));
        await Upload(reviewer, "Decision.Granted", TemplateEdits.Edit(template, random, first, Sentence, "{{救济途径}}"));
        var url = $"/api/disclosure-applications/{receipt.Id}/letters/2";
        await editor.JsonAsync(HttpMethod.Post, url + "/send");
        Assert.Equal(first, TemplateEdits.Paragraphs(await Attachment(Assert.Single(_smtp.Messages).Message, $"{receipt.TrackingNumber}-02.docx"))[0]);

        await Upload(reviewer, "Decision.Granted", TemplateEdits.Edit(template, random, second, Sentence, "{{救济途径}}"));
        var kept = TemplateEdits.Paragraphs(await editor.Http.GetByteArrayAsync(url + "/docx"));
        Assert.Equal(first, kept[0]);
        Assert.Contains(kept, p => p.Contains("六个月内依法向人民法院提起行政诉讼", StringComparison.Ordinal));
        await editor.JsonAsync(HttpMethod.Post, url + "/send");
        Assert.Equal(2, _smtp.Messages.Count);
        Assert.Equal(first, TemplateEdits.Paragraphs(await Attachment(_smtp.Messages.Last().Message, $"{receipt.TrackingNumber}-02.docx"))[0]);

        // The evidence pack holds the letter as served (its kept PDF), not a new rendering.
        var pack = LetterTests.PdfText(await editor.Http.GetByteArrayAsync($"/api/disclosure-applications/{receipt.Id}/evidence-pack"));
        Assert.Contains(LetterTests.Squeezed(first), pack, StringComparison.Ordinal);
        Assert.DoesNotContain(LetterTests.Squeezed(second), pack, StringComparison.Ordinal);
        Assert.Contains(LetterTests.Squeezed("送达时留存的文本"), pack, StringComparison.Ordinal);

        // A letter not served follows the template in force.
        var receiptTemplate = await reviewer.Http.GetByteArrayAsync("/api/letter-templates/Receipt");
        await Upload(reviewer, "Receipt", TemplateEdits.Edit(receiptTemplate, random, second, Sentence, "{{法律依据}}"));
        Assert.Equal(second, TemplateEdits.Paragraphs(await editor.Http.GetByteArrayAsync($"/api/disclosure-applications/{receipt.Id}/letters/1/docx"))[0]);
    }

    private static Task<HttpResponseMessage> Upload(StaffClient staff, string key, byte[] content)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return staff.SendContentAsync(HttpMethod.Put, $"/api/letter-templates/{key}?fileName={key}.docx", body);
    }

    private static async Task<HttpResponseMessage> PostPage(StaffClient staff, string page, string key, byte[] content, string fileName)
    {
        var token = StaffClient.FormToken(await staff.Http.GetStringAsync(page));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(key), "key" },
            { new ByteArrayContent(content), "file", fileName },
        };
        return await staff.Http.PostAsync(page + "?handler=Upload", form);
    }

    private static async Task<byte[]> Attachment(MimeMessage message, string name)
    {
        var part = message.Attachments.OfType<MimePart>().Single(a => a.FileName == name);
        using var content = new MemoryStream();
        await part.Content!.DecodeToAsync(content);
        return content.ToArray();
    }
}
