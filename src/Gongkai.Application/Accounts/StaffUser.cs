using Gongkai.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Application.Accounts;

/// <summary>A member of staff of an agency (机关工作人员), or the system administrator.</summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>The agency the user works for; they see it and the agencies beneath it.</summary>
    public int? AgencyId { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>停用: when set, the user cannot sign in and every session of theirs has ended.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}

/// <summary>
/// The names the account store keeps the roles under (<see cref="StaffRole"/>'s names), and their
/// Chinese for the UI.
/// </summary>
public static class StaffRoles
{
    public const string Admin = nameof(StaffRole.Admin);
    public const string Editor = nameof(StaffRole.Editor);
    public const string Reviewer = nameof(StaffRole.Reviewer);
    public const string Signer = nameof(StaffRole.Signer);

    public static readonly IReadOnlyList<string> All = [Admin, Editor, Reviewer, Signer];

    public static string Name(StaffRole role) => role switch
    {
        StaffRole.Admin => Admin,
        StaffRole.Editor => Editor,
        StaffRole.Reviewer => Reviewer,
        _ => Signer,
    };

    public static string Chinese(StaffRole role) => Chinese(Name(role));

    public static string Chinese(string role) => role switch
    {
        Admin => "系统管理员",
        Editor => "公开办工作人员",
        Reviewer => "审核人",
        Signer => "签发人",
        _ => role,
    };
}
