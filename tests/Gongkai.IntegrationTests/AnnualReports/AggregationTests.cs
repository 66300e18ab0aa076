using Gongkai.Application.Accounts;
using Gongkai.Application.AnnualReports;
using Gongkai.Application.Demo;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.AnnualReports;

/// <summary>A government's report as the sum of its departments', and who has not yet submitted.</summary>
public sealed class AggregationTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheGovernmentsFiguresAreTheSumOfSubmittedReportsAndLateOnesAreNamed()
    {
        var government = await Demo.AgencyIdAsync(_factory, DemoSeeder.DemoGovernment);
        var random = new Random(11);
        var submitted = new List<ReportFigures>();
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var administration = scope.ServiceProvider.GetRequiredService<StaffAdministration>();
            var commands = scope.ServiceProvider.GetRequiredService<ReportCommands>();
            for (var i = 0; i < 3; i++)
            {
                var agency = await administration.CreateAgencyAsync(StaffContext.System(), $"根河市第{i + 1}局", AgencyKind.Department, government);
                var editor = new StaffContext($"editor{i}", agency.Id, new HashSet<string> { StaffRoles.Editor });
                var figures = RandomReports.Valid(random, 2026, agency.Name);
                var report = await commands.ImportAsync(editor, agency.Id, ReportJsonWriter.Write(figures));
                if (i < 2)
                {
                    await commands.SubmitAsync(editor, report.Id, report.Revision);
                    submitted.Add(figures);
                }
            }
        }

        await using var check = _factory.Services.CreateAsyncScope();
        var aggregation = check.ServiceProvider.GetRequiredService<ReportAggregation>();
        var govEditor = new StaffContext("gov", government, new HashSet<string> { StaffRoles.Editor });
        Assert.DoesNotContain((await aggregation.ComputeAsync(govEditor, government, 2026)).Parts, p => p.Overdue);

        // 3 February 2027: the departments' date of 31 January (条例 Art. 49) has passed.
        _factory.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 3, 2, 0, 0, TimeSpan.Zero));
        var result = await aggregation.ComputeAsync(govEditor, government, 2026);

        var expected = ReportAggregator.Sum(2026, DemoSeeder.DemoGovernment, submitted);
        Assert.True(expected.SameAs(result.Sum));
        Assert.Equal(5, result.Parts.Count);
        Assert.Equal(2, result.Parts.Count(p => p.Included));
        var draft = result.Parts.Single(p => p.Agency.Name == "根河市第3局");
        Assert.Equal(("草稿", true, new DateOnly(2027, 1, 31)), (draft.StatusName, draft.Overdue, draft.Deadline));
        Assert.Equal("未编制", result.Parts.Single(p => p.Agency.Name == DemoSeeder.DemoOffice).StatusName);

        var saved = await aggregation.ApplyAsync(govEditor, government, 2026);
        Assert.True(expected.SameAs(saved.Figures));
    }

    [Fact]
    public async Task TheAggregationPageListsDepartmentsAndTheirStatus()
    {
        var admin = await Demo.AdminAsync(_factory);
        var html = await admin.Http.GetStringAsync("/workbench/aggregate?year=2020");
        Assert.Contains("根河市人民政府 2020 年度报告汇总", html);
        Assert.Contains("根河市城市管理综合执法局</td>", html);
        Assert.Contains("已发布", html);
        Assert.Contains(">472<", html);
    }
}
