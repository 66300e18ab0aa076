using Gongkai.Application.Accounts;
using Gongkai.Application.Reading.Supervision;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Reading;

/// <summary>The supervisor's dashboard of the platform's own agencies: the user's and those beneath it, their published reports by year.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SupervisionModel(AgencyDashboard dashboard) : PageModel
{
    public SupervisionView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? sort, bool desc, CancellationToken cancel)
    {
        await LoadAsync(sort, desc, cancel);
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(string? sort, bool desc, CancellationToken cancel)
    {
        await LoadAsync(sort, desc, cancel);
        return File(SupervisionWorkbook.Write(View.Title, View.Rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "年度报告监督看板.xlsx");
    }

    private async Task LoadAsync(string? sort, bool desc, CancellationToken cancel)
    {
        var rows = await dashboard.RowsAsync(StaffContext.FromPrincipal(User)!, cancel);
        View = SupervisionView.Of("本机关及下级机关年度报告监督看板", rows, "/supervision", sort, desc);
    }
}
