using Gongkai.Application.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Application.Accounts;

public static class AccountsServices
{
    /// <summary>Staff accounts (ASP.NET Core Identity on the platform's database) and their administration.</summary>
    public static IdentityBuilder AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<BootstrapAdmin>();
        services.AddScoped<StaffAdministration>();
        services.AddScoped<OwnPassword>();
        services.AddSingleton<UserSessions>();
        return services.AddIdentityCore<StaffUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                // Per account a long window (20 failures lock it for 15 minutes); per address the web host
                // refuses after 10 failures in 15 minutes, so one visitor cannot keep an account locked (docs/operations.md).
                options.Lockout.MaxFailedAccessAttempts = 20;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GongkaiDbContext>();
    }
}
