using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.AnnualReports;
using Gongkai.Domain;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Calendar;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;
using Gongkai.Web.Hosting;

namespace Gongkai.Web.AnnualReports.Workbench;

/// <summary>Staff's start page: the reports of their agency and the agencies beneath it.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(ReportQueries queries, ReportCommands commands, AgencyDirectory agencies, TimeProvider clock) : PageModel
{
    public StaffContext Staff => StaffContext.FromPrincipal(User)!;
    public Agency? Agency { get; private set; }
    public List<ReportListItem> Reports { get; private set; } = [];
    public int CurrentYear => ShanghaiTime.Today(clock).Year;
    public string? Message { get; private set; }
    public bool CanCreate => Agency is not null && ReportAccess.CanCreate(Staff, Agency.Id);

    public async Task OnGetAsync(CancellationToken cancel)
    {
        Agency = Staff.AgencyId is { } id ? await agencies.FindAsync(id, cancel) : null;
        Reports = await queries.ListAsync(Staff, cancel);
    }

    public async Task<IActionResult> OnPostCreateAsync(int year, CancellationToken cancel)
    {
        try
        {
            var report = await commands.CreateAsync(Staff, Staff.AgencyId ?? 0, year, cancel);
            return Redirect($"/workbench/reports/{report.Id}");
        }
        catch (RefusedException problem)
        {
            await OnGetAsync(cancel);
            Message = problem.Message;
            return Page();
        }
    }
}
