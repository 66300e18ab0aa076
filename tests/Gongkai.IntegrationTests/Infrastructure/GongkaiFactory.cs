using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.IntegrationTests.Infrastructure;

/// <summary>The real web host on its own database (seeded with the demo), with a clock the test controls.</summary>
public sealed class GongkaiFactory : WebApplicationFactory<Program>
{
    /// <summary>2026-11-25 10:00 in Shanghai: reports for 2019–2026 may be created.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings;

    public GongkaiFactory(bool forceSqlite = false, Dictionary<string, string?>? settings = null)
    {
        Database = TestDatabase.Create(forceSqlite);
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.Provider,
            ["ConnectionStrings:Default"] = Database.ConnectionString,
            ["Gongkai:RateLimit:PublicPermitsPerMinute"] = "100000",
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    public TestDatabase Database { get; }
    public FakeTimeProvider Clock { get; } = new(Now);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
        }
    }
}
