using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Gongkai.Application.Accounts;

/// <summary>
/// In production no demo accounts exist: the first administrator comes from configuration
/// (<c>Gongkai:Bootstrap:AdminUser</c> and <c>Gongkai:Bootstrap:AdminPassword</c>), and only while no administrator exists.
/// </summary>
public sealed class BootstrapAdmin(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IConfiguration configuration, ILogger<BootstrapAdmin> logger)
{
    public async Task EnsureAsync(CancellationToken cancel = default)
    {
        await EnsureRolesAsync(roles);
        if ((await users.GetUsersInRoleAsync(StaffRoles.Admin)).Count > 0)
        {
            return;
        }

        var name = configuration["Gongkai:Bootstrap:AdminUser"];
        var password = configuration["Gongkai:Bootstrap:AdminPassword"];
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(password))
        {
            logger.LogWarning("No administrator exists. Set Gongkai:Bootstrap:AdminUser and Gongkai:Bootstrap:AdminPassword to create one.");
            return;
        }

        var admin = new StaffUser { UserName = name, DisplayName = "系统管理员" };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("无法创建管理员：" + string.Join("；", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, StaffRoles.Admin);
        logger.LogInformation("Created administrator {User} from configuration", name);
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
