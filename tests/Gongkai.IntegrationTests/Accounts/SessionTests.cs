using System.Net;
using Gongkai.Application.Accounts;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Accounts;

/// <summary>Sessions follow the account: a role taken away, a disabled user, a reset password and 登出 all take effect on the next request.</summary>
public sealed class SessionTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ADemotedReviewerIsRefusedOnTheNextRequest()
    {
        var editor = await Demo.EditorAsync(_factory);
        var created = await editor.JsonAsync(HttpMethod.Post, "/api/reports", new { agencyId = await Demo.DepartmentIdAsync(_factory), year = 2024 });
        var id = created.GetProperty("id").GetInt32();
        var submitted = await editor.JsonAsync(HttpMethod.Post, $"/api/reports/{id}/submit", revision: created.GetProperty("revision").GetInt32());
        var reviewer = await Demo.ReviewerAsync(_factory);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.SendAsync(HttpMethod.Get, $"/api/reports/{id}")).StatusCode);

        await AsAdminAsync(a => a.SetRoleAsync(StaffContext.System(), UserId(Demo.Reviewer.User), StaffRoles.Editor));
        var publish = await reviewer.SendAsync(HttpMethod.Post, $"/api/reports/{id}/publish", revision: submitted.GetProperty("revision").GetInt32());

        // The role change renewed the account's security stamp: the session ended on its next request.
        Assert.Equal(HttpStatusCode.Unauthorized, publish.StatusCode);
        Assert.Equal("PendingReview", (await editor.JsonAsync(HttpMethod.Get, $"/api/reports/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ACookieCopiedBeforeLogoutIsRefusedAfterIt()
    {
        var editor = await Demo.EditorAsync(_factory);
        var copy = StaffClient.Anonymous(_factory);
        copy.DefaultRequestHeaders.Add("Cookie", CookieHeader(editor));
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/reports")).StatusCode);

        var logout = await editor.PostFormAsync("/logout", [], "/workbench");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/reports")).StatusCode);
    }

    [Fact]
    public async Task ADisabledUsersSessionsEndAndTheyCannotSignInUntilEnabled()
    {
        var editor = await Demo.EditorAsync(_factory);
        var id = UserId(Demo.Editor.User);

        await AsAdminAsync(a => a.DisableAsync(StaffContext.System(), id));

        Assert.Equal(HttpStatusCode.Unauthorized, (await editor.Http.GetAsync("/api/reports")).StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Demo.EditorAsync(_factory));
        await AsAdminAsync(a => a.EnableAsync(StaffContext.System(), id));
        Assert.Equal(HttpStatusCode.OK, (await (await Demo.EditorAsync(_factory)).Http.GetAsync("/api/reports")).StatusCode);
    }

    [Fact]
    public async Task APasswordResetByTheAdministratorEndsSessionsAndIsAudited()
    {
        var editor = await Demo.EditorAsync(_factory);
        var admin = await Demo.AdminAsync(_factory);

        var reset = await admin.PostFormAsync("/admin?handler=Reset", new() { ["userId"] = UserId(Demo.Editor.User), ["password"] = "new-password-2026" }, "/admin");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await editor.Http.GetAsync("/api/reports")).StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Demo.EditorAsync(_factory));
        await StaffClient.SignInAsync(_factory, Demo.Editor.User, "new-password-2026");
        var audit = await admin.Http.GetStringAsync("/admin/audit");
        Assert.Contains("user.password-reset", audit);
        Assert.DoesNotContain("new-password-2026", audit);
    }

    [Fact]
    public async Task TheAdministratorCannotDisableThemself()
    {
        var refused = await Assert.ThrowsAsync<Gongkai.Application.GongkaiException>(() =>
            AsAdminAsync(a => a.DisableAsync(new StaffContext(Demo.Admin.User, null, new HashSet<string> { StaffRoles.Admin }), UserId(Demo.Admin.User))));
        Assert.Contains("不能停用自己的账号", refused.Message);
    }

    private static string CookieHeader(StaffClient client) =>
        string.Join("; ", client.Cookies().Select(c => $"{c.Name}={c.Value}"));

    private string UserId(string userName)
    {
        using var scope = _factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(userName).GetAwaiter().GetResult()!.Id;
    }

    private async Task AsAdminAsync(Func<StaffAdministration, Task> change)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<StaffAdministration>());
    }
}
