using Gongkai.Application;
using Gongkai.Application.Accounts;
using Gongkai.Application.DisclosureApplications.Intake;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.DisclosureApplications.Workbench;

/// <summary>
/// 登记: an application received in person, by post, ordinary letter, fax, e-mail or another online channel,
/// with the dates its channel's receipt rule needs (条例第三十一条). The receipt (tracking number, query code)
/// is shown once, for the 登记回执.
/// </summary>
[Authorize(Policy = Policies.Staff)]
[RequestFormLimits(MultipartBodyLengthLimit = 4 * AttachmentRules.MaxBytes)]
[RequestSizeLimit(4 * AttachmentRules.MaxBytes)]
public sealed class RegisterModel(ApplicationIntake intake) : PageModel
{
    [BindProperty] public IntakeForm Form { get; set; } = new();
    [BindProperty] public string IdempotencyKey { get; set; } = "";

    public IntakeReceipt? Receipt { get; private set; }
    public Dictionary<string, string> Errors { get; private set; } = [];
    public string? Message { get; private set; }

    private StaffContext Staff => StaffContext.FromPrincipal(User)!;

    public void OnGet() => IdempotencyKey = DisclosureApplicationsWeb.NewKey();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        try
        {
            var files = await DisclosureApplicationsWeb.ReadAttachmentsAsync(Request.Form.Files, cancel);
            Receipt = await intake.RegisterAsync(Staff, Staff.AgencyId ?? 0, Form, files, IdempotencyKey, cancel);
        }
        catch (GongkaiException problem) when (problem.Kind is ProblemKind.Invalid or ProblemKind.Forbidden)
        {
            Message = problem.Message;
            Errors = DisclosureApplicationsWeb.Errors(problem.Details);
            IdempotencyKey = Errors.ContainsKey("idempotencyKey") ? DisclosureApplicationsWeb.NewKey() : IdempotencyKey;
            Response.StatusCode = problem.Kind == ProblemKind.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }
}
