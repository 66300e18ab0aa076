using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Application.Demo;
using Gongkai.Domain.AnnualReports;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.AnnualReports;

/// <summary>Bad input gets a clear Chinese problem and nothing is saved; two editors never overwrite each other.</summary>
public sealed class BadInputAndConcurrencyTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheSecondOfTwoEditsFromTheSameRevisionIsRefused()
    {
        var (editor, id, revision) = await NewDraftAsync();
        var other = await Demo.EditorAsync(_factory);

        var first = ReportFiguresJson.Valid(2023, DemoSeeder.DemoDepartment, seed: 1);
        var second = ReportFiguresJson.Valid(2023, DemoSeeder.DemoDepartment, seed: 2);
        Assert.Equal(HttpStatusCode.OK, (await editor.SendAsync(HttpMethod.Put, $"/api/reports/{id}", ReportFiguresJson.Update(first), revision)).StatusCode);
        var stale = await other.SendAsync(HttpMethod.Put, $"/api/reports/{id}", ReportFiguresJson.Update(second), revision);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("操作冲突", problem.GetProperty("title").GetString());
        Assert.Contains("您的修改未保存", problem.GetProperty("detail").GetString());
        var stored = await editor.JsonAsync(HttpMethod.Get, $"/api/reports/{id}");
        Assert.Equal(ReportJsonWriter.Write(first), ReportJsonWriter.Write(ReportJsonReader.Read(stored.GetProperty("figures"))));
    }

    [Fact]
    public async Task AChangeWithoutIfMatchIsRefused()
    {
        var (editor, id, _) = await NewDraftAsync();
        var response = await editor.SendAsync(HttpMethod.Put, $"/api/reports/{id}", ReportFiguresJson.Update(ReportFigures.Zero(2023, DemoSeeder.DemoDepartment)));
        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
        Assert.Contains("If-Match", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("\"granted\": [0, 0", "\"granted\": [-1, 0", "$.figures.applications.granted[0]", "应为非负整数")]
    [InlineData("\"granted\": [0, 0", "\"granted\": [0.5, 0", "$.figures.applications.granted[0]", "应为非负整数")]
    [InlineData("\"granted\": [0, 0", "\"granted\": [\"三\", 0", "$.figures.applications.granted[0]", "应为整数或 null")]
    [InlineData("\"rules\":", "\"colour\": 1, \"rules\":", "$.figures.proactive.colour", "未知的键")]
    [InlineData("    \"other_other\": [0, 0, 0, 0, 0, 0, 0],\n", "", "$.figures.applications.other_other", "缺少模板中的行")]
    [InlineData("\"amount_wan\": 0 }", "\"amount_wan\": \"十万\" }", "$.figures.proactive.fees.amount_wan", "应为金额")]
    public async Task InvalidFiguresAreRefusedAtTheirPathAndNothingIsSaved(string find, string replace, string path, string message)
    {
        var (editor, id, revision) = await NewDraftAsync();
        var json = ReportJsonWriter.Write(ReportFigures.Zero(2023, DemoSeeder.DemoDepartment));
        Assert.Contains(find, json);
        var body = $"{{\"figures\": {json.Replace(find, replace, StringComparison.Ordinal)}}}";

        var response = await editor.SendAsync(HttpMethod.Put, $"/api/reports/{id}", rawJson: body, revision: revision);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var error = problem.GetProperty("errors").EnumerateArray().First();
        Assert.Equal(path, error.GetProperty("path").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString());
        var stored = await editor.JsonAsync(HttpMethod.Get, $"/api/reports/{id}");
        Assert.Equal(revision, stored.GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task AnImportWithAnyErrorImportsNothing()
    {
        var editor = await Demo.EditorAsync(_factory);
        var agency = await Demo.DepartmentIdAsync(_factory);
        var before = (await editor.JsonAsync(HttpMethod.Get, "/api/reports")).GetArrayLength();
        var json = ReportJsonWriter.Write(ReportFiguresJson.Valid(2024, DemoSeeder.DemoDepartment)).Replace("\"appeals\": {", "\"extra\": [],\n  \"appeals\": {", StringComparison.Ordinal);

        var response = await editor.SendAsync(HttpMethod.Post, $"/api/agencies/{agency}/import", rawJson: json);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("未导入任何内容", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, (await editor.JsonAsync(HttpMethod.Get, "/api/reports")).GetArrayLength());
    }

    [Fact]
    public async Task ImportCreatesADraftThenUpdatesItThenCorrectsThePublishedVersion()
    {
        var editor = await Demo.EditorAsync(_factory);
        var agency = await Demo.DepartmentIdAsync(_factory);
        var first = await editor.JsonAsync(HttpMethod.Post, $"/api/agencies/{agency}/import", rawJson: ReportJsonWriter.Write(ReportFiguresJson.Valid(2024, DemoSeeder.DemoDepartment, 3)));
        var second = await editor.JsonAsync(HttpMethod.Post, $"/api/agencies/{agency}/import", rawJson: ReportJsonWriter.Write(ReportFiguresJson.Valid(2024, DemoSeeder.DemoDepartment, 4)));
        Assert.Equal(first.GetProperty("id").GetInt32(), second.GetProperty("id").GetInt32());
        Assert.Equal(ReportJsonWriter.Write(ReportFiguresJson.Valid(2024, DemoSeeder.DemoDepartment, 4)), ReportJsonWriter.Write(ReportJsonReader.Read(second.GetProperty("figures"))));

        var intoPublished = await editor.JsonAsync(HttpMethod.Post, $"/api/agencies/{agency}/import", rawJson: ReportJsonWriter.Write(ReportFigures.Zero(2020, DemoSeeder.DemoDepartment)));
        Assert.Equal((2, "Draft"), (intoPublished.GetProperty("version").GetInt32(), intoPublished.GetProperty("status").GetString()));
        Assert.Equal("积极拓展渠道", intoPublished.GetProperty("narrative").GetProperty("overviewProactive").GetString()![..6]);
    }

    [Fact]
    public async Task AnImportNamingAnotherAgencyIsRefused()
    {
        var editor = await Demo.EditorAsync(_factory);
        var agency = await Demo.DepartmentIdAsync(_factory);
        var response = await editor.SendAsync(HttpMethod.Post, $"/api/agencies/{agency}/import", rawJson: ReportJsonWriter.Write(ReportFigures.Zero(2024, "某县财政局")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("与导入的机关", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ParallelCreatesOfOneReportGiveOneReportAndConflictsNeverAServerError()
    {
        var agency = await Demo.DepartmentIdAsync(_factory);
        var editors = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Demo.EditorAsync(_factory)));

        var answers = await Task.WhenAll(editors.Select(e => e.SendAsync(HttpMethod.Post, "/api/reports", new { agencyId = agency, year = 2022 })));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Single((await editors[0].JsonAsync(HttpMethod.Get, "/api/reports")).EnumerateArray(), r => r.GetProperty("year").GetInt32() == 2022);
    }

    [Fact]
    public async Task ParallelCorrectionsOfOnePublishedReportGiveOneNewVersion()
    {
        var agency = await Demo.DepartmentIdAsync(_factory);
        var editors = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Demo.EditorAsync(_factory)));
        var published = (await editors[0].JsonAsync(HttpMethod.Get, "/api/reports")).EnumerateArray()
            .Single(r => r.GetProperty("year").GetInt32() == 2020 && r.GetProperty("agencyId").GetInt32() == agency).GetProperty("id").GetInt32();

        var answers = await Task.WhenAll(editors.Select(e => e.SendAsync(HttpMethod.Post, $"/api/reports/{published}/correct")));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
    }

    [Fact]
    public async Task EveryEditOfFiguresAndTextIsInTheAuditLogCellByCell()
    {
        var (editor, id, revision) = await NewDraftAsync();
        var random = new Random(11);
        var figures = ReportFigures.Zero(2023, DemoSeeder.DemoDepartment);
        var changed = figures.Template.Cells.Where(c => c.Kind == CellKind.Count).OrderBy(_ => random.Next()).Take(3).ToList();
        foreach (var cell in changed)
        {
            figures[cell] = random.Next(1, 500);
        }

        var saved = await editor.JsonAsync(HttpMethod.Put, $"/api/reports/{id}", ReportFiguresJson.Update(figures, new ReportNarrative { Problems = "申请人张三的身份证号不应出现在日志里" }), revision);
        Assert.Equal(revision + 1, saved.GetProperty("revision").GetInt32());

        var audit = await (await Demo.AdminAsync(_factory)).Http.GetStringAsync($"/admin/audit?subject=report:{id}");
        foreach (var cell in changed)
        {
            Assert.Contains($"{cell.Path}（{cell.Label}）空 → {ReportChecker.Format(figures[cell]!.Value)}", System.Net.WebUtility.HtmlDecode(audit));
        }

        Assert.Contains("problems 0 字 → 18 字", audit);
        Assert.DoesNotContain("张三", audit);
    }

    private async Task<(StaffClient Editor, int Id, int Revision)> NewDraftAsync()
    {
        var editor = await Demo.EditorAsync(_factory);
        var created = await editor.JsonAsync(HttpMethod.Post, "/api/reports", new { agencyId = await Demo.DepartmentIdAsync(_factory), year = 2023 });
        return (editor, created.GetProperty("id").GetInt32(), created.GetProperty("revision").GetInt32());
    }
}
