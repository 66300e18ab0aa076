using System.Security.Claims;
using Gongkai.Domain.Accounts;

namespace Gongkai.Application.Accounts;

/// <summary>Who is acting: the user, their agency and roles. Every use case takes one.</summary>
public sealed record StaffContext(string UserName, int? AgencyId, IReadOnlySet<string> Roles)
{
    public const string AgencyClaim = "gongkai:agency";

    public bool IsAdmin => Roles.Contains(StaffRoles.Admin);

    /// <summary>For the workflow tables: <c>ReportWorkflow.Available(status, staff.Has)</c>.</summary>
    public bool Has(StaffRole role) => Roles.Contains(StaffRoles.Name(role));
    public bool IsEditor => Roles.Contains(StaffRoles.Editor);
    public bool IsReviewer => Roles.Contains(StaffRoles.Reviewer);

    /// <summary>The command line acts as the system itself, with an administrator's reach.</summary>
    public static StaffContext System(string name = "命令行") => new(name, null, new HashSet<string> { StaffRoles.Admin });

    public static StaffContext? FromPrincipal(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.Identity.Name is not { } name)
        {
            return null;
        }

        int? agency = int.TryParse(principal.FindFirstValue(AgencyClaim), out var id) ? id : null;
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        return new StaffContext(name, agency, roles);
    }
}
