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
    private readonly bool _ownsDatabase;

    public GongkaiFactory(bool forceSqlite = false, Dictionary<string, string?>? settings = null)
        : this(TestDatabase.Create(forceSqlite), settings, ownsDatabase: true)
    {
    }

    /// <summary>Another host on a database that outlives it (a restart, a second server): the caller disposes the database.</summary>
    public GongkaiFactory(TestDatabase database, Dictionary<string, string?>? settings = null)
        : this(database, settings, ownsDatabase: false)
    {
    }

    private GongkaiFactory(TestDatabase database, Dictionary<string, string?>? settings, bool ownsDatabase)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.Provider,
            ["ConnectionStrings:Default"] = Database.ConnectionString,
            ["Gongkai:RateLimit:PublicPermitsPerMinute"] = "100000",
            // Otherwise every test host would start LibreOffice for the demo's PDF; the artefact tests turn it on.
            ["Gongkai:Artefacts:RenderInBackground"] = "false",
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
        if (disposing && _ownsDatabase)
        {
            Database.Dispose();
        }
    }
}
