using Gongkai.Application.Data;
using Gongkai.Application.DisclosureApplications.Intake;
using Gongkai.Domain.DisclosureApplications;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.DisclosureApplications;

/// <summary>
/// Load with a fault: clients submit applications at a steady rate to the real server process (the built
/// Gongkai.Web on Kestrel, not an in-process host) while it is killed without warning and started again; they
/// retry with their idempotency keys. Afterwards every acknowledged application exists exactly once: 0 lost,
/// 0 duplicated. Bounded: 240 submissions at 30 per second. On SQLite, and on PostgreSQL in that lane.
/// </summary>
public sealed class KillAndRestartTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"gongkai-kill-{Guid.NewGuid():N}");

    public void Dispose()
    {
        _database.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Fact]
    public async Task EveryAcknowledgedApplicationExistsOnceAfterTheServerIsKilledMidRun()
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database__Provider"] = _database.Provider,
            ["ConnectionStrings__Default"] = _database.ConnectionString,
            ["Gongkai__DataDirectory"] = _data,
            ["Gongkai__RateLimit__PublicPermitsPerMinute"] = "1000000",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        using var server = new WebServerProcess(WebServerProcess.BesideCaller(), environment);
        await server.StartAsync(TimeSpan.FromSeconds(90));
        var agency = await DepartmentAsync();

        var load = new IntakeLoad(server.BaseAddress, agency, connections: 8).RunAsync(240, perSecond: 30, deadline: TimeSpan.FromSeconds(150));
        await Task.Delay(TimeSpan.FromSeconds(3));
        server.Kill();
        var killedAt = await CountAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await server.StartAsync(TimeSpan.FromSeconds(90));
        var result = await load;

        Assert.True(result.Acknowledged.Count == result.Planned, $"{result.Acknowledged.Count} of {result.Planned} acknowledged before the deadline; server log:\n{server.Log}");
        Assert.True(result.Failures > 0, "the kill cut no request off: the test would prove nothing");
        Assert.InRange(killedAt, 1, result.Planned - 1);
        await using var db = Context();
        var stored = await db.Set<DisclosureApplication>().AsNoTracking().Where(a => a.TrackingNumber.StartsWith("GK2"))
            .Select(a => new { a.IdempotencyKeyHash, a.TrackingNumber }).ToListAsync();
        var byKey = stored.GroupBy(a => a.IdempotencyKeyHash).ToDictionary(g => g.Key, g => g.Select(a => a.TrackingNumber).ToList());
        var lost = result.Acknowledged.Where(a => !byKey.TryGetValue(QueryCodes.Hash(a.Key), out var numbers) || !numbers.Contains(a.Value)).ToList();
        var duplicated = byKey.Where(k => k.Value.Count > 1).ToList();
        Assert.Equal((0, 0, result.Planned), (lost.Count, duplicated.Count, stored.Count));
    }

    private GongkaiDbContext Context()
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        new DatabaseSettings(Enum.Parse<DatabaseProvider>(_database.Provider), _database.ConnectionString).Apply(options);
        return new GongkaiDbContext(options.Options);
    }

    private async Task<int> DepartmentAsync()
    {
        await using var db = Context();
        return await db.Agencies.Where(a => a.Name == Application.Demo.DemoSeeder.DemoDepartment).Select(a => a.Id).SingleAsync();
    }

    private async Task<int> CountAsync()
    {
        await using var db = Context();
        return await db.Set<DisclosureApplication>().CountAsync(a => a.TrackingNumber.StartsWith("GK2"));
    }
}
