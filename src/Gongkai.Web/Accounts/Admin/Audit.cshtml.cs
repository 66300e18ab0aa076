using Gongkai.Application.Accounts;
using Gongkai.Application.Audit;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;
using Gongkai.Web.Hosting;

namespace Gongkai.Web.Accounts.Admin;

[Authorize(Policy = Policies.Admin)]
public sealed class AuditModel(StaffAdministration administration) : PageModel
{
    public List<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancel) =>
        Entries = await administration.AuditAsync(StaffContext.FromPrincipal(User)!, 500, cancel);
}
