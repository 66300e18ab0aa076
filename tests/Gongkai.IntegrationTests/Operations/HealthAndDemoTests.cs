using System.Net;
using System.Text.Json;
using Gongkai.Application.Data;
using Gongkai.Application.Demo;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Operations;

public sealed class HealthAndDemoTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task HealthzChecksTheDatabase()
    {
        var response = await StaffClient.Anonymous(_factory).GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(("ok", _factory.Database.Provider, 3), (body.GetProperty("status").GetString(), body.GetProperty("database").GetString(), body.GetProperty("agencies").GetInt32()));
    }

    [Fact]
    public async Task TheDemoReportsJsonIsExactlyTheSamplesFigures()
    {
        var department = await Demo.DepartmentIdAsync(_factory);
        var json = await StaffClient.Anonymous(_factory).GetStringAsync($"/reports/{department}/2020/download/json");
        Assert.Equal(DemoSeeder.Resource("genhe-2020.json"), json);
        Assert.Contains("\"penalty\": { \"prev_items\": 472, \"change\": 0, \"decisions\": 5 }", json);
        Assert.Contains("\"procurement\": { \"items\": 2, \"amount_text\": \"343.98万元\", \"amount_wan\": 343.98 }", json);
    }

    [Fact]
    public async Task TheHomePageShowsTheDemoAgencysPublishedReportAndItsText()
    {
        var anonymous = StaffClient.Anonymous(_factory);
        Assert.Contains("根河市人民政府 / 根河市城市管理综合执法局", await anonymous.GetStringAsync("/"));
        var page = await anonymous.GetStringAsync($"/reports/{await Demo.DepartmentIdAsync(_factory)}/2020");
        Assert.Contains("根河市城市管理综合执法局2020年政府信息公开工作年度报告", page);
        Assert.Contains("年内,我局发文137份", page);
        Assert.Contains("<svg", page);
        Assert.Contains("历年申请与办理情况", page);
    }

    [Fact]
    public async Task TheDatabaseIsMigratedAndTheModelHasNoPendingChanges()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
    }
}
