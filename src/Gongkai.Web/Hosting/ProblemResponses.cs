using Gongkai.Application;
using Gongkai.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Hosting;

/// <summary>RFC 7807 problem details with Chinese titles and messages, for every refusal of the API.</summary>
public static class ProblemResponses
{
    public static int StatusOf(ProblemKind kind) => kind switch
    {
        ProblemKind.NotFound => StatusCodes.Status404NotFound,
        ProblemKind.Forbidden => StatusCodes.Status403Forbidden,
        ProblemKind.Conflict => StatusCodes.Status409Conflict,
        ProblemKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        ProblemKind.PreconditionRequired => StatusCodes.Status428PreconditionRequired,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    public static string TitleOf(ProblemKind kind) => kind switch
    {
        ProblemKind.NotFound => "未找到",
        ProblemKind.Forbidden => "无权操作",
        ProblemKind.Conflict => "操作冲突",
        ProblemKind.Unavailable => "功能暂不可用",
        ProblemKind.PreconditionRequired => "缺少版本号",
        _ => "输入有误",
    };

    /// <summary>
    /// The one mapping of a refusal to an HTTP answer: a use case's refusal by its kind, a workflow step
    /// not allowed now 409, any other rule of the domain 422.
    /// </summary>
    public static ProblemDetails ToDetails(RefusedException problem)
    {
        var kind = GongkaiException.KindOf(problem);
        var details = new ProblemDetails
        {
            Status = StatusOf(kind),
            Title = TitleOf(kind),
            Detail = problem.Message,
            Type = $"https://gongkai.example/problems/{kind.ToString().ToLowerInvariant()}",
        };
        var problems = GongkaiException.DetailsOf(problem);
        if (problems.Count > 0)
        {
            details.Extensions["errors"] = problems.Select(d => new { path = d.Path, message = d.Message }).ToList();
        }

        return details;
    }

    public static async Task WriteAsync(HttpContext http, int status, string title, string detail, CancellationToken cancel)
    {
        http.Response.StatusCode = status;
        await http.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title, Detail = detail }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancel);
    }

    /// <summary>
    /// Refusals (expected: bad input, a conflict, no right) become problem details and ONE short log line
    /// without a stack trace, so that a flood of bad requests cannot flood the log. Anything unexpected is
    /// logged in full under a correlation id that the user is shown (problem details' <c>traceId</c>, or the
    /// error page), and nothing of the internals is.
    /// </summary>
    public static void UseGongkaiErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // One entry per error, ours, carrying the id the user is shown.
            SuppressDiagnosticsCallback = _ => true,
            ExceptionHandler = WriteUnexpectedAsync,
        });
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (RefusedException refusal) when (!http.Response.HasStarted)
            {
                var details = ToDetails(refusal);
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Gongkai.Refusals")
                    .LogInformation("{Method} {Path} refused {Status}: {Title}", http.Request.Method, http.Request.Path.Value, details.Status, details.Title);
                http.Response.Clear();
                http.Response.StatusCode = details.Status ?? 422;
                if (refusal is GongkaiException { RetryAfter: { } wait })
                {
                    // A refusal that will pass (a full queue) says when to come back.
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                await http.Response.WriteAsJsonAsync(details, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", http.RequestAborted);
            }
        });
        // Empty error responses of pages get a Chinese page; the API always writes problem details itself.
        app.UseStatusCodePagesWithReExecute("/status/{0}");
    }

    private static async Task WriteUnexpectedAsync(HttpContext http)
    {
        var id = http.TraceIdentifier;
        var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Gongkai.Errors")
            .LogError(error, "Unexpected error {TraceId} on {Method} {Path}", id, http.Request.Method, http.Request.Path.Value);
        var details = new ProblemDetails
        {
            Status = 500,
            Title = "服务器内部错误",
            Detail = $"服务器处理请求时出错，已记录日志（错误编号 {id}）。请稍后再试，或将错误编号告知管理员。",
            Extensions = { ["traceId"] = id },
        };
        http.Response.StatusCode = 500;
        if (WantsPage(http.Request))
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(
                $"<!DOCTYPE html><html lang=\"zh-Hans\"><meta charset=\"utf-8\"><title>服务器内部错误</title><h1>服务器内部错误</h1><p>{details.Detail}</p><p><a href=\"/\">返回首页</a></p></html>",
                http.RequestAborted);
            return;
        }

        await http.Response.WriteAsJsonAsync(details, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", http.RequestAborted);
    }

    private static bool WantsPage(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api") && request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal);
}
