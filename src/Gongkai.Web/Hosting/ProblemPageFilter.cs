using Gongkai.Application;
using Gongkai.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Gongkai.Web.Hosting;

/// <summary>
/// On pages, a refusal that the page did not handle itself becomes the status page with the refusal's
/// message (a report that is not there: 404; not the user's: 403; bad input: 422; a conflict: 409),
/// never a server error and never JSON.
/// </summary>
public sealed class ProblemPageFilter : IAsyncPageFilter
{
    /// <summary>Where the status page finds the message (the re-executed request shares the HttpContext).</summary>
    public const string MessageKey = "gongkai.refusal";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is RefusedException problem)
        {
            var kind = GongkaiException.KindOf(problem);
            executed.ExceptionHandled = true;
            if (kind is not (ProblemKind.NotFound or ProblemKind.Forbidden))
            {
                context.HttpContext.Items[MessageKey] = problem.Message;
            }

            executed.Result = new StatusCodeResult(ProblemResponses.StatusOf(kind));
        }
    }
}
