namespace Gongkai.Web.Hosting;

public static class NotFoundEndpoint
{
    /// <summary>
    /// Any address no route declares is 404 for everyone. Without it the closed-by-default fallback policy
    /// answered anonymous visitors with the sign-in page (a typo, /favicon.ico, a scanner's probe), and the
    /// browser's own fetch of that page replaced the form's anti-forgery cookie under a page being filled in.
    /// GET and HEAD only: a POST that no endpoint accepts (a wrong content type) keeps its 401/415.
    /// </summary>
    public static void MapNotFound(this IEndpointRouteBuilder app) =>
        app.MapMethods("{*path}", ["GET", "HEAD"], (HttpContext http) => http.Request.Path.StartsWithSegments("/api")
                ? ProblemResponses.WriteAsync(http, StatusCodes.Status404NotFound, "未找到", "没有这个接口地址。", http.RequestAborted)
                : WriteEmptyNotFound(http))
            .WithOrder(int.MaxValue).AllowAnonymous().DisableAntiforgery();

    /// <summary>Empty, so that the status page (re-executed) explains it in Chinese.</summary>
    private static Task WriteEmptyNotFound(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
