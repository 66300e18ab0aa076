using Gongkai.Application.Accounts;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Application.AnnualReports;

/// <summary>
/// Who may do what to a report, said once for pages, API and command line: the workflow's table
/// (status, action → role) and the rule that staff act only on their own agency's reports (they may
/// see those beneath it).
/// </summary>
public static class ReportAccess
{
    public static bool Can(StaffContext staff, AnnualReport report, ReportAction action) =>
        staff.AgencyId == report.AgencyId && ReportWorkflow.Table.Allows(report.Status, action, staff.Has);

    /// <summary>The actions to offer this user on this report now.</summary>
    public static IReadOnlyList<ReportAction> Available(StaffContext staff, AnnualReport report) =>
        staff.AgencyId == report.AgencyId ? ReportWorkflow.Available(report.Status, staff.Has).ToList() : [];

    /// <summary>新建 or 导入 a report of this agency.</summary>
    public static bool CanCreate(StaffContext staff, int agencyId) =>
        staff.AgencyId == agencyId && staff.Has(ReportWorkflow.CreatorRole);

    public static void RequireCreate(StaffContext staff, int agencyId)
    {
        if (!CanCreate(staff, agencyId))
        {
            throw Refusal([ReportWorkflow.CreatorRole]);
        }
    }

    /// <summary>
    /// Refuses (403) someone who may not take this action on this report in any state; whether the
    /// report's present state allows it is the workflow's answer (409), given when the report changes.
    /// </summary>
    public static void Require(StaffContext staff, AnnualReport report, ReportAction action)
    {
        var roles = ReportWorkflow.Table.Find(report.Status, action) is { } step ? new HashSet<Domain.Accounts.StaffRole> { step.Role } : ReportWorkflow.Table.RolesFor(action);
        if (staff.AgencyId != report.AgencyId || !roles.Any(staff.Has))
        {
            throw Refusal(roles);
        }
    }

    private static GongkaiException Refusal(IEnumerable<Domain.Accounts.StaffRole> roles) =>
        GongkaiException.Forbidden($"只有本机关的{string.Join("或", roles.Select(StaffRoles.Chinese))}可以进行此操作");
}
