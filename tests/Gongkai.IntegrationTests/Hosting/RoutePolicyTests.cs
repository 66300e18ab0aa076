using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Hosting;

/// <summary>
/// Every route of the app, taken from the endpoint data source, declares who may use it: anonymous,
/// staff, reviewer or administrator. A new route missing from <see cref="Expected"/> fails here, so
/// a public page and a staff page can share a feature folder safely.
/// </summary>
public sealed class RoutePolicyTests : IDisposable
{
    private const string Anonymous = "anonymous";

    /// <summary>(method, route pattern) → the declared policy. Pages answer GET and POST under one pattern.</summary>
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["PAGE /"] = Anonymous,
        ["PAGE /reports/{agencyId:int}/{year:int}"] = Anonymous,
        ["PAGE /checkup"] = Anonymous,
        ["PAGE /checkup/{id}"] = Anonymous,
        ["PAGE /checkup/{id}/{number:int}/{handler?}"] = Anonymous,
        ["PAGE /checkup/mine"] = Policies.Staff,
        ["PAGE /checkup/{id}/dashboard/{handler?}"] = Anonymous,
        ["PAGE /supervision/{handler?}"] = Policies.Staff,
        ["PAGE /login"] = Anonymous,
        ["PAGE /logout"] = Anonymous,
        ["PAGE /denied"] = Anonymous,
        ["PAGE /status/{code:int}"] = Anonymous,
        ["PAGE /account/password"] = Policies.Staff,
        ["PAGE /workbench"] = Policies.Staff,
        ["PAGE /workbench/import"] = Policies.Staff,
        ["PAGE /workbench/reports/{id:int}"] = Policies.Staff,
        ["PAGE /workbench/aggregate"] = Policies.Staff,
        ["PAGE /admin"] = Policies.Admin,
        ["PAGE /admin/audit"] = Policies.Admin,
        ["GET /healthz"] = Anonymous,
        ["GET,HEAD /{*path}"] = Anonymous,
        ["POST /api/check"] = Anonymous,
        ["GET /reports/{agencyId:int}/{year:int}/download/{format}"] = Anonymous,
        ["GET /api/reports/{id:int}/export/{format}"] = Policies.Staff,
        ["GET /api/antiforgery"] = Policies.Staff,
        ["GET /api/reports"] = Policies.Staff,
        ["GET /api/reports/{id:int}"] = Policies.Staff,
        ["POST /api/reports"] = Policies.Staff,
        ["PUT /api/reports/{id:int}"] = Policies.Staff,
        ["POST /api/reports/{id:int}/submit"] = Policies.Staff,
        ["POST /api/reports/{id:int}/return"] = Policies.Reviewer,
        ["POST /api/reports/{id:int}/publish"] = Policies.Reviewer,
        ["POST /api/reports/{id:int}/correct"] = Policies.Staff,
        ["POST /api/agencies/{agencyId:int}/import"] = Policies.Staff,
        ["PAGE /catalog/staff"] = Policies.Staff,
        ["PAGE /catalog/staff/new"] = Policies.Staff,
        ["PAGE /catalog/staff/items/{id:int}"] = Policies.Staff,
        ["PAGE /catalog/staff/ledger"] = Policies.Staff,
        ["PAGE /catalog/staff/self-check"] = Policies.Staff,
        ["POST /api/catalog/staff/items/{id:int}/sign-off"] = Policies.Staff,
        ["PAGE /catalog/staff/enforcement"] = Policies.Staff,
        ["PAGE /catalog/staff/settings"] = Policies.Staff,
        ["GET /catalog/staff/items/{id:int}/attachments/{attachmentId:long}"] = Policies.Staff,
        ["PAGE /catalog"] = Anonymous,
        ["PAGE /catalog/{agencyId:int}"] = Anonymous,
        ["PAGE /catalog/{agencyId:int}/guide"] = Anonymous,
        ["PAGE /catalog/{agencyId:int}/items"] = Anonymous,
        ["PAGE /catalog/items/{id:int}"] = Anonymous,
        ["PAGE /catalog/search"] = Anonymous,
        ["GET /catalog/feed.atom"] = Anonymous,
        ["GET /catalog/{agencyId:int}/feed.atom"] = Anonymous,
        ["GET /catalog/attachments/{attachmentId:long}"] = Anonymous,
        ["GET /api/catalog/search"] = Anonymous,
        ["GET /api/catalog/items/{id:int}"] = Anonymous,
        ["PAGE /apply"] = Anonymous,
        ["PAGE /apply/status"] = Anonymous,
        ["PAGE /workbench/applications/register"] = Policies.Staff,
        ["PAGE /workbench/applications"] = Policies.Staff,
        ["PAGE /workbench/applications/{id:int}"] = Policies.Staff,
        ["PAGE /workbench/applications/letter-templates"] = Policies.Staff,
        ["PAGE /workbench/calendar"] = Policies.Staff,
        ["POST /api/apply"] = Anonymous,
        ["POST /api/apply/status"] = Anonymous,
        ["POST /api/disclosure-applications"] = Policies.Staff,
        ["GET /api/disclosure-applications/"] = Policies.Staff,
        ["GET /api/disclosure-applications/{id:int}"] = Policies.Staff,
        ["GET /api/disclosure-applications/{id:int}/personal-data"] = Policies.Staff,
        ["POST /api/disclosure-applications/{id:int}/actions/{action}"] = Policies.Staff,
        ["GET /api/disclosure-applications/notices"] = Policies.Staff,
        ["GET /api/disclosure-applications/{id:int}/letters"] = Policies.Staff,
        ["GET /api/disclosure-applications/{id:int}/letters/{number:int}/{format}"] = Policies.Staff,
        ["POST /api/disclosure-applications/{id:int}/letters/{number:int}/send"] = Policies.Staff,
        ["POST /api/disclosure-applications/{id:int}/letters/{number:int}/serve"] = Policies.Staff,
        ["GET /api/disclosure-applications/{id:int}/evidence-pack"] = Policies.Staff,
        ["GET /api/disclosure-applications/{id:int}/appeals"] = Policies.Staff,
        ["POST /api/disclosure-applications/{id:int}/appeals"] = Policies.Staff,
        ["POST /api/disclosure-applications/{id:int}/appeals/{appealId:int}/conclude"] = Policies.Staff,
        ["GET /api/letter-templates/"] = Policies.Staff,
        ["GET /api/letter-templates/fields"] = Policies.Staff,
        ["GET /api/letter-templates/{key}"] = Policies.Staff,
        ["PUT /api/letter-templates/{key}"] = Policies.Staff,
        ["POST /api/letter-templates/{key}/restore-default"] = Policies.Staff,
    };

    private readonly GongkaiFactory _factory = new(forceSqlite: true);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public void EveryRouteDeclaresExactlyTheExpectedPolicy()
    {
        var declared = Routes().ToDictionary(r => r.Key, r => r.Policy);

        var undeclared = declared.Where(r => !Expected.ContainsKey(r.Key)).Select(r => $"{r.Key} ({r.Value})").ToList();
        Assert.True(undeclared.Count == 0, "routes without an expected policy: " + string.Join("; ", undeclared));
        var missing = Expected.Keys.Where(k => !declared.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, "expected routes that the app no longer has: " + string.Join("; ", missing));
        foreach (var (key, policy) in Expected)
        {
            Assert.True(policy == declared[key], $"{key}: expected {policy}, declared {declared[key]}");
        }
    }

    [Fact]
    public async Task AnAnonymousRequestToEveryProtectedRouteIsRefused()
    {
        var client = StaffClient.Anonymous(_factory);
        foreach (var (key, policy) in Expected.Where(e => e.Value != Anonymous))
        {
            var (method, pattern) = Split(key);
            using var request = new HttpRequestMessage(new HttpMethod(method == "PAGE" ? "GET" : method), Sample(pattern));
            var response = await client.SendAsync(request);
            var refused = response.StatusCode is HttpStatusCode.Unauthorized
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/login", StringComparison.Ordinal));
            Assert.True(refused, $"{key} ({policy}) answered an anonymous request with {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task AnEditorIsRefusedTheReviewersAndTheAdministratorsRoutes()
    {
        var editor = await Demo.EditorAsync(_factory);
        foreach (var (key, _) in Expected.Where(e => e.Value is Policies.Reviewer or Policies.Admin))
        {
            var (method, pattern) = Split(key);
            var response = await editor.SendAsync(new HttpMethod(method == "PAGE" ? "GET" : method), Sample(pattern), revision: 1);
            var refused = response.StatusCode is HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/denied", StringComparison.Ordinal));
            Assert.True(refused, $"{key} answered the editor with {(int)response.StatusCode}");
        }
    }

    /// <summary>
    /// Addresses no route declares (random ones, and /favicon.ico) are 404 for everyone: a page in Chinese,
    /// or problem details under /api — never the sign-in page. A declared staff route still asks to sign in.
    /// </summary>
    [Fact]
    public async Task AnAddressNoRouteDeclaresIsNotFoundNotASignIn()
    {
        var random = new Random(808);
        var anonymous = StaffClient.Anonymous(_factory);
        var editor = await Demo.EditorAsync(_factory);
        var unknown = Enumerable.Range(0, 6).Select(_ => "/" + string.Join("/", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Segment(random)))).Append("/favicon.ico").ToList();
        foreach (var path in unknown)
        {
            foreach (var client in new[] { anonymous, editor.Http })
            {
                var page = await client.GetAsync(path);
                Assert.True(page.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)page.StatusCode} {page.Headers.Location}");
                Assert.Contains("页面不存在", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

                var api = await client.GetAsync("/api" + path);
                Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
                Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
                Assert.Contains("没有这个接口地址", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        var icon = await anonymous.GetAsync("/favicon.svg");
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
        Assert.Contains("href=\"/favicon.svg\"", await anonymous.GetStringAsync("/"), StringComparison.Ordinal);
        var workbench = await anonymous.GetAsync("/workbench");
        Assert.Equal(HttpStatusCode.Redirect, workbench.StatusCode);
        Assert.Contains("/login", workbench.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static string Segment(Random random) =>
        new(Enumerable.Range(0, random.Next(1, 12)).Select(_ => "abcdefghijklmnopqrstuvwxyz0123456789-_"[random.Next(38)]).ToArray());

    private IEnumerable<(string Key, string Policy)> Routes()
    {
        var sources = _factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var isPage = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null
                || endpoint.Metadata.Any(m => m.GetType().Name == "PageRouteMetadata");
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [];
            var key = isPage ? $"PAGE {pattern}" : $"{string.Join(",", methods)} {pattern}";
            yield return (key, PolicyOf(endpoint));
        }
    }

    /// <summary>What the endpoint declares: anonymous, or its one policy (a group's Staff under an endpoint's Reviewer counts as Reviewer).</summary>
    private static string PolicyOf(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return Anonymous;
        }

        var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? "(no policy)").Distinct().ToList();
        Assert.All(policies, p => Assert.Contains(p, Policies.All));
        return policies.Count == 0 ? "(none)" : policies.Contains(Policies.Admin) ? Policies.Admin : policies.Contains(Policies.Reviewer) ? Policies.Reviewer : policies[0];
    }

    private static (string Method, string Pattern) Split(string key) => (key[..key.IndexOf(' ', StringComparison.Ordinal)], key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..]);

    /// <summary>A URL for a pattern, with a plausible value for every parameter.</summary>
    private static string Sample(string pattern) => System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\w+)(:\w+)?\??\}", m => m.Groups[1].Value switch
    {
        "year" => "2020",
        "format" => "json",
        "code" => "404",
        "handler" => "",
        "id" when m.Groups[2].Value == "" => "0123456789abcdef0123456789abcdef",
        _ => "1",
    }).TrimEnd('/');
}
