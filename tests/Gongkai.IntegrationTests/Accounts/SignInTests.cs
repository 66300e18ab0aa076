using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Application.Accounts;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gongkai.IntegrationTests.Accounts;

/// <summary>
/// Signing in reveals nothing about which accounts exist (same answer, same work), and no visitor can
/// keep someone else's account locked.
/// </summary>
public sealed partial class SignInTests : IDisposable
{
    private readonly CountingHasher _hasher = new();
    private readonly GongkaiFactory _factory;

    public SignInTests()
    {
        _factory = new GongkaiFactory(settings: GongkaiFactory.Proxied(), services: s => s.Replace(ServiceDescriptor.Singleton<IPasswordHasher<StaffUser>>(_hasher)));
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task UnknownLockedDisabledAndKnownUserNamesGetTheSameAnswerAfterTheSameWork()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var admin = scope.ServiceProvider.GetRequiredService<StaffAdministration>();
            await users.SetLockoutEndDateAsync((await users.FindByNameAsync(Demo.Reviewer.User))!, _factory.Clock.GetUtcNow().AddHours(1));
            await admin.DisableAsync(StaffContext.System(), (await users.FindByNameAsync(Demo.Admin.User))!.Id);
        }

        var answers = new List<(string Who, HttpStatusCode Status, string Message, int Hashes)>();
        foreach (var (who, name, address) in new[]
        {
            ("unknown", "nobody-" + Guid.NewGuid().ToString("N")[..8], "203.0.113.1"),
            ("wrong password", Demo.Editor.User, "203.0.113.2"),
            ("locked out", Demo.Reviewer.User, "203.0.113.3"),
            ("disabled", Demo.Admin.User, "203.0.113.4"),
        })
        {
            var client = new StaffClient(StaffClient.Anonymous(_factory, address));
            var before = _hasher.Verifications;
            var response = await client.PostFormAsync("/login", new() { ["UserName"] = name, ["Password"] = "wrong-password-1" });
            answers.Add((who, response.StatusCode, Alert(await response.Content.ReadAsStringAsync()), _hasher.Verifications - before));
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Single(answers.Select(a => a.Message).Distinct());
        Assert.All(answers, a => Assert.True(a.Hashes == 1, $"{a.Who}: {a.Hashes} password hashes checked"));
    }

    [Fact]
    public async Task OneAddressCannotKeepTheAdministratorLockedOut()
    {
        var attacker = new StaffClient(StaffClient.Anonymous(_factory, "198.51.100.7"));
        for (var i = 0; i < 40; i++)
        {
            await attacker.PostFormAsync("/login", new() { ["UserName"] = Demo.Admin.User, ["Password"] = $"guess-{i}-password" });
        }

        var hashesBefore = _hasher.Verifications;
        var refused = await attacker.PostFormAsync("/login", new() { ["UserName"] = Demo.Admin.User, ["Password"] = Demo.Admin.Password });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(hashesBefore, _hasher.Verifications);

        var admin = await StaffClient.SignInAsync(_factory, Demo.Admin.User, Demo.Admin.Password, forwardedFor: "192.0.2.10");
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task AMegabytePasswordIsRefusedWithoutHashingIt()
    {
        var client = new StaffClient(StaffClient.Anonymous(_factory, "203.0.113.9"));
        var response = await client.PostFormAsync("/login", new() { ["UserName"] = Demo.Editor.User, ["Password"] = new string('x', 1_000_000) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Gongkai.Web.Accounts.LoginModel.Refusal, Alert(await response.Content.ReadAsStringAsync()));
        Assert.True(_hasher.LongestPassword <= 256, $"a password of {_hasher.LongestPassword} characters was hashed");
    }

    /// <summary>
    /// The same form opened twice (two windows, a double click, a browser's retry) leaves the first copy's
    /// token stale: its sign-in is refused with a page that says so in Chinese, not an empty 400.
    /// </summary>
    [Fact]
    public async Task AStaleFormIsAnsweredWithAPageThatSaysSo()
    {
        using var http = StaffClient.Anonymous(_factory, "203.0.113.10");
        var own = StaffClient.FormToken(await http.GetStringAsync("/login"));
        using var other = StaffClient.Anonymous(_factory, "203.0.113.10");
        var another = StaffClient.FormToken(await other.GetStringAsync("/login"));
        Assert.NotEqual(own, another);

        var response = await http.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = Demo.Editor.User,
            ["Password"] = Demo.Editor.Password,
            ["__RequestVerificationToken"] = another,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>表单已失效</h1>", html, StringComparison.Ordinal);
        Assert.Contains("刷新后再提交", html, StringComparison.Ordinal);
        Assert.Equal(0, _hasher.Verifications);
    }

    private static string Alert(string html) => AlertPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : "(no alert)";

    [GeneratedRegex("role=\"alert\">([^<]*)<")]
    private static partial Regex AlertPattern();

    /// <summary>The real hasher, counting what it verifies.</summary>
    private sealed class CountingHasher : IPasswordHasher<StaffUser>
    {
        private readonly PasswordHasher<StaffUser> _real = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);
        public int LongestPassword { get; private set; }

        public string HashPassword(StaffUser user, string password) => _real.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(StaffUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            LongestPassword = Math.Max(LongestPassword, providedPassword.Length);
            return _real.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
