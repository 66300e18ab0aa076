using System.Text.Json;
using System.Net.Http.Json;
using Gongkai.Application.AnnualReports.FromRecords;
using Gongkai.Application.Data;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.DisclosureApplications;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.DisclosureApplications;

/// <summary>The demo department's year of applications: deterministic, consistent, and enough for its 2024 table 三.</summary>
public sealed class DemoApplicationsTests
{
    [Fact]
    public async Task TheDemoYearFillsThe2024TableFromRecordsTheSameWayEveryTime()
    {
        var (first, figures) = await SeedAsync();
        var (second, _) = await SeedAsync();

        Assert.Equal(first, second);
        var received2024 = first.Count(a => a.ReceivedOn.Year == 2024);
        Assert.Equal(46, received2024);
        Assert.Equal(received2024, (int)figures.Application("new_received", 6)!.Value);
        Assert.InRange((int)figures.Application("carried_over", 6)!.Value, 1, 4);
        Assert.InRange((int)figures.Application("carried_forward", 6)!.Value, 0, 6);
        Assert.True((int)figures.Application("granted", 6)!.Value >= 10);
        var errors = ReportChecker.Check(figures, new CheckOptions(FlagBlanks: false))
            .Where(f => f.Severity == FindingSeverity.Error && f.Where?.StartsWith("proactive", StringComparison.Ordinal) != true).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Message)));
        Assert.Contains(first, a => a.State is ApplicationState.Consulting);
        Assert.Contains(first, a => a.Outcome == DisclosureOutcome.OtherNoCorrection || a.CorrectedOn is not null);
    }

    [Fact]
    public async Task TheDemoWorkListShowsDeadlinesNearAndPast()
    {
        using var factory = new GongkaiFactory(forceSqlite: true);
        var editor = await Demo.EditorAsync(factory);
        var list = (await editor.Http.GetFromJsonAsync<JsonElement>("/api/disclosure-applications")).EnumerateArray().ToList();

        Assert.Equal(6, list.Count);
        Assert.Contains(list, i => i.GetProperty("due").GetString() == "Overdue");
        Assert.Contains(list, i => i.GetProperty("due").GetString() == "DueSoon");
        Assert.All(list, i => Assert.StartsWith("GKDEMO-2026-", i.GetProperty("trackingNumber").GetString(), StringComparison.Ordinal));
    }

    private sealed record Seeded(string TrackingNumber, ApplicationState State, DisclosureOutcome? Outcome, DateOnly ReceivedOn, DateOnly? DecidedOn,
        DateOnly? CorrectedOn, DateOnly? DueOn, string Applicant);

    private static async Task<(List<Seeded>, ReportFigures)> SeedAsync()
    {
        using var factory = new GongkaiFactory();
        var department = await Demo.DepartmentIdAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var applications = (await db.Set<DisclosureApplication>().AsNoTracking().Where(a => a.AgencyId == department).OrderBy(a => a.TrackingNumber).ToListAsync())
            .Select(a => new Seeded(a.TrackingNumber, a.State, a.Outcome, a.ReceivedOn, a.DecidedOn, a.CorrectedOn, a.DueOn, a.Applicant.Name)).ToList();
        var figures = (await scope.ServiceProvider.GetRequiredService<ReportFromRecords>().CompareAsync(department, ReportFigures.Blank(2024))).Recorded;
        return (applications, figures);
    }
}
