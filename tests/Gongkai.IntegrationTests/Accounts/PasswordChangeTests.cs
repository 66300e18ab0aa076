using System.Net;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Accounts;

/// <summary>Every user changes their own password through the form; mistakes are refused in Chinese and change nothing.</summary>
public sealed class PasswordChangeTests : IDisposable
{
    private const string NewPassword = "new-secret-2027";
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AUserChangesTheirPasswordAndOnlyTheNewOneSignsIn()
    {
        var editor = await Demo.EditorAsync(_factory);

        var changed = await ChangeAsync(editor, Demo.Editor.Password, NewPassword, NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("密码已修改", await editor.Http.GetStringAsync(changed.Headers.Location!.OriginalString));
        Assert.Equal(HttpStatusCode.OK, (await editor.Http.GetAsync("/workbench")).StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => StaffClient.SignInAsync(_factory, Demo.Editor.User, Demo.Editor.Password));
        var again = await StaffClient.SignInAsync(_factory, Demo.Editor.User, NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await again.Http.GetAsync("/workbench")).StatusCode);

        var audit = await (await Demo.AdminAsync(_factory)).Http.GetStringAsync("/admin/audit");
        Assert.Contains("editor 修改了自己的密码", audit);
        Assert.DoesNotContain(NewPassword, audit);
    }

    [Theory]
    [InlineData("wrong-current-1", NewPassword, NewPassword, "当前密码不正确")]
    [InlineData(null, NewPassword, "other-secret-2027", "两次输入的新密码不一致")]
    [InlineData(null, "short1", "short1", "密码至少 10 位")]
    [InlineData(null, "nodigitsatall", "nodigitsatall", "密码须含数字")]
    public async Task AMistakeIsRefusedInChineseAndTheOldPasswordStillWorks(string? current, string next, string confirm, string message)
    {
        var editor = await Demo.EditorAsync(_factory);

        var refused = await ChangeAsync(editor, current ?? Demo.Editor.Password, next, confirm);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(message, await refused.Content.ReadAsStringAsync());
        await StaffClient.SignInAsync(_factory, Demo.Editor.User, Demo.Editor.Password);
    }

    [Fact]
    public async Task AnonymousVisitorsAreSentToTheLoginForm()
    {
        var response = await StaffClient.Anonymous(_factory).GetAsync("/account/password");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
    }

    private static Task<HttpResponseMessage> ChangeAsync(StaffClient client, string current, string next, string confirm) =>
        client.PostFormAsync("/account/password", new() { ["Current"] = current, ["Next"] = next, ["Confirm"] = confirm });
}
