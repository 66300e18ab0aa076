namespace Gongkai.Domain.Accounts;

/// <summary>
/// The roles of staff. Workflows name the role each step needs; the account store keeps them under
/// these names (<see cref="StaffRole.Admin"/> is stored as "Admin").
/// </summary>
public enum StaffRole
{
    /// <summary>系统管理员: manages agencies and users; reads the audit log.</summary>
    Admin,
    /// <summary>公开办工作人员: prepares and submits their own agency's work.</summary>
    Editor,
    /// <summary>审核人: approves and publishes their own agency's work; does the catalog's 保密审查.</summary>
    Reviewer,
    /// <summary>签发人: signs off (签发) their own agency's catalog items for publication, and repeals them.</summary>
    Signer,
}
