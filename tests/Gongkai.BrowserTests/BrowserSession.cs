using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests;

/// <summary>The server on a real Kestrel port and a headless Chromium pointed at it.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private IPlaywright? _playwright;

    private BrowserSession(GongkaiFactory factory) => Factory = factory;

    public GongkaiFactory Factory { get; }
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
        var session = new BrowserSession(new GongkaiFactory(settings: settings));
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
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "登录" }).ClickAsync();
        await page.GetByLabel("用户名").FillAsync(user);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/workbench");
        return page;
    }

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
