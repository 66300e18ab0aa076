using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Gongkai.Application.Demo;
using Gongkai.Domain.AnnualReports;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.AnnualReports;

/// <summary>Create, edit, check, submit, publish, correct: the life of a report over HTTP.</summary>
public sealed class ReportLifecycleTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnEditorCreatesEditsAndSubmitsAndAReviewerPublishes()
    {
        var editor = await Demo.EditorAsync(_factory);
        var agency = await Demo.DepartmentIdAsync(_factory);

        var created = await editor.JsonAsync(HttpMethod.Post, "/api/reports", new { agencyId = agency, year = 2022 });
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal("Draft", created.GetProperty("status").GetString());
        Assert.Equal("2021", created.GetProperty("figures").GetProperty("template").GetString());
        Assert.Contains(created.GetProperty("findings").EnumerateArray(), f => f.GetProperty("message").GetString()!.Contains("未填写"));

        var figures = ReportFiguresJson.Valid(2022, DemoSeeder.DemoDepartment);
        var narrative = new ReportNarrative { Problems = "一是公开的主动性不够。" };
        var saved = await editor.JsonAsync(HttpMethod.Put, $"/api/reports/{id}", ReportFiguresJson.Update(figures, narrative), created.GetProperty("revision").GetInt32());
        Assert.Empty(saved.GetProperty("findings").EnumerateArray());
        Assert.Equal(ReportJsonWriter.Write(figures), ReportJsonWriter.Write(ReportJsonReader.Read(saved.GetProperty("figures"))));
        Assert.Equal("一是公开的主动性不够。", saved.GetProperty("narrative").GetProperty("problems").GetString());

        var submitted = await editor.JsonAsync(HttpMethod.Post, $"/api/reports/{id}/submit", revision: saved.GetProperty("revision").GetInt32());
        Assert.Equal("待审核", submitted.GetProperty("statusName").GetString());

        var editorPublish = await editor.SendAsync(HttpMethod.Post, $"/api/reports/{id}/publish", revision: submitted.GetProperty("revision").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, editorPublish.StatusCode);

        var reviewer = await Demo.ReviewerAsync(_factory);
        var published = await reviewer.JsonAsync(HttpMethod.Post, $"/api/reports/{id}/publish", revision: submitted.GetProperty("revision").GetInt32());
        Assert.Equal("Published", published.GetProperty("status").GetString());
        var sha = published.GetProperty("sha256").GetString()!;

        var anonymous = StaffClient.Anonymous(_factory);
        var page = await anonymous.GetStringAsync($"/reports/{agency}/2022");
        Assert.Contains(sha, page);
        Assert.Contains("一是公开的主动性不够。", page);
        var download = await anonymous.GetByteArrayAsync($"/reports/{agency}/2022/download/json");
        Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(download)));
        Assert.Equal(ReportJsonWriter.Write(figures), System.Text.Encoding.UTF8.GetString(download));
    }

    [Fact]
    public async Task APublishedReportIsFrozenAndACorrectionIsANewVersionThatKeepsTheOld()
    {
        var editor = await Demo.EditorAsync(_factory);
        var reviewer = await Demo.ReviewerAsync(_factory);
        var agency = await Demo.DepartmentIdAsync(_factory);
        var demo = (await editor.JsonAsync(HttpMethod.Get, "/api/reports")).EnumerateArray().Single(r => r.GetProperty("year").GetInt32() == 2020);
        var v1 = await editor.JsonAsync(HttpMethod.Get, $"/api/reports/{demo.GetProperty("id").GetInt32()}");

        var edit = await editor.SendAsync(HttpMethod.Put, $"/api/reports/{v1.GetProperty("id").GetInt32()}",
            ReportFiguresJson.Update(ReportFigures.Zero(2020, DemoSeeder.DemoDepartment)), v1.GetProperty("revision").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Contains("已发布的报告不能修改", (await edit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        var v2 = await editor.JsonAsync(HttpMethod.Post, $"/api/reports/{v1.GetProperty("id").GetInt32()}/correct");
        Assert.Equal((2, "Draft"), (v2.GetProperty("version").GetInt32(), v2.GetProperty("status").GetString()));
        var corrected = DemoSeeder.SampleFigures();
        corrected["proactive.penalty.decisions"] = 6;
        var saved = await editor.JsonAsync(HttpMethod.Put, $"/api/reports/{v2.GetProperty("id").GetInt32()}", ReportFiguresJson.Update(corrected), v2.GetProperty("revision").GetInt32());
        var submitted = await editor.JsonAsync(HttpMethod.Post, $"/api/reports/{saved.GetProperty("id").GetInt32()}/submit", revision: saved.GetProperty("revision").GetInt32());
        await reviewer.JsonAsync(HttpMethod.Post, $"/api/reports/{submitted.GetProperty("id").GetInt32()}/publish", revision: submitted.GetProperty("revision").GetInt32());

        var anonymous = StaffClient.Anonymous(_factory);
        var current = ReportJsonReader.Read(await anonymous.GetStringAsync($"/reports/{agency}/2020/download/json"));
        var original = ReportJsonReader.Read(await anonymous.GetStringAsync($"/reports/{agency}/2020/download/json?version=1"));
        Assert.Equal(6, current["proactive.penalty.decisions"]);
        Assert.Equal(5, original["proactive.penalty.decisions"]);
        Assert.Contains("本版已被更正", await anonymous.GetStringAsync($"/reports/{agency}/2020?version=1"));
        var old = await editor.JsonAsync(HttpMethod.Get, $"/api/reports/{v1.GetProperty("id").GetInt32()}");
        Assert.Equal("Superseded", old.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AReportWithErrorsIsPublishedOnlyWithTheReviewersReason()
    {
        var editor = await Demo.EditorAsync(_factory);
        var reviewer = await Demo.ReviewerAsync(_factory);
        var agency = await Demo.DepartmentIdAsync(_factory);
        var created = await editor.JsonAsync(HttpMethod.Post, "/api/reports", new { agencyId = agency, year = 2021 });
        var figures = ReportFigures.Zero(2021, DemoSeeder.DemoDepartment);
        figures.SetApplicationRow("new_received", 12, 0, 0, 0, 0, 0, 12);
        figures.SetApplicationRow("granted", 10, 0, 0, 0, 0, 0, 10);
        figures.SetApplicationRow("total", 10, 0, 0, 0, 0, 0, 10);
        figures.SetApplicationRow("carried_forward", 1, 0, 0, 0, 0, 0, 1);
        var saved = await editor.JsonAsync(HttpMethod.Put, $"/api/reports/{created.GetProperty("id").GetInt32()}", ReportFiguresJson.Update(figures), created.GetProperty("revision").GetInt32());
        Assert.Contains(saved.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "C1" && f.GetProperty("where").GetString() == "applications.total[0]");
        var submitted = await editor.JsonAsync(HttpMethod.Post, $"/api/reports/{saved.GetProperty("id").GetInt32()}/submit", revision: saved.GetProperty("revision").GetInt32());
        var id = submitted.GetProperty("id").GetInt32();
        var revision = submitted.GetProperty("revision").GetInt32();

        var refused = await reviewer.SendAsync(HttpMethod.Post, $"/api/reports/{id}/publish", new { reason = "" }, revision);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("须填写仍予发布的理由", await refused.Content.ReadAsStringAsync());

        var published = await reviewer.JsonAsync(HttpMethod.Post, $"/api/reports/{id}/publish", new { reason = "原始台账如此，已责成下年度更正" }, revision);
        Assert.Equal("原始台账如此，已责成下年度更正", published.GetProperty("publishReason").GetString());
        Assert.Contains("原始台账如此", await StaffClient.Anonymous(_factory).GetStringAsync($"/reports/{agency}/2021"));
    }

    [Fact]
    public async Task C6ComparesWithLastYearsReportOfTheSameAgency()
    {
        var editor = await Demo.EditorAsync(_factory);
        var agency = await Demo.DepartmentIdAsync(_factory);
        var created = await editor.JsonAsync(HttpMethod.Post, "/api/reports", new { agencyId = agency, year = 2021 });
        var figures = ReportFigures.Zero(2021, DemoSeeder.DemoDepartment);
        figures.SetApplicationRow("carried_over", 2, 0, 0, 0, 0, 0, 2);
        figures.SetApplicationRow("granted", 2, 0, 0, 0, 0, 0, 2);
        figures.SetApplicationRow("total", 2, 0, 0, 0, 0, 0, 2);

        var saved = await editor.JsonAsync(HttpMethod.Put, $"/api/reports/{created.GetProperty("id").GetInt32()}", ReportFiguresJson.Update(figures), created.GetProperty("revision").GetInt32());

        var c6 = saved.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule").GetString() == "C6").ToList();
        Assert.Equal(["applications.carried_over[0]", "applications.carried_over[6]"], c6.Select(f => f.GetProperty("where").GetString()));
        Assert.Contains("2020年度报告 四、结转下年度继续办理 (0)", c6[0].GetProperty("message").GetString());
    }
}
