using System.Net;
using Gongkai.Application.Agencies;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gongkai.IntegrationTests.Hosting;

/// <summary>Rate limits after sign-in, trusted proxies only, HSTS and secure cookies in production, no caching of staff pages, logs that cannot be flooded.</summary>
public sealed class TrafficTests
{
    [Fact]
    public async Task StaffAreNotThrottledByAnAnonymousFloodFromTheirOwnAddress()
    {
        using var factory = new GongkaiFactory(settings: GongkaiFactory.Proxied(new() { ["Gongkai:RateLimit:PublicPermitsPerMinute"] = "30" }));
        const string office = "203.0.113.50";
        var editor = await StaffClient.SignInAsync(factory, Demo.Editor.User, Demo.Editor.Password, forwardedFor: office);
        var visitor = StaffClient.Anonymous(factory, office);

        var flood = new List<HttpResponseMessage>();
        for (var i = 0; i < 40; i++)
        {
            flood.Add(await visitor.GetAsync("/"));
        }

        var throttled = flood.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(throttled);
        Assert.All(throttled, r => Assert.True(int.Parse(r.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60));
        Assert.Equal(HttpStatusCode.OK, (await editor.Http.GetAsync("/api/reports")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.Http.GetAsync("/workbench")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StaffClient.Anonymous(factory, "198.51.100.1").GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task AForwardedAddressFromAnUntrustedPeerIsIgnored()
    {
        // No trusted proxy configured: every request counts against the peer's own address, whatever it claims.
        using var factory = new GongkaiFactory(settings: new() { ["Gongkai:RateLimit:PublicPermitsPerMinute"] = "10" });
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 15; i++)
        {
            answers.Add((await StaffClient.Anonymous(factory, $"198.51.100.{i + 1}").GetAsync("/")).StatusCode);
        }

        Assert.Equal(5, answers.Count(a => a == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task StaffPagesAndTheApiAreNeverCachedPublicPagesMayBe()
    {
        using var factory = new GongkaiFactory();
        var editor = await Demo.EditorAsync(factory);

        Assert.Equal("no-store", (await editor.Http.GetAsync("/workbench")).Headers.CacheControl?.ToString());
        Assert.Equal("no-store", (await editor.Http.GetAsync("/api/reports")).Headers.CacheControl?.ToString());
        Assert.NotEqual("no-store", (await StaffClient.Anonymous(factory).GetAsync("/")).Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task InProductionCookiesAreSecureAndHttpsAnswersCarryHsts()
    {
        using var factory = new GongkaiFactory(environment: "Production", settings: new()
        {
            ["Gongkai:Bootstrap:AdminUser"] = "root",
            ["Gongkai:Bootstrap:AdminPassword"] = "production-admin-2026",
        });
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://gongkai.example"), AllowAutoRedirect = false });
        var staff = new StaffClient(client);

        var login = await staff.PostFormAsync("/login", new() { ["UserName"] = "root", ["Password"] = "production-admin-2026" });

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookies = login.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("gongkai.auth=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("max-age=31536000", login.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task ARefusalIsOneShortLogLineAndAnErrorIsLoggedInFullUnderTheIdTheUserIsShown()
    {
        var sink = new LogSink();
        using var factory = new GongkaiFactory(services: s =>
        {
            s.AddSingleton<ILoggerProvider>(sink);
            // An injected fault: the public home page cannot get its agencies.
            s.AddScoped<AgencyDirectory>(_ => throw new InvalidOperationException("injected fault"));
        });
        var anonymous = StaffClient.Anonymous(factory);

        var refused = await anonymous.PostAsync("/api/check", new StringContent("{\"year\": 2024}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var refusals = sink.Entries.Where(e => e.Category == "Gongkai.Refusals").ToList();
        Assert.Single(refusals);
        Assert.Null(refusals[0].Exception);
        Assert.DoesNotContain(sink.Entries, e => e.Exception is Gongkai.Domain.RefusedException);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.ParseAdd("text/html");
        var failed = await anonymous.SendAsync(request);
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        var page = await failed.Content.ReadAsStringAsync();
        var error = Assert.Single(sink.Entries, e => e.Category == "Gongkai.Errors");
        Assert.IsType<InvalidOperationException>(error.Exception);
        var id = System.Text.RegularExpressions.Regex.Match(error.Message, @"Unexpected error (\S+)").Groups[1].Value;
        Assert.Contains(id, page);
        Assert.DoesNotContain("injected fault", page);
    }
}
