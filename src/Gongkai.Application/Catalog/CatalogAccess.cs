using Gongkai.Application.Accounts;
using Gongkai.Domain.Accounts;
using Gongkai.Domain.Catalog;

namespace Gongkai.Application.Catalog;

/// <summary>
/// Who may do what to a catalog item, said once for pages and the command line: the review's table
/// (status, action → role) and the rule that staff act only on their own agency's items.
/// </summary>
public static class CatalogAccess
{
    public static IReadOnlyList<CatalogAction> Available(StaffContext staff, CatalogItem item) =>
        staff.AgencyId == item.AgencyId ? CatalogWorkflow.Available(item.Working.Status, staff.Has).ToList() : [];

    public static bool CanRegister(StaffContext staff, int agencyId) => staff.AgencyId == agencyId && staff.Has(CatalogWorkflow.CreatorRole);

    public static void RequireRegister(StaffContext staff, int agencyId)
    {
        if (!CanRegister(staff, agencyId))
        {
            throw Refusal([CatalogWorkflow.CreatorRole]);
        }
    }

    /// <summary>Refuses (403) someone who may never take this action on this item; whether its status allows it now is the workflow's answer (409).</summary>
    public static void Require(StaffContext staff, CatalogItem item, CatalogAction action)
    {
        var roles = CatalogWorkflow.Table.Find(item.Working.Status, action) is { } step ? new HashSet<StaffRole> { step.Role } : CatalogWorkflow.Table.RolesFor(action);
        if (staff.AgencyId != item.AgencyId || !roles.Any(staff.Has))
        {
            throw Refusal(roles);
        }
    }

    /// <summary>The agency's 公开办 (or the administrator) keeps its catalog settings and guide.</summary>
    public static void RequireSettings(StaffContext staff, int agencyId)
    {
        if (!staff.IsAdmin && !(staff.AgencyId == agencyId && staff.Has(StaffRole.Editor)))
        {
            throw GongkaiException.Forbidden("只有本机关的公开办工作人员或系统管理员可以修改目录设置");
        }
    }

    private static GongkaiException Refusal(IEnumerable<StaffRole> roles) =>
        GongkaiException.Forbidden($"只有本机关的{string.Join("或", roles.Select(StaffRoles.Chinese))}可以进行此操作");
}
