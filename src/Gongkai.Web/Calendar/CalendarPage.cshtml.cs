using Gongkai.Application;
using Gongkai.Application.Accounts;
using Gongkai.Application.Calendar;
using Gongkai.Domain.Calendar;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Calendar;

/// <summary>
/// 工作日历: the years whose holiday notice is loaded, the agency's own working-day changes (a provincial extra
/// day off, a working Saturday) and those it inherits from the governments above it. Its 公开办工作人员 and the
/// administrator change them; open applications' deadlines follow at once.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class CalendarPageModel(CalendarQueries queries, CalendarAdministration administration) : PageModel
{
    public AgencyCalendarView View { get; private set; } = null!;
    public int AgencyId { get; private set; }
    public string? Message { get; private set; }
    public string? Done { get; private set; }

    private StaffContext Staff => StaffContext.FromPrincipal(User)!;

    public async Task OnGetAsync(int? agency, string? done, CancellationToken cancel)
    {
        AgencyId = agency ?? Staff.AgencyId ?? 0;
        View = await queries.ForAgencyAsync(Staff, AgencyId, cancel);
        Done = done;
    }

    public Task<IActionResult> OnPostAddAsync(int agency, DateOnly date, DayKind kind, string? reason, CancellationToken cancel) =>
        ChangeAsync(agency, () => administration.AddOverrideAsync(Staff, agency, date, kind, reason ?? "", cancel), "已保存调整，未办结申请的期限已重新计算。", cancel);

    public Task<IActionResult> OnPostRemoveAsync(int agency, int id, CancellationToken cancel) =>
        ChangeAsync(agency, () => administration.RemoveOverrideAsync(Staff, id, cancel), "已撤销调整，未办结申请的期限已重新计算。", cancel);

    private async Task<IActionResult> ChangeAsync(int agency, Func<Task> change, string done, CancellationToken cancel)
    {
        try
        {
            await change();
            return RedirectToPage(new { agency, done });
        }
        catch (GongkaiException problem) when (problem.Kind is ProblemKind.Invalid or ProblemKind.Conflict or ProblemKind.Forbidden)
        {
            await OnGetAsync(agency, null, cancel);
            Message = problem.Message;
            Response.StatusCode = ProblemResponses.StatusOf(problem.Kind);
            return Page();
        }
    }
}
