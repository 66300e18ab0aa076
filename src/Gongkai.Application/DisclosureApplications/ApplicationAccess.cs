using Gongkai.Application.Accounts;
using Gongkai.Domain.Accounts;
using Gongkai.Domain.DisclosureApplications;

namespace Gongkai.Application.DisclosureApplications;

/// <summary>
/// Who may open an application and take which step, said once for pages, API and command line. Only the
/// receiving agency's staff may open it, and the staff of the department it was 转办 to while they hold it
/// (nobody else learns it exists: 404). A step needs the role the workflow's table names (403); the office's
/// steps are the receiving agency's, the handler's (退回, 提交审核 while 承办中) the handling agency's.
/// </summary>
public static class ApplicationAccess
{
    public static bool CanOpen(StaffContext staff, DisclosureApplication application) =>
        staff.AgencyId is { } agency && (agency == application.AgencyId || agency == application.HandlingAgencyId);

    /// <summary>Steps the handler takes while holding the application.</summary>
    public static bool IsHandlersStep(ApplicationState state, ApplicationAction action) =>
        state == ApplicationState.Assigned && action is ApplicationAction.SendBack or ApplicationAction.SubmitDraft;

    public static bool Can(StaffContext staff, DisclosureApplication application, ApplicationAction action) =>
        InRightAgency(staff, application, action) && ApplicationWorkflow.Table.Allows(application.State, action, staff.Has);

    /// <summary>What to offer this user on this application now.</summary>
    public static IReadOnlyList<ApplicationAction> Available(StaffContext staff, DisclosureApplication application) =>
        ApplicationWorkflow.Table.Available(application.State, staff.Has).Where(a => InRightAgency(staff, application, a)).ToList();

    /// <summary>
    /// Refuses (403) someone who may never take this step here; whether the present state allows it is the
    /// workflow's answer (409), given when the application changes.
    /// </summary>
    public static void Require(StaffContext staff, DisclosureApplication application, ApplicationAction action)
    {
        var roles = ApplicationWorkflow.Table.Find(application.State, action) is { } step
            ? new HashSet<StaffRole> { step.Role }
            : ApplicationWorkflow.Table.RolesFor(action);
        if (!roles.Any(staff.Has))
        {
            throw GongkaiException.Forbidden($"“{ApplicationWorkflow.ActionName(action)}”只能由{string.Join("或", roles.Select(StaffRoles.Chinese))}进行");
        }

        if (!InRightAgency(staff, application, action))
        {
            throw GongkaiException.Forbidden(IsHandlersStep(application.State, action)
                ? "申请已转办，此操作由承办机关的工作人员进行"
                : "此操作由受理机关的公开办进行");
        }
    }

    private static bool InRightAgency(StaffContext staff, DisclosureApplication application, ApplicationAction action) =>
        IsHandlersStep(application.State, action)
            ? staff.AgencyId == application.HandlingAgencyId || staff.UserName == application.HandlerUserName
            : staff.AgencyId == application.AgencyId;
}
