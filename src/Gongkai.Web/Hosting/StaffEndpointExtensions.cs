using Gongkai.Application.Accounts;
using Gongkai.Application;
using Microsoft.AspNetCore.Antiforgery;

namespace Gongkai.Web.Hosting;

/// <summary>What every staff API call needs: who is calling, and a valid anti-forgery token on changes.</summary>
public static class StaffEndpointExtensions
{
    public static StaffContext Staff(this HttpContext http) =>
        StaffContext.FromPrincipal(http.User) ?? throw GongkaiException.Forbidden("请先登录");

    /// <summary>Cookie-authenticated changes carry the token in the X-CSRF-TOKEN header (GET /api/antiforgery gives it).</summary>
    public static async Task RequireAntiforgeryAsync(this HttpContext http)
    {
        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            throw GongkaiException.Forbidden("缺少或无效的防伪令牌（X-CSRF-TOKEN），请刷新页面后重试");
        }
    }

    /// <summary>The revision in If-Match ("3" or W/"3"); a change without it is refused, so nobody overwrites blindly.</summary>
    public static int RequireRevision(this HttpContext http)
    {
        var header = http.Request.Headers.IfMatch.ToString().Replace("W/", "", StringComparison.Ordinal).Trim('"', ' ');
        return int.TryParse(header, out var revision)
            ? revision
            : throw new GongkaiException(ProblemKind.PreconditionRequired, "缺少 If-Match 请求头：请带上报告的版本号（ETag），以免覆盖他人的修改");
    }

    public static string ETag(int revision) => $"\"{revision}\"";
}
