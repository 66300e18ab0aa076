using Gongkai.Application;
using Gongkai.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Gongkai.Web.Hosting;

/// <summary>On pages, a report that is not there (or not the user's to see) is a 404 page, a forbidden action a 403 page.</summary>
public sealed class ProblemPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is RefusedException problem && GongkaiException.KindOf(problem) is ProblemKind.NotFound or ProblemKind.Forbidden)
        {
            executed.ExceptionHandled = true;
            executed.Result = GongkaiException.KindOf(problem) == ProblemKind.NotFound ? new NotFoundResult() : new StatusCodeResult(StatusCodes.Status403Forbidden);
        }
    }
}
