using Gongkai.Application.Audit;
using Gongkai.Application.Data;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Application.Accounts;

/// <summary>
/// Every user changes their own password (an administrator only sets the first one). The change is
/// audited, never with the password. Identity renews the security stamp, so sessions elsewhere end at
/// their next stamp check.
/// </summary>
public sealed class OwnPassword(GongkaiDbContext db, UserManager<StaffUser> users, AuditLog audit)
{
    public async Task<StaffUser> ChangeAsync(StaffContext staff, string current, string next, string confirm, CancellationToken cancel = default)
    {
        if (string.IsNullOrEmpty(current) || string.IsNullOrEmpty(next))
        {
            throw GongkaiException.Invalid("请填写当前密码和新密码");
        }

        if (next != confirm)
        {
            throw GongkaiException.Invalid("两次输入的新密码不一致");
        }

        if (next == current)
        {
            throw GongkaiException.Invalid("新密码不能与当前密码相同");
        }

        var user = await users.FindByNameAsync(staff.UserName) ?? throw GongkaiException.NotFound("用户");
        var changed = await users.ChangePasswordAsync(user, current, next);
        if (!changed.Succeeded)
        {
            throw GongkaiException.Invalid("密码未修改：" + IdentityMessages.Join(changed));
        }

        audit.Record(staff.UserName, "user.password", $"user:{user.UserName}", $"{user.UserName} 修改了自己的密码");
        await db.SaveChangesAsync(cancel);
        return user;
    }
}
