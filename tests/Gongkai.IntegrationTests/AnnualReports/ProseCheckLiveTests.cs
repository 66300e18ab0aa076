using System.Globalization;
using System.Text.Json;
using Gongkai.Application.Data;
using Gongkai.Application.Demo;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.AnnualReports;

/// <summary>C12 in the workbench: the seed report's “5个”, on the page and in the live check as staff type section 一.</summary>
public sealed class ProseCheckLiveTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheSeedReportShowsItsC12AtTheCell()
    {
        var editor = await Demo.EditorAsync(_factory);
        var id = await SeedReportIdAsync();

        var html = await editor.Http.GetStringAsync($"/workbench/reports/{id}");

        Assert.Contains("[警告 C12] 正文“2020年度依申请公开政府信息相关数据5个”", html, StringComparison.Ordinal);
        Assert.Matches("data-path=\"applications.new_received\\[6\\]\" data-state=\"warning\"", html);
    }

    [Fact]
    public async Task TheLiveCheckComparesWhatIsWrittenWithTheTables()
    {
        var editor = await Demo.EditorAsync(_factory);
        var id = await SeedReportIdAsync();
        var form = SeedForm();

        var seed = C12(await CheckAsync(editor, id, form));
        var finding = Assert.Single(seed);
        Assert.Equal("applications.new_received[6]", finding.GetProperty("where").GetString());
        Assert.Contains("“2020年度依申请公开政府信息相关数据5个”", finding.GetProperty("message").GetString(), StringComparison.Ordinal);

        form["n:OverviewOnRequest"] = "2020年度未收到政府信息公开申请。";
        Assert.Empty(C12(await CheckAsync(editor, id, form)));

        form["n:OverviewSupervision"] = "本年度因政府信息公开被申请行政复议2件。";
        var typed = Assert.Single(C12(await CheckAsync(editor, id, form)));
        Assert.Equal("appeals.reconsideration[4]", typed.GetProperty("where").GetString());
    }

    private static List<JsonElement> C12(JsonElement result) =>
        [.. result.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule").GetString() == "C12")];

    private static async Task<JsonElement> CheckAsync(StaffClient editor, int id, Dictionary<string, string> form)
    {
        var response = await editor.PostFormAsync($"/workbench/reports/{id}?handler=Check", form, $"/workbench/reports/{id}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>The workbench form as the seed report fills it: every cell and every text section.</summary>
    private static Dictionary<string, string> SeedForm()
    {
        var figures = DemoSeeder.SampleFigures();
        var form = new Dictionary<string, string> { ["revision"] = "0" };
        foreach (var cell in figures.Template.Cells)
        {
            form["cell:" + cell.Path] = figures.DisplayText(cell);
        }

        foreach (var (name, text) in DemoSeeder.SampleNarrative().Named)
        {
            form["n:" + char.ToUpper(name[0], CultureInfo.InvariantCulture) + name[1..]] = text ?? "";
        }

        return form;
    }

    private async Task<int> SeedReportIdAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var agency = await Demo.DepartmentIdAsync(_factory);
        return await db.AnnualReports.Where(r => r.AgencyId == agency && r.Year == 2020).OrderByDescending(r => r.Version).Select(r => r.Id).FirstAsync();
    }
}
