using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Application.AnnualReports.Export.Artefacts;
using Gongkai.Application.Data;
using Gongkai.Application.Demo;
using Gongkai.Domain.AnnualReports;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.AnnualReports;

/// <summary>Published versions for the artefact tests: generated, published through the API, and their stored artefacts.</summary>
internal static class Published
{
    /// <summary>A generated report for a year other than the demo's, created, filled, submitted and published: its id and year.</summary>
    public static async Task<(int Id, int Year)> GeneratedAsync(GongkaiFactory factory, int seed)
    {
        var editor = await Demo.EditorAsync(factory);
        var reviewer = await Demo.ReviewerAsync(factory);
        var year = new Random(seed).Next(2021, 2027);
        var created = await editor.JsonAsync(HttpMethod.Post, "/api/reports", new { agencyId = await Demo.DepartmentIdAsync(factory), year });
        var id = created.GetProperty("id").GetInt32();
        var narrative = new ReportNarrative { Problems = $"一是第{seed}号样本的问题。" };
        var saved = await editor.JsonAsync(HttpMethod.Put, $"/api/reports/{id}",
            ReportFiguresJson.Update(ReportFiguresJson.Valid(year, DemoSeeder.DemoDepartment, seed), narrative), created.GetProperty("revision").GetInt32());
        var submitted = await editor.JsonAsync(HttpMethod.Post, $"/api/reports/{id}/submit", revision: saved.GetProperty("revision").GetInt32());
        await PublishAsync(reviewer, submitted);
        return (id, year);
    }

    /// <summary>Publishes a submitted report (with a reason, in case the checks across years find an error).</summary>
    public static Task<JsonElement> PublishAsync(StaffClient reviewer, JsonElement submitted) =>
        reviewer.JsonAsync(HttpMethod.Post, $"/api/reports/{submitted.GetProperty("id").GetInt32()}/publish",
            new { reason = "测试样本，予以发布" }, submitted.GetProperty("revision").GetInt32());

    /// <summary>A correction of a published report, submitted and published: the first version becomes superseded.</summary>
    public static async Task CorrectAsync(GongkaiFactory factory, int id)
    {
        var editor = await Demo.EditorAsync(factory);
        var correction = await editor.JsonAsync(HttpMethod.Post, $"/api/reports/{id}/correct");
        var submitted = await editor.JsonAsync(HttpMethod.Post, $"/api/reports/{correction.GetProperty("id").GetInt32()}/submit", revision: correction.GetProperty("revision").GetInt32());
        await PublishAsync(await Demo.ReviewerAsync(factory), submitted);
    }

    public static async Task<int> DemoReportIdAsync(GongkaiFactory factory)
    {
        var department = await Demo.DepartmentIdAsync(factory);
        return await QueryAsync(factory, db => db.AnnualReports
            .Where(r => r.AgencyId == department && r.Year == 2020 && r.Status == ReportStatus.Published).Select(r => r.Id).SingleAsync());
    }

    public static Task<AnnualReport> QueryReportAsync(GongkaiFactory factory, int id) =>
        QueryAsync(factory, db => db.AnnualReports.AsNoTracking().SingleAsync(r => r.Id == id));

    public static Task<List<ReportArtefact>> ArtefactsAsync(GongkaiFactory factory, int reportId) =>
        QueryAsync(factory, db => db.Set<ReportArtefact>().AsNoTracking().Where(a => a.ReportId == reportId).ToListAsync());

    public static Task<ReportArtefact?> ArtefactAsync(GongkaiFactory factory, int reportId, ExportFormat format) =>
        QueryAsync(factory, db => db.Set<ReportArtefact>().AsNoTracking().SingleOrDefaultAsync(a => a.ReportId == reportId && a.Format == format));

    /// <summary>Waits until the condition holds (the background renderer runs LibreOffice on a busy machine): true if it did.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, int seconds = 180)
    {
        var deadline = TimeSpan.FromSeconds(seconds);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return await condition();
    }

    public static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;

    private static async Task<T> QueryAsync<T>(GongkaiFactory factory, Func<GongkaiDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>());
    }
}
