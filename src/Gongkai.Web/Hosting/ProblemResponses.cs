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

    /// <summary>Refusals thrown by the use cases become problem details; anything else is a 500 without internals.</summary>
    public static void UseGongkaiErrors(this WebApplication app)
    {
        app.UseExceptionHandler(errors => errors.Run(async http =>
        {
            var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
            var details = error is RefusedException problem
                ? ToDetails(problem)
                : new ProblemDetails { Status = 500, Title = "服务器内部错误", Detail = "服务器处理请求时出错，已记录日志。请稍后再试或联系管理员。" };
            http.Response.StatusCode = details.Status ?? 500;
            await http.Response.WriteAsJsonAsync(details, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", http.RequestAborted);
        }));
        // Empty error responses of pages get a Chinese page; the API always writes problem details itself.
        app.UseStatusCodePagesWithReExecute("/status/{0}");
    }
}
