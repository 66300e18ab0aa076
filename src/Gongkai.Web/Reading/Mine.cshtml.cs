using Gongkai.Application;
using Gongkai.Application.Accounts;
using Gongkai.Application.Reading;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Reading;

/// <summary>我的体检: the signed-in user's stored batches, their share links, the quota, and deletion.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class MineModel(StoredCheckups stored) : PageModel
{
    public IReadOnlyList<CheckupListing> Checkups { get; private set; } = [];
    public CheckupUsage Usage { get; private set; } = null!;
    public string? Done { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken cancel)
    {
        Done = done;
        await LoadAsync(cancel);
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken cancel)
    {
        var staff = StaffContext.FromPrincipal(User)!;
        try
        {
            await stored.DeleteAsync(staff, id ?? "", cancel);
            return Redirect("/checkup/mine?done=" + Uri.EscapeDataString("已删除。"));
        }
        catch (GongkaiException refused)
        {
            Error = refused.Message;
            Response.StatusCode = refused.Kind == ProblemKind.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;
            await LoadAsync(cancel);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancel)
    {
        var staff = StaffContext.FromPrincipal(User)!;
        Checkups = await stored.MineAsync(staff, cancel);
        Usage = await stored.UsageAsync(staff, cancel);
    }
}
