using System.Net;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Benchmarks;

/// <summary>
/// The server's own cost of one page, without sockets or a load generator: the real host (Release build,
/// the whole middleware pipeline, cookie sign-in, Razor) in memory through <see cref="WebApplicationFactory{TEntryPoint}"/>,
/// on a temp SQLite database with the demo seeded. The baseline is a static file through the same
/// pipeline. Beside <c>wrk-workbench.sh</c>'s requests per second, this gives time and bytes allocated
/// per request, which a busy machine disturbs far less.
/// </summary>
[MemoryDiagnoser]
public partial class WebPageBenchmarks
{
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _anonymous = null!;
    private HttpClient _editor = null!;
    private string _dataDirectory = "";
    private string _workbench = "";
    private string _public = "";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _dataDirectory = Path.Combine(Path.GetTempPath(), $"gongkai-bench-web-{Environment.ProcessId}");
        Directory.CreateDirectory(_dataDirectory);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseContentRoot(WebProjectDirectory());
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(_dataDirectory, "gongkai.db")}");
            builder.UseSetting("Gongkai:RateLimit:PublicPermitsPerMinute", "100000000");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false };
        _anonymous = _factory.CreateClient(options);
        _editor = _factory.CreateClient(options);

        var login = await _editor.GetStringAsync("/login");
        var token = WebUtility.HtmlDecode(TokenPattern().Match(login).Groups[1].Value);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "editor",
            ["Password"] = "Gongkai-editor-2026",
            ["__RequestVerificationToken"] = token,
        });
        using var signedIn = await _editor.PostAsync("/login", form);
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in failed: {signedIn.StatusCode}");
        }

        _workbench = WorkbenchLink().Match(await _editor.GetStringAsync("/workbench")).Value;
        _public = PublicLink().Match(await _anonymous.GetStringAsync("/")).Value;
        foreach (var (client, path) in new[] { (_editor, _workbench), (_anonymous, _public), (_anonymous, "/healthz"), (_anonymous, "/css/site.css") })
        {
            using var response = await client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK || path.Length == 0)
            {
                throw new InvalidOperationException($"GET '{path}' answered {response.StatusCode}");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _anonymous.Dispose();
        _editor.Dispose();
        _factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "GET /css/site.css")]
    public Task<int> StaticFile() => GetAsync(_anonymous, "/css/site.css");

    [Benchmark(Description = "GET /healthz")]
    public Task<int> Health() => GetAsync(_anonymous, "/healthz");

    [Benchmark(Description = "GET /reports/{agency}/2020 (public)")]
    public Task<int> PublicReport() => GetAsync(_anonymous, _public);

    [Benchmark(Description = "GET /workbench/reports/{id} (editor)")]
    public Task<int> Workbench() => GetAsync(_editor, _workbench);

    /// <summary>src/Gongkai.Web of this clone (wwwroot, appsettings), found above wherever BenchmarkDotNet runs the benchmark from.</summary>
    private static string WebProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
            {
                return Path.Combine(dir.FullName, "src", "Gongkai.Web");
            }
        }

        throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    }

    private static async Task<int> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == HttpStatusCode.OK ? body.Length : throw new InvalidOperationException($"{path}: {response.StatusCode}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("/workbench/reports/[0-9]+")]
    private static partial Regex WorkbenchLink();

    [GeneratedRegex("/reports/[0-9]+/2020")]
    private static partial Regex PublicLink();
}
