using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.WebEncoders;

namespace Gongkai.Web.Hosting;

public static class WebServices
{
    public static void AddGongkaiLogging(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue("Gongkai:Log:Json", false))
        {
            // One JSON object per line, with the message template's fields, for the log collector.
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }
    }

    /// <summary>Cookie sign-in for staff, with the agency in a claim so that every request knows its scope.</summary>
    public static IdentityBuilder AddGongkaiSignIn(this IdentityBuilder identity)
    {
        identity.AddSignInManager().AddClaimsPrincipalFactory<StaffClaimsFactory>().AddDefaultTokenProviders();
        identity.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        identity.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/login";
            cookie.LogoutPath = "/logout";
            cookie.AccessDeniedPath = "/denied";
            cookie.Cookie.Name = "gongkai.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            // An API answers 401/403; only pages redirect to the login form.
            cookie.Events.OnRedirectToLogin = ctx => ApiOrRedirect(ctx, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx, StatusCodes.Status403Forbidden);
        });
        return identity;
    }

    public static void AddGongkaiWeb(this IServiceCollection services, IConfiguration configuration)
    {
        // Without this Razor writes every Chinese character as a numeric entity.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        Policies.Add(services.AddAuthorizationBuilder());
        // Pages live in their feature's folder (AnnualReports/, Reading/, Accounts/), each declaring its route and policy.
        services.AddRazorPages(options => options.RootDirectory = "/")
            .AddMvcOptions(mvc => mvc.Filters.Add<ProblemPageFilter>());
        services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
        services.AddProblemDetails();
        services.AddRateLimiter(limiter =>
        {
            var perMinute = configuration.GetValue("Gongkai:RateLimit:PublicPermitsPerMinute", 600);
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Anonymous visitors are limited per address; signed-in staff are not.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                http.User.Identity?.IsAuthenticated == true
                    ? RateLimitPartition.GetNoLimiter("staff")
                    : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = (ctx, cancel) => new ValueTask(ProblemResponses.WriteAsync(ctx.HttpContext, StatusCodes.Status429TooManyRequests,
                "请求过于频繁", "请求过于频繁，请稍后再试。", cancel));
        });
    }

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
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
