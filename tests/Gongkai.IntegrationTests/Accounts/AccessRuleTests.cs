using System.Net;
using Gongkai.Application.Accounts;
using Gongkai.Application.Demo;
using Gongkai.Domain.Agencies;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Accounts;

/// <summary>Staff see only their agency and those beneath it; anonymous visitors see only what is published.</summary>
public sealed class AccessRuleTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnotherAgencysStaffCannotSeeOrTouchAReport()
    {
        var (draftId, _) = await DepartmentDraftAsync();
        var outsider = await OutsiderAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.SendAsync(HttpMethod.Get, $"/api/reports/{draftId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.SendAsync(HttpMethod.Get, $"/api/reports/{draftId}/export/json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.SendAsync(HttpMethod.Post, $"/api/reports/{draftId}/submit", revision: 1)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync($"/workbench/reports/{draftId}")).StatusCode);
        Assert.DoesNotContain("根河市城市管理综合执法局", await outsider.Http.GetStringAsync("/workbench"));
        var departmentId = await Demo.DepartmentIdAsync(_factory);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.SendAsync(HttpMethod.Post, $"/api/agencies/{departmentId}/import", rawJson: "{}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.SendAsync(HttpMethod.Post, "/api/reports", new { agencyId = departmentId, year = 2024 })).StatusCode);
    }

    [Fact]
    public async Task AGovernmentSeesItsDepartmentsReportsButCannotEditThem()
    {
        var (draftId, revision) = await DepartmentDraftAsync();
        var governmentEditor = await CreateUserAsync("gov.editor", DemoSeeder.DemoGovernment, StaffRoles.Editor);

        Assert.Equal(HttpStatusCode.OK, (await governmentEditor.SendAsync(HttpMethod.Get, $"/api/reports/{draftId}")).StatusCode);
        var submit = await governmentEditor.SendAsync(HttpMethod.Post, $"/api/reports/{draftId}/submit", revision: revision);
        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);
        Assert.Contains("只有本机关的公开办工作人员", await submit.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheApiOffersOnlyTheActionsTheUsersRoleAndAgencyAllow()
    {
        var (draftId, _) = await DepartmentDraftAsync();
        var governmentEditor = await CreateUserAsync("gov.editor2", DemoSeeder.DemoGovernment, StaffRoles.Editor);

        async Task<string[]> ActionsAsync(StaffClient client) =>
            (await client.JsonAsync(HttpMethod.Get, $"/api/reports/{draftId}")).GetProperty("availableActions").EnumerateArray().Select(a => a.GetString()!).ToArray();

        Assert.Equal(["Edit", "Submit"], await ActionsAsync(await Demo.EditorAsync(_factory)));
        Assert.Empty(await ActionsAsync(await Demo.ReviewerAsync(_factory)));
        Assert.Empty(await ActionsAsync(governmentEditor));
    }

    [Fact]
    public async Task AnonymousVisitorsSeePublishedReportsOnly()
    {
        var (draftId, _) = await DepartmentDraftAsync();
        var departmentId = await Demo.DepartmentIdAsync(_factory);
        var anonymous = StaffClient.Anonymous(_factory);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/reports/{departmentId}/2020")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/reports/{departmentId}/2024")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/reports/{departmentId}/2024/download/json")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/reports/{draftId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/reports")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/workbench")).StatusCode);
        Assert.DoesNotContain("2024", await anonymous.GetStringAsync("/"));
    }

    [Fact]
    public async Task OnlyTheAdministratorManagesUsersAndReadsTheAuditLog()
    {
        var editor = await Demo.EditorAsync(_factory);
        var denied = await editor.Http.GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/denied", denied.Headers.Location!.PathAndQuery);

        var admin = await Demo.AdminAsync(_factory);
        var users = await admin.Http.GetStringAsync("/admin");
        Assert.Contains("reviewer", users);
        Assert.Contains("审核人", users);
    }

    [Fact]
    public async Task RoleChangesAndPublicationsAreInTheAuditLog()
    {
        var admin = await Demo.AdminAsync(_factory);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>();
            var reviewer = await users.FindByNameAsync(Demo.Reviewer.User);
            var changed = await admin.PostFormAsync("/admin?handler=Role", new() { ["userId"] = reviewer!.Id, ["role"] = StaffRoles.Editor }, "/admin");
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        var audit = await admin.Http.GetStringAsync("/admin/audit");
        Assert.Contains("reviewer 的角色由“审核人”改为“公开办工作人员”", audit);
        Assert.Contains("user.role", audit);
    }

    private async Task<(int Id, int Revision)> DepartmentDraftAsync()
    {
        var editor = await Demo.EditorAsync(_factory);
        var created = await editor.JsonAsync(HttpMethod.Post, "/api/reports", new { agencyId = await Demo.DepartmentIdAsync(_factory), year = 2024 });
        return (created.GetProperty("id").GetInt32(), created.GetProperty("revision").GetInt32());
    }

    private async Task<StaffClient> OutsiderAsync()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var administration = scope.ServiceProvider.GetRequiredService<StaffAdministration>();
            await administration.CreateAgencyAsync(StaffContext.System(), "某县人民政府", AgencyKind.Government, null);
        }

        return await CreateUserAsync("county.editor", "某县人民政府", StaffRoles.Editor);
    }

    private async Task<StaffClient> CreateUserAsync(string user, string agency, string role)
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var administration = scope.ServiceProvider.GetRequiredService<StaffAdministration>();
            await administration.CreateUserAsync(StaffContext.System(), user, user, "password-2026", await Demo.AgencyIdAsync(_factory, agency), role);
        }

        return await StaffClient.SignInAsync(_factory, user, "password-2026");
    }
}
