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

    /// <summary>One record's history (<c>report:12</c>), or null for everything.</summary>
    public string? Subject { get; private set; }

    public async Task OnGetAsync(string? subject, CancellationToken cancel)
    {
        Subject = string.IsNullOrWhiteSpace(subject) ? null : subject.Trim();
        Entries = await administration.AuditAsync(StaffContext.FromPrincipal(User)!, 500, Subject, cancel);
    }
}
