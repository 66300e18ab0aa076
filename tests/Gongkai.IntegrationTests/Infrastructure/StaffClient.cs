using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Gongkai.IntegrationTests.Infrastructure;

/// <summary>
/// A browser-like client: signs in through the real login form (cookie + anti-forgery token), then
/// calls the API with the X-CSRF-TOKEN header, as the workbench's own pages would.
/// </summary>
public sealed partial class StaffClient(HttpClient http, CookieContainer? cookies = null)
{
    public HttpClient Http { get; } = http;

    /// <summary>The cookies this client holds (to copy a session into another client).</summary>
    public IEnumerable<Cookie> Cookies() => cookies?.GetCookies(Http.BaseAddress!).Cast<Cookie>() ?? [];
    private string? _apiToken;

    /// <param name="forwardedFor">The client's address as a trusted proxy reports it (see <see cref="GongkaiFactory.Proxied"/>).</param>
    public static HttpClient Anonymous(GongkaiFactory factory, string? forwardedFor = null) => Client(factory, forwardedFor, new CookieContainer());

    private static HttpClient Client(GongkaiFactory factory, string? forwardedFor, CookieContainer cookies)
    {
        var client = factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        return client;
    }

    public static async Task<StaffClient> SignInAsync(GongkaiFactory factory, string user, string password, string? forwardedFor = null)
    {
        var cookies = new CookieContainer();
        var client = new StaffClient(Client(factory, forwardedFor, cookies), cookies);
        var login = await client.PostFormAsync("/login", new() { ["UserName"] = user, ["Password"] = password });
        if (login.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in of {user} failed: {login.StatusCode} {await login.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    /// <summary>Posts a page form the way a browser does: fetch the page, take its token, post with it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields, string? pageUrl = null)
    {
        var page = await Http.GetStringAsync(pageUrl ?? path);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = FormToken(page) };
        return await Http.PostAsync(path, new FormUrlEncodedContent(form));
    }

    public static string FormToken(string html) => TokenPattern().Match(html) is { Success: true } m
        ? WebUtility.HtmlDecode(m.Groups[1].Value)
        : throw new InvalidOperationException("no anti-forgery token on the page");

    /// <param name="key">An Idempotency-Key header, for the submissions that take one.</param>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, int? revision = null, string? rawJson = null, string? key = null)
    {
        _apiToken ??= (await Http.GetFromJsonAsync<JsonElement>("/api/antiforgery")).GetProperty("token").GetString();
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-CSRF-TOKEN", _apiToken);
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        if (revision is { } rev)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{rev}\""));
        }

        if (rawJson is not null)
        {
            request.Content = new StringContent(rawJson, Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await Http.SendAsync(request);
    }

    /// <summary>Sends a body as it is (a file's bytes), with the anti-forgery header.</summary>
    public async Task<HttpResponseMessage> SendContentAsync(HttpMethod method, string path, HttpContent content)
    {
        _apiToken ??= (await Http.GetFromJsonAsync<JsonElement>("/api/antiforgery")).GetProperty("token").GetString();
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("X-CSRF-TOKEN", _apiToken);
        return await Http.SendAsync(request);
    }

    public async Task<JsonElement> JsonAsync(HttpMethod method, string path, object? body = null, int? revision = null, string? rawJson = null)
    {
        var response = await SendAsync(method, path, body, revision, rawJson);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} {path}: {(int)response.StatusCode} {text}", null, response.StatusCode);
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
