using System.Globalization;
using System.Security.Claims;
using Gongkai.Application.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Hosting;

/// <summary>Puts the user's agency and display name into the sign-in cookie.</summary>
public sealed class StaffClaimsFactory(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.AgencyId is { } agency)
        {
            identity.AddClaim(new Claim(StaffContext.AgencyClaim, agency.ToString(CultureInfo.InvariantCulture)));
        }

        identity.AddClaim(new Claim("gongkai:display", user.DisplayName));
        return identity;
    }
}
