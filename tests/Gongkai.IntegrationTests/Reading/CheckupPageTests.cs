using System.Net;
using System.Net.Http.Headers;
using Gongkai.Application.Demo;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Application.AnnualReports.Export.Html;
using Gongkai.Domain.AnnualReports;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Reading;

/// <summary>年报体检 over HTTP: upload, the report re-drawn with its findings, the batch view, JSON, save as draft.</summary>
public sealed class CheckupPageTests : IDisposable
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "genhe-urban-management-2020-report.txt");
    private readonly GongkaiFactory _factory = new(settings: new() { ["Gongkai:Reading:MaxMegabytes"] = "1" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheSampleUploadsAndIsRedrawnWithItsFiguresAndNotes()
    {
        var client = new StaffClient(StaffClient.Anonymous(_factory));
        var response = await UploadAsync(client, ("sample.txt", await File.ReadAllBytesAsync(Sample)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.Http.GetStringAsync(response.Headers.Location);
        Assert.Contains("根河市城市管理综合执法局2020年政府信息公开工作年度报告", page);
        Assert.Contains("data-path=\"proactive.penalty.prev_items\">472<", page);
        Assert.Contains("第二十条第(一项)", page);
        Assert.Contains("0 处错误", page);

        var json = await client.Http.GetStringAsync($"{response.Headers.Location}/json");
        Assert.True(ReportJsonReader.Read(json).SameAs(DemoSeeder.SampleFigures()));
    }

    [Fact]
    public async Task ABatchListsEveryFileWithCrossYearChecksAndRefusesWhatItCannotRead()
    {
        var next = ReportFigures.Zero(2021, DemoSeeder.DemoDepartment);
        next.SetApplicationRow("carried_over", 1, 0, 0, 0, 0, 0, 1);
        next.SetApplicationRow("granted", 1, 0, 0, 0, 0, 0, 1);
        next.SetApplicationRow("total", 1, 0, 0, 0, 0, 0, 1);
        var html = HtmlReportRenderer.RenderDocument(new ReportDocument(next, DemoSeeder.SampleNarrative()));
        var client = new StaffClient(StaffClient.Anonymous(_factory));

        var response = await UploadAsync(client,
            ("2020.txt", await File.ReadAllBytesAsync(Sample)),
            ("2021.html", System.Text.Encoding.UTF8.GetBytes(html)),
            ("empty.txt", [0x20]),
            ("huge.pdf", new byte[1_500_000]));

        var batch = await client.Http.GetStringAsync(response.Headers.Location + "?sort=errors");
        Assert.Contains("年报体检结果（4 份）", batch);
        Assert.Contains("2021.html", batch);
        Assert.Contains("超过上限", await client.Http.GetStringAsync(response.Headers.Location + "/4"));
        var later = await client.Http.GetStringAsync(response.Headers.Location + "/2");
        Assert.Contains("C6", later);
        Assert.Contains("C11", later);
        Assert.Contains("2020年度报告 四、结转下年度继续办理 (0)", later);
        var first = batch.IndexOf("2021.html", StringComparison.Ordinal);
        Assert.True(first < batch.IndexOf("2020.txt", StringComparison.Ordinal), "sorted by errors, the report with errors comes first");
    }

    [Fact]
    public async Task AnOldFormatReportShowsTheFiguresItStatesNotATemplate()
    {
        var client = new StaffClient(StaffClient.Anonymous(_factory));
        for (var seed = 0; seed < 4; seed++)
        {
            var old = Gongkai.TestSupport.OldFormatReports.Random(new Random(seed + 40), seed % 2 == 0 ? "pipe" : "html");
            var response = await UploadAsync(client, (old.FileName, System.Text.Encoding.UTF8.GetBytes(old.Text)));

            var page = await client.Http.GetStringAsync(response.Headers.Location);
            Assert.Contains("2019年以前格式（不按模板读取表格）", page);
            Assert.Contains("报告写明的数字（旧格式，不按模板读取表格）", page);
            Assert.Matches($"<tr data-key=\"applications_received\"><th scope=\"row\">收到政府信息公开申请</th><td>{old.Received}件</td>", page);
            Assert.Matches($"<tr data-key=\"reconsideration\"><th scope=\"row\">[^<]+</th><td>{old.Reconsideration}件</td>", page);
            Assert.Matches($"<tr data-key=\"proactive_items\"><th scope=\"row\">[^<]+</th><td>{old.Proactive}", page);
            Assert.DoesNotContain("data-path=", page);
        }
    }

    [Fact]
    public async Task AnEditorSavesAReadReportAsADraftOfTheirAgency()
    {
        var editor = await Demo.EditorAsync(_factory);
        var response = await UploadAsync(editor, ("sample.txt", await File.ReadAllBytesAsync(Sample)));
        var save = await editor.PostFormAsync($"{response.Headers.Location}/Save", [], response.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.StartsWith("/workbench/reports/", save.Headers.Location!.OriginalString);
        var draft = await editor.Http.GetStringAsync(save.Headers.Location);
        Assert.Contains("第 2 版", draft);
        Assert.Contains("草稿", draft);
    }

    internal static async Task<HttpResponseMessage> UploadAsync(StaffClient client, params (string Name, byte[] Content)[] files)
    {
        var page = await client.Http.GetStringAsync("/checkup");
        using var form = new MultipartFormDataContent { { new StringContent(StaffClient.FormToken(page)), "__RequestVerificationToken" } };
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        return await client.Http.PostAsync("/checkup", form);
    }
}
