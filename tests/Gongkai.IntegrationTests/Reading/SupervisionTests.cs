using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Application.Accounts;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Application.AnnualReports.Export.Html;
using Gongkai.Application.Demo;
using Gongkai.Application.Reading.Supervision;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
using Gongkai.IntegrationTests.AnnualReports;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Reading;

/// <summary>
/// The supervisor's dashboard (issue 10 §6): one row per agency and year of a batch or of the platform's own
/// agencies, on time per Art. 49, errors, warnings, C6/C11/C12; sortable; the XLSX read back holds the rows
/// in the order shown; the chart of error classes is an accessible SVG that fits a phone.
/// </summary>
public sealed partial class SupervisionTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "genhe-urban-management-2020-report.txt");
    private static readonly string[] Agencies = ["某市教育局", "某县人民政府", "某区卫生健康委员会", "某市自然资源局"];

    [Fact]
    public async Task ABatchsDashboardHasOneRowPerAgencyAndYearAndItsWorkbookHoldsThemInOrder()
    {
        using var factory = new GongkaiFactory(settings: new() { ["Gongkai:Reading:MaxMegabytes"] = "1" });
        var random = new Random(20);
        // The sample (2020, its C12), its next year with the same text (C11) and a carry-over of 0 (C6), random others, a repeat and a blank.
        var next = ReportFigures.Zero(2021, DemoSeeder.DemoDepartment);
        next.SetApplicationRow("carried_over", 1, 0, 0, 0, 0, 0, 1);
        next.SetApplicationRow("granted", 1, 0, 0, 0, 0, 0, 1);
        next.SetApplicationRow("total", 1, 0, 0, 0, 0, 0, 1);
        var files = new List<(string Name, byte[] Content)>
        {
            ("2020.txt", await File.ReadAllBytesAsync(Sample)),
            ("2021.html", Html(next)),
        };
        var expected = new HashSet<(string, int)> { (DemoSeeder.DemoDepartment, 2020), (DemoSeeder.DemoDepartment, 2021) };
        for (var i = 0; i < 6; i++)
        {
            var agency = Agencies[random.Next(Agencies.Length)];
            var year = random.Next(2019, 2026);
            files.Add(($"{i}.html", Html(RandomReports.Valid(random, year, agency))));
            expected.Add((agency, year));
        }

        files.Add(("again.txt", await File.ReadAllBytesAsync(Sample)));
        files.Add(("blank.txt", [0x20]));
        var client = new StaffClient(StaffClient.Anonymous(factory));
        var upload = await CheckupPageTests.UploadAsync(client, [.. files]);
        var dashboard = upload.Headers.Location + "/dashboard";

        var page = await client.Http.GetStringAsync(dashboard + "?sort=errors&desc=true");
        Assert.Contains($"（{expected.Count} 行）", page);
        Assert.Contains("另有 2 份文件", page);
        Assert.Contains("aria-sort=\"descending\"", page);

        var sheet = await WorkbookAsync(client, dashboard + "/xlsx?sort=errors&desc=true");
        Assert.Equal(SupervisionRow.Columns.Select(c => c.Header), sheet[0]);
        var rows = sheet.Skip(1).ToList();
        Assert.Equal(expected, rows.Select(r => (r[0], int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture))).ToHashSet());
        Assert.Equal(expected.Count, rows.Count);
        var errors = rows.Select(r => int.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(errors.OrderByDescending(e => e), errors);
        Assert.Equal(rows.Select(r => r[0]), RowAgencies(page));

        var sample = rows.Single(r => r[0] == DemoSeeder.DemoDepartment && r[1] == "2020");
        Assert.Equal(("0", "1", "不详（文件未载明发布日期）"), (sample[5], sample[9], sample[4]));
        var later = rows.Single(r => r[0] == DemoSeeder.DemoDepartment && r[1] == "2021");
        Assert.True(int.Parse(later[7], System.Globalization.CultureInfo.InvariantCulture) >= 1, "C6: the carry-over differs from 2020's carry-forward");
        Assert.True(int.Parse(later[8], System.Globalization.CultureInfo.InvariantCulture) > 50, "C11: the same text as the year before, above the warning threshold");
        // C11 only where the same agency's report of the year before was uploaded too.
        Assert.All(rows, r => Assert.Equal(expected.Contains((r[0], int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture) - 1)), r[8] != ""));

        // Sorted the other way, the workbook follows.
        var ascending = (await WorkbookAsync(client, dashboard + "/xlsx?sort=agency&desc=false")).Skip(1).Select(r => r[0]).ToList();
        Assert.Equal(ascending.Order(StringComparer.Ordinal), ascending);

        var chart = Regex.Match(page, "<svg[^>]*class=\"gk-chart\".*?</svg>", RegexOptions.Singleline).Value;
        Assert.Contains("role=\"img\"", chart);
        Assert.Matches("viewBox=\"0 0 (\\d+) ", chart);
        Assert.True(int.Parse(Regex.Match(chart, "viewBox=\"0 0 (\\d+) ").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) <= 375);
        // The chart's description states the same counts as the rows.
        static int Number(string cell) => cell == "" ? 0 : int.Parse(cell, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"C12：错误 0 处，警告 {rows.Sum(r => Number(r[9]))} 处", chart);
        Assert.Contains($"C11：错误 0 处，警告 {rows.Count(r => Number(r[8]) > 50)} 处", chart);
    }

    [Fact]
    public async Task ThePlatformsDashboardJudgesTimelinessByTheFirstPublicationAndListsMissingReports()
    {
        using var factory = new GongkaiFactory();
        var department = await Demo.DepartmentIdAsync(factory);
        var latest = await PublishAsync(factory, department, 2026, seed: 3);
        await PublishAsync(factory, department, 2025, seed: 4);
        var governmentUser = await CreateUserAsync(factory, "gov.supervisor", DemoSeeder.DemoGovernment);

        var before = Rows(await WorkbookAsync(governmentUser, "/supervision/xlsx"));
        Assert.Equal(9, before.Count);
        Assert.Equal("逾期发布", before[(DemoSeeder.DemoDepartment, 2020)][4]);
        Assert.Equal("逾期发布", before[(DemoSeeder.DemoDepartment, 2025)][4]);
        Assert.Equal("按时发布", before[(DemoSeeder.DemoDepartment, 2026)][4]);
        Assert.Equal("2027-01-31", before[(DemoSeeder.DemoDepartment, 2026)][2]);
        Assert.Equal("逾期未发布", before[(DemoSeeder.DemoGovernment, 2025)][4]);
        Assert.Equal("2026-03-31", before[(DemoSeeder.DemoGovernment, 2025)][2]);
        Assert.Equal("尚未到期", before[(DemoSeeder.DemoOffice, 2026)][4]);
        Assert.Equal("1", before[(DemoSeeder.DemoDepartment, 2020)][9]);
        Assert.Equal("", before[(DemoSeeder.DemoDepartment, 2020)][7]);
        Assert.NotEqual("", before[(DemoSeeder.DemoDepartment, 2026)][8]);

        // A correction after the date does not make the report late; the date passing makes a missing one late.
        factory.Clock.Advance(TimeSpan.FromDays(80));
        await Published.CorrectAsync(factory, latest);
        governmentUser = await StaffClient.SignInAsync(factory, "gov.supervisor", "password-2026");
        var after = Rows(await WorkbookAsync(governmentUser, "/supervision/xlsx"));
        Assert.Equal("按时发布", after[(DemoSeeder.DemoDepartment, 2026)][4]);
        Assert.Equal("逾期未发布", after[(DemoSeeder.DemoOffice, 2026)][4]);

        // The department's own staff see their agency only; the page sorts and draws the chart.
        var editor = await Demo.EditorAsync(factory);
        Assert.Equal(3, Rows(await WorkbookAsync(editor, "/supervision/xlsx")).Count);
        var page = await editor.Http.GetStringAsync("/supervision?sort=timeliness&desc=false");
        Assert.Contains("role=\"img\"", page);
        Assert.Contains("aria-sort=\"ascending\"", page);
        Assert.True(page.IndexOf("按时发布</td>", StringComparison.Ordinal) < page.IndexOf("逾期发布</td>", StringComparison.Ordinal));
    }

    [Fact]
    public void TimelinessIsTheFirstPublicationAgainstArticle49sDate()
    {
        var random = new Random(21);
        for (var i = 0; i < 2000; i++)
        {
            var kind = random.Next(2) == 0 ? AgencyKind.Government : AgencyKind.Department;
            var year = random.Next(2019, 2030);
            var deadline = new DateOnly(year + 1, kind == AgencyKind.Government ? 3 : 1, kind == AgencyKind.Government ? 31 : 31);
            var published = random.Next(3) == 0 ? (DateOnly?)null : deadline.AddDays(random.Next(-200, 200));
            var today = deadline.AddDays(random.Next(-300, 300));
            var expected = published is { } p ? (p <= deadline ? Timeliness.OnTime : Timeliness.Late) : today > deadline ? Timeliness.Missing : Timeliness.Pending;
            Assert.Equal(expected, SupervisionRow.TimelinessOf(kind, year, published, today));
        }
    }

    private static byte[] Html(ReportFigures figures) =>
        System.Text.Encoding.UTF8.GetBytes(HtmlReportRenderer.RenderDocument(new ReportDocument(figures, DemoSeeder.SampleNarrative())));

    private static IEnumerable<string> RowAgencies(string page) =>
        RowHeader().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim());

    private static Dictionary<(string, int), List<string>> Rows(List<List<string>> sheet) =>
        sheet.Skip(1).ToDictionary(r => (r[0], int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The workbook's one sheet from its header row, every cell as text ("" where empty).</summary>
    private static async Task<List<List<string>>> WorkbookAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var excel = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var workbook = excel.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single();
        Assert.Equal(SupervisionWorkbook.SheetName, sheet.Name!.Value);
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        var data = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!;
        return data.Elements<Row>().Where(r => r.RowIndex! >= XlsxHeaderRow)
            .Select(r => r.Elements<Cell>().Select(c => c.CellValue is null ? "" : c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue.Text, System.Globalization.CultureInfo.InvariantCulture)] : c.CellValue.Text).ToList())
            .ToList();
    }

    private static Task<List<List<string>>> WorkbookAsync(StaffClient client, string path) => WorkbookAsync(client.Http, path);

    private const int XlsxHeaderRow = Application.Documents.Xlsx.XlsxList.HeaderRow;

    private static async Task<int> PublishAsync(GongkaiFactory factory, int agency, int year, int seed)
    {
        var editor = await Demo.EditorAsync(factory);
        var created = await editor.JsonAsync(HttpMethod.Post, "/api/reports", new { agencyId = agency, year });
        var id = created.GetProperty("id").GetInt32();
        var saved = await editor.JsonAsync(HttpMethod.Put, $"/api/reports/{id}",
            ReportFiguresJson.Update(ReportFiguresJson.Valid(year, DemoSeeder.DemoDepartment, seed), DemoSeeder.SampleNarrative()), created.GetProperty("revision").GetInt32());
        var submitted = await editor.JsonAsync(HttpMethod.Post, $"/api/reports/{id}/submit", revision: saved.GetProperty("revision").GetInt32());
        await Published.PublishAsync(await Demo.ReviewerAsync(factory), submitted);
        return id;
    }

    private static async Task<StaffClient> CreateUserAsync(GongkaiFactory factory, string user, string agency)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StaffAdministration>().CreateUserAsync(
                StaffContext.System(), user, user, "password-2026", await Demo.AgencyIdAsync(factory, agency), StaffRoles.Editor);
        }

        return await StaffClient.SignInAsync(factory, user, "password-2026");
    }

    [GeneratedRegex("<th scope=\"row\">\\s*(?:<a href=\"[^\"]*\">)?\\s*([^<\\s][^<]*)")]
    private static partial Regex RowHeader();
}
