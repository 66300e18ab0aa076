using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;

namespace Gongkai.Web.Hosting;

/// <summary>
/// What every request passes through before the features see it: the real client address behind a
/// trusted proxy, HSTS, rate limits (after sign-in, so staff have their own budget) and no caching of
/// anything a signed-in user sees.
/// </summary>
public static class Traffic
{
    /// <summary>The rate-limit policy of upload endpoints (<c>[EnableRateLimiting(Traffic.UploadPolicy)]</c>).</summary>
    public const string UploadPolicy = "uploads";

    public static void AddGongkaiTraffic(this IServiceCollection services, IConfiguration configuration)
    {
        // Off by default: X-Forwarded-For is believed only from the proxies listed (docs/operations.md).
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in configuration.GetSection("Gongkai:Proxy:Trusted").Get<string[]>() ?? [])
            {
                if (proxy.Contains('/', StringComparison.Ordinal))
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                }
                else
                {
                    o.KnownProxies.Add(IPAddress.Parse(proxy));
                }
            }
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddRateLimiter(limiter =>
        {
            var anonymous = configuration.GetValue("Gongkai:RateLimit:PublicPermitsPerMinute", 600);
            var staff = configuration.GetValue("Gongkai:RateLimit:StaffPermitsPerMinute", 3000);
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Signed-in staff count against their own budget, never against the address they share with visitors.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                http.User.Identity is { IsAuthenticated: true, Name: { } name }
                    ? RateLimitPartition.GetFixedWindowLimiter("staff:" + name, _ => Window(staff))
                    : RateLimitPartition.GetFixedWindowLimiter("address:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => Window(anonymous)));
            // Uploads (年报体检) cost bandwidth, disk and a reading each: per address a few a minute, and a few at once in all.
            limiter.AddPolicy(UploadPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                "upload:" + (http.User.Identity?.Name ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = configuration.GetValue("Gongkai:RateLimit:UploadsPerMinute", 20),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = (ctx, cancel) =>
            {
                var wait = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);
                ctx.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return new ValueTask(ProblemResponses.WriteAsync(ctx.HttpContext, StatusCodes.Status429TooManyRequests,
                    "请求过于频繁", $"请求过于频繁，请 {(int)Math.Ceiling(wait.TotalSeconds)} 秒后再试。", cancel));
            };
        });
    }

    /// <summary>Before everything: the client's address and scheme as the trusted proxy saw them.</summary>
    public static void UseGongkaiForwarding(this WebApplication app)
    {
        // With no proxy listed the middleware would believe every peer's X-Forwarded-For: it runs only when one is.
        if (app.Configuration.GetSection("Gongkai:Proxy:Trusted").Get<string[]>() is { Length: > 0 })
        {
            app.UseForwardedHeaders();
        }

        if (app.Environment.IsProduction())
        {
            app.UseHsts();
        }
    }

    /// <summary>After sign-in: the limits, and no-store on what staff see and on the API.</summary>
    public static void UseGongkaiLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        app.Use((http, next) =>
        {
            if (http.User.Identity?.IsAuthenticated == true || http.Request.Path.StartsWithSegments("/api"))
            {
                http.Response.OnStarting(() =>
                {
                    http.Response.Headers.CacheControl = "no-store";
                    return Task.CompletedTask;
                });
            }

            return next(http);
        });
    }

    private static FixedWindowRateLimiterOptions Window(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };
}
