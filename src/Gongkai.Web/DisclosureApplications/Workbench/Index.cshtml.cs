using Gongkai.Application.Accounts;
using Gongkai.Application.DisclosureApplications;
using Gongkai.Application.DisclosureApplications.Supervision;
using Gongkai.Domain.DisclosureApplications;
using Gongkai.Web.DisclosureApplications.Api;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.DisclosureApplications.Workbench;

/// <summary>
/// 申请办理: the applications of the user's agency (and those 转办 to it), sorted by the due date of their
/// present step, flagged 即将到期 or 逾期, filterable by state and handler; the user's 督办 notices above.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(ApplicationQueries queries, SupervisionNotices notices) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? Handler { get; set; }
    [BindProperty(SupportsGet = true)] public bool Closed { get; set; }

    public List<WorkListItem> Items { get; private set; } = [];
    public List<SupervisionNotice> Notices { get; private set; } = [];
    public List<HandlerChoice> Handlers { get; private set; } = [];
    public StaffContext Staff => StaffContext.FromPrincipal(User)!;

    public async Task OnGetAsync(CancellationToken cancel)
    {
        await notices.SweepAsync(Staff.AgencyId, cancel);
        Items = await queries.WorkListAsync(Staff, new WorkListFilter(ApplicationApi.ParseState(State), Handler, Closed), cancel);
        Notices = await notices.ForAsync(Staff, cancel: cancel);
        Handlers = Staff.AgencyId is { } agency ? await queries.HandlersAsync(agency, cancel) : [];
    }

    public async Task<IActionResult> OnPostReadAsync(long notice, CancellationToken cancel)
    {
        await notices.MarkReadAsync(Staff, notice, cancel);
        return RedirectToPage(new { State, Handler, Closed });
    }

    public static IEnumerable<ApplicationState> States => Enum.GetValues<ApplicationState>();
}
