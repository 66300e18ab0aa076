using Gongkai.Application;
using Gongkai.Application.DisclosureApplications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.DisclosureApplications.Applicant;

/// <summary>
/// The applicant follows the application with its tracking number and query code, nothing else: a wrong
/// number and a wrong code get the same answer, and the queries of an address are rate limited.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(DisclosureApplicationsWeb.StatusQueryPolicy)]
public sealed class StatusModel(ApplicationQueries queries) : PageModel
{
    [BindProperty] public string? TrackingNumber { get; set; }
    [BindProperty] public string? QueryCode { get; set; }

    public PublicStatus? Status { get; private set; }
    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        try
        {
            Status = await queries.PublicStatusAsync(TrackingNumber, QueryCode, cancel);
        }
        catch (GongkaiException problem) when (problem.Kind == ProblemKind.NotFound)
        {
            Message = "申请编号或查询码不正确，请核对后重试。";
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        // The code is never written back into the page.
        QueryCode = null;
        return Page();
    }
}
