using Microsoft.AspNetCore.Identity;

namespace Gongkai.Application.Accounts;

/// <summary>A member of staff of an agency (机关工作人员), or the system administrator.</summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>The agency the user works for; they see it and the agencies beneath it.</summary>
    public int? AgencyId { get; set; }

    public string DisplayName { get; set; } = "";
}

/// <summary>The three roles of the workbench. Identifiers are English; the UI shows the Chinese.</summary>
public static class StaffRoles
{
    /// <summary>系统管理员: manages agencies and users; reads the audit log.</summary>
    public const string Admin = "Admin";
    /// <summary>公开办工作人员: edits and submits their own agency's reports.</summary>
    public const string Editor = "Editor";
    /// <summary>审核人: approves and publishes their own agency's reports.</summary>
    public const string Reviewer = "Reviewer";

    public static readonly IReadOnlyList<string> All = [Admin, Editor, Reviewer];

    public static string Chinese(string role) => role switch
    {
        Admin => "系统管理员",
        Editor => "公开办工作人员",
        Reviewer => "审核人",
        _ => role,
    };
}
