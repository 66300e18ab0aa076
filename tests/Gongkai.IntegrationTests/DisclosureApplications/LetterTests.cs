using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gongkai.Domain.DisclosureApplications;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.DisclosureApplications;

/// <summary>
/// 文书 over HTTP on the real host: random histories (seeded) through the workflow, then the letters listed from
/// the event log are exactly the ones the steps call for, in order, each with its article; each renders to a DOCX
/// that says so and the decision's to a PDF (LibreOffice) with the remedies; access: staff of the agency only.
/// </summary>
public sealed class LetterTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static readonly DisclosureOutcome[] Outcomes =
    [
        DisclosureOutcome.Granted, DisclosureOutcome.PartiallyGranted, DisclosureOutcome.WithheldStateSecret, DisclosureOutcome.WithheldThirdParty,
        DisclosureOutcome.UnableNotHeld, DisclosureOutcome.NotProcessedRepeated, DisclosureOutcome.NotProcessedPetition,
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task TheLettersAreThoseTheStepsCallForEachWithItsArticleAsDocxAndPdf(int seed)
    {
        var random = new Random(seed);
        var office = await Demo.DepartmentIdAsync(_factory);
        var (editor, reviewer) = (await Demo.EditorAsync(_factory), await Demo.ReviewerAsync(_factory));
        var form = ApplicationFixtures.Form(random);
        var receipt = await ApplicationFixtures.SubmitAsync(_factory, office, form);
        var expected = new List<(LetterKind Kind, string Basis)>();
        await LetterFlow.StepAsync(editor, receipt.Id, "sign", new { });
        await LetterFlow.StepAsync(editor, receipt.Id, "accept", new { });
        expected.Add((LetterKind.Receipt, "条例第三十一条"));
        if (random.Next(2) == 0)
        {
            await LetterFlow.StepAsync(editor, receipt.Id, "request-correction", new { note = "请写明所需信息的文号或者形成时间", periodDays = "10" });
            await LetterFlow.StepAsync(editor, receipt.Id, "receive-correction", new { });
            expected.Add((LetterKind.Correction, "条例第三十条"));
        }

        if (random.Next(2) == 0)
        {
            await LetterFlow.StepAsync(editor, receipt.Id, "consult-third-party", new { party = "某商贸有限公司", note = "是否同意公开其投标文件" });
            await LetterFlow.StepAsync(editor, receipt.Id, "receive-opinions", new { note = "不同意公开" });
            expected.Add((LetterKind.ThirdPartyConsultation, "条例第三十二条"));
        }

        if (random.Next(2) == 0)
        {
            await LetterFlow.StepAsync(reviewer, receipt.Id, "extend", new { note = "需调取档案" });
            expected.Add((LetterKind.Extension, "条例第三十三条第二款"));
        }

        var outcome = Outcomes[random.Next(Outcomes.Length)];
        var basis = DecisionBases.AllowedFor(outcome)[0];
        var reply = $"答复第 {random.Next(1000, 9999)} 号：经检索处理如下";
        await LetterFlow.StepAsync(editor, receipt.Id, "submit-draft", new { outcome = outcome.ToString(), basis, reply });
        await LetterFlow.StepAsync(reviewer, receipt.Id, "approve-draft", new { });
        await LetterFlow.StepAsync(editor, receipt.Id, "decide", new { });
        expected.Add((LetterKind.Decision, basis));

        var url = $"/api/disclosure-applications/{receipt.Id}/letters";
        var letters = (await editor.Http.GetFromJsonAsync<JsonElement>(url)).EnumerateArray().ToList();
        Assert.Equal(expected.Select(e => (e.Kind.ToString(), e.Basis)), letters.Select(l => (l.GetProperty("kind").GetString()!, l.GetProperty("basis").GetString()!)));
        Assert.Equal(Enumerable.Range(1, expected.Count), letters.Select(l => l.GetProperty("number").GetInt32()));

        foreach (var letter in letters)
        {
            var number = letter.GetProperty("number").GetInt32();
            var docx = await editor.Http.GetAsync($"{url}/{number}/docx");
            Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
            var text = DocxText(await docx.Content.ReadAsByteArrayAsync());
            Assert.Contains(letter.GetProperty("title").GetString()!, text, StringComparison.Ordinal);
            Assert.Contains($"编号：{receipt.TrackingNumber}-{number:00}", text, StringComparison.Ordinal);
            Assert.Contains($"法律依据：{letter.GetProperty("basis").GetString()}", text, StringComparison.Ordinal);
            Assert.Equal(letter.GetProperty("toApplicant").GetBoolean(), text.Contains(form.Name + "：", StringComparison.Ordinal));
            Assert.DoesNotContain(form.IdNumber!, text, StringComparison.Ordinal);
            Assert.Equal(letter.GetProperty("kind").GetString() == "Decision", text.Contains("六个月内依法向人民法院提起行政诉讼", StringComparison.Ordinal));
        }

        var decision = letters[^1];
        Assert.Equal(ReplyLetters.DecisionTitle(outcome), decision.GetProperty("title").GetString());
        var pdf = PdfText(await editor.Http.GetByteArrayAsync($"{url}/{decision.GetProperty("number").GetInt32()}/pdf"));
        foreach (var expectedText in new[] { receipt.TrackingNumber, reply, "行政复议", form.Name! })
        {
            Assert.Contains(Squeezed(expectedText), pdf, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OnlyTheAgencysStaffGetTheLetters()
    {
        var office = await Demo.DepartmentIdAsync(_factory);
        var editor = await Demo.EditorAsync(_factory);
        var receipt = await ApplicationFixtures.SubmitAsync(_factory, office, ApplicationFixtures.Form(new Random(7)));
        await LetterFlow.StepAsync(editor, receipt.Id, "sign", new { });
        await LetterFlow.StepAsync(editor, receipt.Id, "accept", new { });
        var elsewhere = await TestStaff.AgencyAsync(_factory, "某县交通运输局", null);
        var stranger = await TestStaff.UserAsync(_factory, "jiaotong", elsewhere, "Editor");
        var url = $"/api/disclosure-applications/{receipt.Id}";

        foreach (var path in new[] { "/letters", "/letters/1/docx", "/letters/1/pdf", "/evidence-pack", "/appeals" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync(url + path)).StatusCode);
            var anonymous = await StaffClient.Anonymous(_factory).GetAsync(url + path);
            Assert.True(anonymous.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect or HttpStatusCode.Found, $"{path}: {anonymous.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.OK, (await editor.Http.GetAsync(url + "/letters/1/docx")).StatusCode);
        var missing = await editor.Http.GetAsync(url + "/letters/9/docx");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("政府信息公开申请登记回执", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.Http.GetAsync(url + "/letters/1/rtf")).StatusCode);
    }

    /// <summary>The text of a DOCX's XML parts (each of our paragraphs is one run, so its text is contiguous).</summary>
    internal static string DocxText(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));
        return string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }

    /// <summary>Text without white space: pdftotext puts spaces between CJK and Latin runs and breaks lines where the layout does.</summary>
    internal static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The text layer of a PDF (pdftotext), <see cref="Squeezed"/>.</summary>
    internal static string PdfText(byte[] bytes)
    {
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        var file = Path.GetTempFileName();
        File.WriteAllBytes(file, bytes);
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", [file, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return Squeezed(text);
        }
        finally
        {
            File.Delete(file);
        }
    }
}

internal static class LetterFlow
{
    public static async Task<JsonElement> StepAsync(StaffClient staff, int id, string action, object body)
    {
        var url = $"/api/disclosure-applications/{id}";
        var current = await staff.Http.GetFromJsonAsync<JsonElement>(url);
        return await staff.JsonAsync(HttpMethod.Post, $"{url}/actions/{action}", body, current.GetProperty("revision").GetInt32());
    }
}
