using System.Net;
using Gongkai.Domain.AnnualReports;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.AnnualReports;

/// <summary>The workbench form: what is not a number is shown at its cell and nothing is saved.</summary>
public sealed class WorkbenchPageTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ANonNumberIsShownAtItsCellAndNothingIsSaved()
    {
        var (editor, id, revision) = await NewDraftAsync();
        var form = ZeroForm(revision);
        form["cell:applications.granted[0]"] = "三";
        form["n:Problems"] = "不应保存";

        var response = await editor.PostFormAsync($"/workbench/reports/{id}?handler=Save", form, $"/workbench/reports/{id}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("有 1 个单元格不是数字，未保存", html);
        Assert.Matches("data-path=\"applications.granted\\[0\\]\" data-state=\"error\"><input[^>]+value=\"三\"", html);
        Assert.Contains("data-msg-for=\"applications.granted[0]\">请填写数字", html);
        var stored = await editor.JsonAsync(HttpMethod.Get, $"/api/reports/{id}");
        Assert.Equal(revision, stored.GetProperty("revision").GetInt32());
        Assert.Equal("", stored.GetProperty("narrative").GetProperty("problems").GetString());
    }

    [Fact]
    public async Task ANegativeCountIsRefusedWithTheRuleAtItsCell()
    {
        var (editor, id, revision) = await NewDraftAsync();
        var form = ZeroForm(revision);
        form["cell:appeals.reconsideration[0]"] = "-2";

        var response = await editor.PostFormAsync($"/workbench/reports/{id}?handler=Save", form, $"/workbench/reports/{id}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("data-msg-for=\"appeals.reconsideration[0]\">行政复议 · 结果维持：应为非负整数，填写的是 -2", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SavingFromAStalePageIsRefusedAndKeepsWhatWasTyped()
    {
        var (editor, id, revision) = await NewDraftAsync();
        var first = ZeroForm(revision);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync($"/workbench/reports/{id}?handler=Save", first, $"/workbench/reports/{id}")).StatusCode);

        var second = ZeroForm(revision);
        second["cell:applications.granted[0]"] = "7";
        var response = await editor.PostFormAsync($"/workbench/reports/{id}?handler=Save", second, $"/workbench/reports/{id}");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("您的修改未保存", html);
        Assert.Matches("name=\"cell:applications.granted\\[0\\]\" value=\"7\"", html);
    }

    [Fact]
    public async Task TheLiveCheckReturnsFindingsAndComputedTotalsWithoutSaving()
    {
        var (editor, id, revision) = await NewDraftAsync();
        var form = ZeroForm(revision);
        form["cell:applications.new_received[0]"] = "3";

        var response = await editor.PostFormAsync($"/workbench/reports/{id}?handler=Check", form, $"/workbench/reports/{id}");

        var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(json.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "C1" && f.GetProperty("where").GetString() == "applications.total[0]");
        Assert.Equal("3", json.GetProperty("computed").GetProperty("applications.carried_forward[0]").GetString());
        Assert.Equal(revision, (await editor.JsonAsync(HttpMethod.Get, $"/api/reports/{id}")).GetProperty("revision").GetInt32());
    }

    private static Dictionary<string, string> ZeroForm(int revision)
    {
        var form = new Dictionary<string, string> { ["revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var cell in ReportTemplate.ForYear(2023).Cells)
        {
            form["cell:" + cell.Path] = "0";
        }

        return form;
    }

    private async Task<(StaffClient Editor, int Id, int Revision)> NewDraftAsync()
    {
        var editor = await Demo.EditorAsync(_factory);
        var created = await editor.JsonAsync(HttpMethod.Post, "/api/reports", new { agencyId = await Demo.DepartmentIdAsync(_factory), year = 2023 });
        return (editor, created.GetProperty("id").GetInt32(), created.GetProperty("revision").GetInt32());
    }
}
