using System.Net;
using System.Text.Json;
using Gongkai.Application.Demo;
using Gongkai.Domain.AnnualReports;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.AnnualReports;

/// <summary>
/// One validation for every way a report comes in (create, import, PUT, the workbench form, /api/check):
/// impossible years, endless texts, numbers past any report's range, keys given twice and null text are
/// refused with a short, clear 422 and nothing is saved.
/// </summary>
public sealed class IntakeValidationTests : IDisposable
{
    /// <summary>A refusal quotes an excerpt; it never echoes megabytes back.</summary>
    private const int MaxRefusalBytes = 16 * 1024;

    private static readonly string Huge = new('局', 5_000_000);

    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    /// <summary>Each bad document, made from a valid one: (name, rewrite of the canonical JSON, what the refusal says).</summary>
    public static TheoryData<string> BadDocuments() => new(Mutations.Keys);

    private static readonly Dictionary<string, (Func<string, string> Rewrite, string Says)> Mutations = new()
    {
        ["year 9999"] = (json => json.Replace("\"year\": 2024", "\"year\": 9999", StringComparison.Ordinal), "尚未开始"),
        ["year 2018"] = (json => json.Replace("\"year\": 2024", "\"year\": 2018", StringComparison.Ordinal), "2019"),
        ["agency of 5,000,000 characters"] = (json => json.Replace($"\"agency\": \"{DemoSeeder.DemoDepartment}\"", $"\"agency\": \"{Huge}\"", StringComparison.Ordinal), "不超过 100 字"),
        ["amount past decimal range"] = (json => ReplaceFirstCount(json, "79228162514264337593543950335"), "超出范围"),
        ["amount past any report's range"] = (json => ReplaceFirstCount(json, "100000000000000000"), "超出范围"),
        ["number far past decimal range"] = (json => ReplaceFirstCount(json, "1e300"), "超出范围"),
        ["a key given twice"] = (json => json.Replace("\"year\": 2024,", "\"year\": 2024,\n  \"year\": 2023,", StringComparison.Ordinal), "不止一次"),
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task TheImportApiRefusesItShortlyAndImportsNothing(string bad)
    {
        var editor = await Demo.EditorAsync(_factory);
        var before = await ReportCountAsync(editor);

        var response = await editor.SendAsync(HttpMethod.Post, $"/api/agencies/{await Demo.DepartmentIdAsync(_factory)}/import", rawJson: Bad(bad));

        await AssertRefusedAsync(response, Mutations[bad].Says);
        Assert.Equal(before, await ReportCountAsync(editor));
    }

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task ThePutApiRefusesItShortlyAndSavesNothing(string bad)
    {
        var (editor, id, revision) = await NewDraftAsync(2024);

        var response = await editor.SendAsync(HttpMethod.Put, $"/api/reports/{id}", rawJson: $"{{\"figures\": {Bad(bad)}}}", revision: revision);

        await AssertRefusedAsync(response, Mutations[bad].Says);
        Assert.Equal(revision, (await editor.JsonAsync(HttpMethod.Get, $"/api/reports/{id}")).GetProperty("revision").GetInt32());
    }

    /// <summary>Checking a future year's figures is harmless (only saving one is refused), so /api/check takes every other.</summary>
    public static TheoryData<string> BadDocumentsToCheck() => new(Mutations.Keys.Where(k => k != "year 9999"));

    [Theory]
    [MemberData(nameof(BadDocumentsToCheck))]
    public async Task TheCheckApiRefusesItShortlyWithoutAServerError(string bad)
    {
        var response = await StaffClient.Anonymous(_factory).PostAsync("/api/check", new StringContent(Bad(bad), System.Text.Encoding.UTF8, "application/json"));

        await AssertRefusedAsync(response, Mutations[bad].Says);
    }

    [Fact]
    public async Task SumsOfTheLargestAllowedNumbersNeverOverflow()
    {
        var figures = ReportFigures.Zero(2024, DemoSeeder.DemoDepartment);
        foreach (var cell in figures.Template.Cells.Where(c => c.Kind == CellKind.Count))
        {
            figures[cell] = ReportIntake.MaxMagnitude;
        }

        var response = await StaffClient.Anonymous(_factory).PostAsync("/api/check", new StringContent(ReportJsonWriter.Write(figures), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"C2\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(9999, "尚未开始")]
    [InlineData(2027, "尚未开始")]
    [InlineData(2018, "2019")]
    [InlineData(0, "2019")]
    public async Task CreatingAReportOfAnImpossibleYearIsRefused(int year, string says)
    {
        var editor = await Demo.EditorAsync(_factory);

        var response = await editor.SendAsync(HttpMethod.Post, "/api/reports", new { agencyId = await Demo.DepartmentIdAsync(_factory), year });

        await AssertRefusedAsync(response, says);
    }

    [Fact]
    public async Task ANullOrEndlessTextSectionIsRefusedAtItsPath()
    {
        var (editor, id, revision) = await NewDraftAsync(2024);
        var figures = JsonDocument.Parse(ReportJsonWriter.Write(ReportFigures.Zero(2024, DemoSeeder.DemoDepartment))).RootElement;

        var nulled = await editor.SendAsync(HttpMethod.Put, $"/api/reports/{id}", new { figures, narrative = new { problems = (string?)null } }, revision);
        var endless = await editor.SendAsync(HttpMethod.Put, $"/api/reports/{id}", new { figures, narrative = new { problems = Huge } }, revision);

        await AssertRefusedAsync(nulled, "不能为 null");
        await AssertRefusedAsync(endless, "不超过 20000 字");
        Assert.Equal(revision, (await editor.JsonAsync(HttpMethod.Get, $"/api/reports/{id}")).GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task TheWorkbenchFormRefusesANumberPastAnyReportsRangeAtItsCell()
    {
        var (editor, id, revision) = await NewDraftAsync(2024);

        var response = await editor.PostFormAsync($"/workbench/reports/{id}?handler=Save", new()
        {
            ["revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["cell:applications.granted[0]"] = "99999999999999999999999999",
        }, $"/workbench/reports/{id}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("超出范围", await response.Content.ReadAsStringAsync());
        Assert.Equal(revision, (await editor.JsonAsync(HttpMethod.Get, $"/api/reports/{id}")).GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task TheAggregateOfAnImpossibleYearIsAClearRefusalNotAServerError()
    {
        var admin = await Demo.AdminAsync(_factory);

        var response = await admin.Http.GetAsync("/workbench/aggregate?year=0");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("2019", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheWorkbenchImportPageRefusesAFutureYearAndImportsNothing()
    {
        var editor = await Demo.EditorAsync(_factory);
        var before = await ReportCountAsync(editor);
        var page = await editor.Http.GetStringAsync("/workbench/import");
        using var form = new MultipartFormDataContent { { new StringContent(StaffClient.FormToken(page)), "__RequestVerificationToken" } };
        form.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Bad("year 9999"))), "file", "report.json");

        var response = await editor.Http.PostAsync("/workbench/import", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("尚未开始", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await ReportCountAsync(editor));
    }

    [Fact]
    public async Task SavingAReadReportOfAFutureYearAsADraftIsRefused()
    {
        var editor = await Demo.EditorAsync(_factory);
        var before = await ReportCountAsync(editor);
        var sample = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", "genhe-urban-management-2020-report.txt"));
        var uploaded = await Reading.CheckupPageTests.UploadAsync(editor, ("future.txt", System.Text.Encoding.UTF8.GetBytes(sample.Replace("2020", "2030", StringComparison.Ordinal))));
        var report = uploaded.Headers.Location!.OriginalString;
        Assert.Contains("2030", await editor.Http.GetStringAsync(report));

        var save = await editor.PostFormAsync($"{report}/Save", [], report);

        Assert.Contains("尚未开始", await save.Content.ReadAsStringAsync());
        Assert.Equal(before, await ReportCountAsync(editor));
    }

    private static string Bad(string name) =>
        Mutations[name].Rewrite(ReportJsonWriter.Write(ReportFiguresJson.Valid(2024, DemoSeeder.DemoDepartment)));

    /// <summary>The first count of table 三 (自然人 of 一、本年新收) replaced by <paramref name="number"/>.</summary>
    private static string ReplaceFirstCount(string json, string number) =>
        System.Text.RegularExpressions.Regex.Replace(json, @"(""new_received"": \[)\d+", m => m.Groups[1].Value + number);

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string says)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode}: {body[..Math.Min(500, body.Length)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(body.Length < MaxRefusalBytes, $"the refusal is {body.Length} bytes long");
        Assert.Contains(says, body);
    }

    private static async Task<int> ReportCountAsync(StaffClient editor) => (await editor.JsonAsync(HttpMethod.Get, "/api/reports")).GetArrayLength();

    private async Task<(StaffClient Editor, int Id, int Revision)> NewDraftAsync(int year)
    {
        var editor = await Demo.EditorAsync(_factory);
        var created = await editor.JsonAsync(HttpMethod.Post, "/api/reports", new { agencyId = await Demo.DepartmentIdAsync(_factory), year });
        return (editor, created.GetProperty("id").GetInt32(), created.GetProperty("revision").GetInt32());
    }
}
