using Microsoft.AspNetCore.Builder;
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

    /// <summary>The address every request seems to come from: a reverse proxy in front of the server (see <see cref="Proxied"/>).</summary>
    public const string ProxyAddress = "10.0.0.1";

    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsDatabase;
    private readonly string _environment;
    private readonly Action<IServiceCollection>? _services;

    public GongkaiFactory(bool forceSqlite = false, Dictionary<string, string?>? settings = null, string environment = "Development", Action<IServiceCollection>? services = null)
        : this(TestDatabase.Create(forceSqlite), settings, ownsDatabase: true, environment, services)
    {
    }

    /// <summary>Another host on a database that outlives it (a restart, a second server): the caller disposes the database.</summary>
    public GongkaiFactory(TestDatabase database, Dictionary<string, string?>? settings = null)
        : this(database, settings, ownsDatabase: false, "Development", null)
    {
    }

    private GongkaiFactory(TestDatabase database, Dictionary<string, string?>? settings, bool ownsDatabase, string environment, Action<IServiceCollection>? services)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
        _environment = environment;
        _services = services;
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.Provider,
            ["ConnectionStrings:Default"] = Database.ConnectionString,
            ["Gongkai:RateLimit:PublicPermitsPerMinute"] = "100000",
            // Otherwise every test host would start LibreOffice for the demo's PDF; the artefact tests turn it on.
            ["Gongkai:Artefacts:RenderInBackground"] = "false",
            // Tests start from an empty catalog (they count what they publish); DemoCatalogTests turns it on.
            ["Gongkai:Demo:Catalog"] = "false",
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
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            // The test server has no client address of its own; requests arrive as from a proxy, which the
            // settings may trust (Gongkai:Proxy:Trusted) so that X-Forwarded-For names the client.
            services.AddSingleton<IStartupFilter>(new ProxyAddressFilter());
            _services?.Invoke(services);
        });
    }

    /// <summary>Settings that trust <see cref="ProxyAddress"/> as a reverse proxy.</summary>
    public static Dictionary<string, string?> Proxied(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?> { ["Gongkai:Proxy:Trusted:0"] = ProxyAddress };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return settings;
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

internal sealed class ProxyAddressFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, nextMiddleware) =>
        {
            http.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(GongkaiFactory.ProxyAddress);
            return nextMiddleware(http);
        });
        next(app);
    };
}
