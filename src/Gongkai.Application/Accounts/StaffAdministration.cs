using Gongkai.Application.Agencies;
using Gongkai.Application.Audit;
using Gongkai.Application.Data;
using Gongkai.Domain.Agencies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Accounts;

/// <summary>A user as the administrator sees it.</summary>
public sealed record StaffListItem(string Id, string UserName, string DisplayName, int? AgencyId, IReadOnlyList<string> Roles, bool LockedOut, bool Disabled);

/// <summary>The administrator's work: agencies, users and their roles. Every change is audited.</summary>
public sealed class StaffAdministration(GongkaiDbContext db, UserManager<StaffUser> users, AgencyDirectory agencies, AuditLog audit, TimeProvider clock)
{
    public async Task<Agency> CreateAgencyAsync(StaffContext admin, string name, AgencyKind kind, int? parentId, CancellationToken cancel = default)
    {
        RequireAdmin(admin);
        if (parentId is { } parent && !await db.Agencies.AnyAsync(a => a.Id == parent, cancel))
        {
            throw GongkaiException.Invalid("上级机关不存在");
        }

        if (await db.Agencies.AnyAsync(a => a.Name == name.Trim(), cancel))
        {
            throw GongkaiException.Conflict($"已有名为“{name.Trim()}”的机关");
        }

        Agency agency;
        try
        {
            agency = new Agency(name, kind, parentId);
        }
        catch (ArgumentException ex)
        {
            throw GongkaiException.Invalid(ex.Message.Split(" (Parameter")[0]);
        }

        db.Agencies.Add(agency);
        audit.Record(admin.UserName, "agency.created", $"agency:{name.Trim()}", $"新增机关“{agency.Name}”（{Agency.KindName(kind)}）");
        await db.SaveChangesAsync(cancel);
        agencies.Forget();
        return agency;
    }

    public async Task<List<StaffListItem>> ListUsersAsync(StaffContext admin, CancellationToken cancel = default)
    {
        RequireAdmin(admin);
        var all = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancel);
        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name!, cancel);
        var userRoles = await db.UserRoles.AsNoTracking().ToListAsync(cancel);
        var now = clock.GetUtcNow();
        return all.Select(u => new StaffListItem(u.Id, u.UserName!, u.DisplayName, u.AgencyId,
            userRoles.Where(r => r.UserId == u.Id).Select(r => roleNames[r.RoleId]).ToList(),
            u.LockoutEnd > now, u.DisabledAt is not null)).ToList();
    }

    public async Task CreateUserAsync(StaffContext admin, string userName, string displayName, string password, int agencyId, string role, CancellationToken cancel = default)
    {
        RequireAdmin(admin);
        RequireRole(role);
        if (!await db.Agencies.AnyAsync(a => a.Id == agencyId, cancel))
        {
            throw GongkaiException.Invalid("所属机关不存在");
        }

        var user = new StaffUser { UserName = userName.Trim(), DisplayName = displayName.Trim(), AgencyId = agencyId };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw GongkaiException.Invalid("无法创建用户：" + IdentityMessages.Join(created));
        }

        await users.AddToRoleAsync(user, role);
        audit.Record(admin.UserName, "user.created", $"user:{user.UserName}", $"新增用户 {user.UserName}（{StaffRoles.Chinese(role)}）");
        await db.SaveChangesAsync(cancel);
    }

    /// <summary>Replaces a user's role (one role per user keeps duties apart: who edits does not approve).</summary>
    public async Task SetRoleAsync(StaffContext admin, string userId, string role, CancellationToken cancel = default)
    {
        RequireAdmin(admin);
        RequireRole(role);
        var user = await users.FindByIdAsync(userId) ?? throw GongkaiException.NotFound("用户");
        if (user.UserName == admin.UserName && role != StaffRoles.Admin)
        {
            throw GongkaiException.Conflict("不能取消自己的系统管理员角色");
        }

        var before = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, before);
        await users.AddToRoleAsync(user, role);
        // A new stamp: every session of the user is checked again on its next request and gets the new role.
        await users.UpdateSecurityStampAsync(user);
        audit.Record(admin.UserName, "user.role", $"user:{user.UserName}",
            $"{user.UserName} 的角色由“{string.Join("、", before.Select(StaffRoles.Chinese))}”改为“{StaffRoles.Chinese(role)}”");
        await db.SaveChangesAsync(cancel);
    }

    /// <summary>停用: the user can no longer sign in, and every session of theirs ends now.</summary>
    public async Task DisableAsync(StaffContext admin, string userId, CancellationToken cancel = default)
    {
        var user = await UserForChangeAsync(admin, userId, "停用");
        user.DisabledAt = clock.GetUtcNow();
        await users.UpdateSecurityStampAsync(user);
        await UserSessions.EndAllAsync(db, user.Id, cancel);
        audit.Record(admin.UserName, "user.disabled", $"user:{user.UserName}", $"停用用户 {user.UserName}，其所有会话已结束");
        await db.SaveChangesAsync(cancel);
    }

    /// <summary>启用 a disabled user again.</summary>
    public async Task EnableAsync(StaffContext admin, string userId, CancellationToken cancel = default)
    {
        var user = await UserForChangeAsync(admin, userId, "启用");
        user.DisabledAt = null;
        await users.UpdateAsync(user);
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        audit.Record(admin.UserName, "user.enabled", $"user:{user.UserName}", $"启用用户 {user.UserName}");
        await db.SaveChangesAsync(cancel);
    }

    /// <summary>重置密码: the administrator sets a new password (never logged); the user's sessions end.</summary>
    public async Task ResetPasswordAsync(StaffContext admin, string userId, string password, CancellationToken cancel = default)
    {
        var user = await UserForChangeAsync(admin, userId, "重置密码");
        foreach (var validator in users.PasswordValidators)
        {
            var valid = await validator.ValidateAsync(users, user, password);
            if (!valid.Succeeded)
            {
                throw GongkaiException.Invalid("密码未重置：" + IdentityMessages.Join(valid));
            }
        }

        await users.RemovePasswordAsync(user);
        var set = await users.AddPasswordAsync(user, password);
        if (!set.Succeeded)
        {
            throw GongkaiException.Invalid("密码未重置：" + IdentityMessages.Join(set));
        }

        await users.UpdateSecurityStampAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await UserSessions.EndAllAsync(db, user.Id, cancel);
        audit.Record(admin.UserName, "user.password-reset", $"user:{user.UserName}", $"重置用户 {user.UserName} 的密码，其所有会话已结束");
        await db.SaveChangesAsync(cancel);
    }

    private async Task<StaffUser> UserForChangeAsync(StaffContext admin, string userId, string what)
    {
        RequireAdmin(admin);
        var user = await users.FindByIdAsync(userId) ?? throw GongkaiException.NotFound("用户");
        if (user.UserName == admin.UserName && what != "启用")
        {
            throw GongkaiException.Conflict($"不能{what}自己的账号");
        }

        return user;
    }

    /// <summary>The newest entries, of one subject (<c>report:12</c>: every change of that report) where given.</summary>
    public Task<List<AuditEntry>> AuditAsync(StaffContext admin, int take, string? subject = null, CancellationToken cancel = default)
    {
        RequireAdmin(admin);
        var entries = db.AuditEntries.AsNoTracking();
        if (subject is not null)
        {
            entries = entries.Where(e => e.Subject == subject);
        }

        return entries.OrderByDescending(e => e.Id).Take(take).ToListAsync(cancel);
    }

    private static void RequireAdmin(StaffContext staff)
    {
        if (!staff.IsAdmin)
        {
            throw GongkaiException.Forbidden("只有系统管理员可以管理机关、用户和角色");
        }
    }

    private static void RequireRole(string role)
    {
        if (!StaffRoles.All.Contains(role))
        {
            throw GongkaiException.Invalid($"没有“{role}”这个角色");
        }
    }
}
