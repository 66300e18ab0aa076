using Gongkai.Application.AnnualReports.FromRecords;
using Gongkai.Application.Catalog.Enforcement;
using Gongkai.Application.Demo;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Catalog.Enforcement;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>The demo department's enforcement register: its 2024 report's table 二 fills from it, and 双公示 has late decisions to show.</summary>
public sealed class DemoEnforcementTests : IDisposable
{
    private readonly GongkaiFactory _factory = new(settings: new() { ["Gongkai:Demo:Catalog"] = "true" });

    public void Dispose() => _factory.Dispose();

    private static readonly Dictionary<EnforcementKind, string> Names = new()
    {
        [EnforcementKind.Licensing] = "行政许可", [EnforcementKind.OtherService] = "其他对外管理服务事项", [EnforcementKind.Penalty] = "行政处罚",
        [EnforcementKind.Coercion] = "行政强制", [EnforcementKind.Fee] = "行政事业性收费", [EnforcementKind.Procurement] = "政府集中采购",
    };

    [Fact]
    public async Task TheDemoReportsOf2024And2020FillTableTwoFromTheRegister()
    {
        var agency = await Demo.DepartmentIdAsync(_factory);
        var lines = DemoEnforcement.Register(agency).Select(r => new RegisterLine((r.IsMatter ? RegisterLine.MatterPrefix : "") + Names[r.Kind], r.Number, r.Name, r.Date, r.PublishedOn, r.AmountFen, r.EndsOn, "")).ToList();
        Assert.Equal(lines.Count, lines.Select(l => (l.Category, l.Number)).Distinct().Count());
        foreach (var year in new[] { 2024, 2020 })
        {
            await using var scope = _factory.Services.CreateAsyncScope();
            var recorded = (await scope.ServiceProvider.GetRequiredService<ReportFromRecords>().CompareAsync(agency, ReportFigures.Blank(year))).Recorded;
            var expected = EnforcementCorpus.Expected(lines, year);
            Assert.All(expected, e => Assert.Equal(e.Value, recorded[e.Key]));
        }

        var figures = EnforcementCorpus.Expected(lines, 2024);
        Assert.True(figures["proactive.licensing.decisions"] > 100 && figures["proactive.penalty.decisions"] > 200 && figures["proactive.fees.amount_wan"] > 10);

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var (late, _) = await scope.ServiceProvider.GetRequiredService<DualPublicity>().ListAsync(agency);
            Assert.Contains(late, l => l.PublishedOn is null);
            Assert.Contains(late, l => l.PublishedOn is not null && l.WorkingDaysLate >= 2);
            Assert.All(late, l => Assert.Equal(EnforcementKind.Penalty, l.Kind));
        }

        // The same on every machine.
        Assert.Equal(lines, DemoEnforcement.Register(agency).Select(r => new RegisterLine((r.IsMatter ? RegisterLine.MatterPrefix : "") + Names[r.Kind], r.Number, r.Name, r.Date, r.PublishedOn, r.AmountFen, r.EndsOn, "")).ToList());
    }
}
