using Gongkai.IntegrationTests.Hosting;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests;

/// <summary>The server on a real Kestrel port and a headless Chromium pointed at it.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private IPlaywright? _playwright;

    private BrowserSession(Dictionary<string, string?>? settings)
    {
        Factory = new GongkaiFactory(settings: settings, services: services => services.AddSingleton<ILoggerProvider>(Log));
    }

    public GongkaiFactory Factory { get; }
    /// <summary>What the server logs, quoted when the browser does not get where it should.</summary>
    public LogSink Log { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    /// <summary>Where screenshots and downloads go: test-artifacts/ (or GONGKAI_TEST_ARTIFACTS).</summary>
    public static string Artifacts
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("GONGKAI_TEST_ARTIFACTS") ?? Path.Combine(RepoRoot(), "test-artifacts");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    /// <summary>The server (with extra <paramref name="settings"/>, e.g. the demo catalog on) and a browser.</summary>
    public static async Task<BrowserSession> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var session = new BrowserSession(settings);
        session.Factory.UseKestrel(0);
        session.Factory.StartServer();
        session.BaseUrl = session.Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        session._playwright = await Playwright.CreateAsync();
        session.Browser = await session._playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return session;
    }

    public async Task<IPage> SignInAsync(string user, string password)
    {
        var context = await Browser.NewContextAsync(new() { Locale = "zh-CN", BaseURL = BaseUrl, AcceptDownloads = true, ViewportSize = new() { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        var requests = new System.Collections.Concurrent.ConcurrentQueue<string>();
        context.Request += (_, r) => requests.Enqueue($"{r.Method} {r.Url}");
        // A trace of the sign-in, kept only when it fails: a CI log alone did not say why it once hung.
        await context.Tracing.StartAsync(new() { Screenshots = true, Snapshots = true });
        // A second context's page is a background page: in headless Chromium its animation frames, which
        // a single wait for an element may rely on, can stop. Bring it to the front.
        await page.BringToFrontAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "登录" }).ClickAsync();
        await page.GetByLabel("用户名").FillAsync(user);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        try
        {
            // Arrived when the address and the workbench's heading show; both assertions poll again and again
            // instead of waiting for the load event, which was once seen missing for a second context.
            var arrival = new PageAssertionsToHaveURLOptions { Timeout = 60_000 };
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/workbench$"), arrival);
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("工作台", new() { Timeout = 60_000 });
            await context.Tracing.StopAsync();
        }
        catch (PlaywrightException failure)
        {
            var trace = Path.Combine(Artifacts, $"sign-in-{user}-{Guid.NewGuid():N}.zip");
            await context.Tracing.StopAsync(new() { Path = trace });
            // Say where the browser is and what it shows: a timeout alone tells nothing in a CI log.
            var shown = await page.Locator("body").InnerTextAsync(new() { Timeout = 5000 });
            throw new TimeoutException($"{user} 登录后没有进入工作台：停在 {page.Url}，页面显示：{shown[..Math.Min(shown.Length, 600)]}\n服务器日志：\n{RecentProblems()}\n浏览器的请求：\n{string.Join("\n", requests)}\n跟踪：{trace}", failure);
        }

        return page;
    }

    /// <summary>The server's last warnings and errors, and refused anti-forgery tokens.</summary>
    private string RecentProblems() => string.Join("\n", Log.Entries
        .Where(e => e.Level >= LogLevel.Warning || e.Category.Contains("Antiforgery", StringComparison.Ordinal))
        .TakeLast(10).Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception?.GetType().Name} {e.Exception?.Message}"));

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Path.GetTempPath();
    }
}
