using Gongkai.Application.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Gongkai.Web.Hosting;

/// <summary>
/// The authorization policies. Every endpoint and page declares one of them, or that it is public
/// (<c>AllowAnonymous</c>); a test enumerates every route and fails on one that declares neither.
/// What a member of staff may do to a particular record (their own agency, the workflow's role) is
/// then the use case's business.
/// </summary>
public static class Policies
{
    /// <summary>Signed-in staff of an agency (the administrator counts as staff).</summary>
    public const string Staff = "Staff";

    /// <summary>审核人: approves and publishes.</summary>
    public const string Reviewer = "Reviewer";

    /// <summary>系统管理员.</summary>
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Staff, Reviewer, Admin];

    public static void Add(AuthorizationBuilder authorization) => authorization
        .AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            c.User.HasClaim(claim => claim.Type == StaffContext.AgencyClaim) || c.User.IsInRole(StaffRoles.Admin)))
        .AddPolicy(Reviewer, p => p.RequireAuthenticatedUser().RequireRole(StaffRoles.Reviewer))
        .AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(StaffRoles.Admin))
        // A route that forgot to declare its policy is closed, not open.
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
}
