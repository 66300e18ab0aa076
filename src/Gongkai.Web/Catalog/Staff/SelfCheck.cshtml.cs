using Gongkai.Application.Accounts;
using Gongkai.Application.Catalog.Inspection;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Catalog.Staff;

/// <summary>网站检查自查: what an inspection would flag in the staff member's own agency's catalog today.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SelfCheckModel(InspectionSelfCheck selfCheck) : PageModel
{
    public SelfCheckReport? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken cancel)
    {
        var staff = StaffContext.FromPrincipal(User)!;
        if (staff.AgencyId is { } agency)
        {
            Report = await selfCheck.RunAsync(staff, agency, cancel);
        }
    }
}
