using Gongkai.Application;
using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Domain.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;
using Gongkai.Web.Hosting;

namespace Gongkai.Web.Accounts.Admin;

/// <summary>Agencies, users and roles, for the 系统管理员.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(StaffAdministration administration, AgencyDirectory agencies) : PageModel
{
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];
    public List<StaffListItem> Users { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Done { get; private set; }
    private StaffContext Admin => StaffContext.FromPrincipal(User)!;

    public async Task OnGetAsync(string? done, CancellationToken cancel)
    {
        Done = done;
        Agencies = await agencies.AllAsync(cancel);
        Users = await administration.ListUsersAsync(Admin, cancel);
    }

    public Task<IActionResult> OnPostAgencyAsync(string name, AgencyKind kind, int? parentId, CancellationToken cancel) =>
        RunAsync(() => administration.CreateAgencyAsync(Admin, name, kind, parentId, cancel), "已新增机关。", cancel);

    public Task<IActionResult> OnPostUserAsync(string userName, string displayName, string password, int agencyId, string role, CancellationToken cancel) =>
        RunAsync(() => administration.CreateUserAsync(Admin, userName, displayName, password, agencyId, role, cancel), "已新增用户。", cancel);

    public Task<IActionResult> OnPostRoleAsync(string userId, string role, CancellationToken cancel) =>
        RunAsync(() => administration.SetRoleAsync(Admin, userId, role, cancel), "已修改角色。", cancel);

    public Task<IActionResult> OnPostDisableAsync(string userId, CancellationToken cancel) =>
        RunAsync(() => administration.DisableAsync(Admin, userId, cancel), "已停用该用户，其所有会话已结束。", cancel);

    public Task<IActionResult> OnPostEnableAsync(string userId, CancellationToken cancel) =>
        RunAsync(() => administration.EnableAsync(Admin, userId, cancel), "已启用该用户。", cancel);

    public Task<IActionResult> OnPostResetAsync(string userId, string password, CancellationToken cancel) =>
        RunAsync(() => administration.ResetPasswordAsync(Admin, userId, password ?? "", cancel), "已重置密码，该用户的所有会话已结束。", cancel);

    private async Task<IActionResult> RunAsync(Func<Task> change, string done, CancellationToken cancel)
    {
        try
        {
            await change();
            return RedirectToPage(new { done });
        }
        catch (GongkaiException problem)
        {
            await OnGetAsync(null, cancel);
            Message = problem.Message;
            return Page();
        }
    }
}
