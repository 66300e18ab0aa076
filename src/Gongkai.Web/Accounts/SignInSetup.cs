using Gongkai.Application.Accounts;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Accounts;

public static class SignInSetup
{
    /// <summary>
    /// Cookie sign-in for staff: the cookie holds a server-side session's key (<see cref="UserSessions"/>);
    /// the account's security stamp is checked on every request, so a role change, a disabled account or a
    /// new password takes effect on the next request; 登出 deletes the session.
    /// </summary>
    public static IdentityBuilder AddGongkaiSignIn(this IdentityBuilder identity, IHostEnvironment environment)
    {
        identity.AddSignInManager().AddClaimsPrincipalFactory<StaffClaimsFactory>().AddDefaultTokenProviders();
        var services = identity.Services;
        services.AddSingleton<SignInThrottle>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IServiceProvider>((cookie, provider) => UserSessions.Use(cookie, provider));
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/login";
            cookie.LogoutPath = "/logout";
            cookie.AccessDeniedPath = "/denied";
            cookie.Cookie.Name = "gongkai.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            // Production is served over HTTPS (directly or behind a trusted proxy): the cookie never travels in clear.
            cookie.Cookie.SecurePolicy = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            // An API answers 401/403; only pages redirect to the login form.
            cookie.Events.OnRedirectToLogin = ctx => ApiOrRedirect(ctx, StatusCodes.Status401Unauthorized);
            // Identity checks the stamp only once ValidationInterval has elapsed since the ticket was issued (so
            // never twice in one clock tick); forgetting when it was issued makes the check happen on every request.
            cookie.Events.OnValidatePrincipal = ctx =>
            {
                ctx.Properties.IssuedUtc = null;
                return SecurityStampValidator.ValidatePrincipalAsync(ctx);
            };
            cookie.Events.OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx, StatusCodes.Status403Forbidden);
        });
        return identity;
    }

    private static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            return ProblemResponses.WriteAsync(ctx.HttpContext, status,
                status == 401 ? "未登录" : "无权访问", status == 401 ? "请先登录。" : "您没有进行此操作的权限。", ctx.HttpContext.RequestAborted);
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
