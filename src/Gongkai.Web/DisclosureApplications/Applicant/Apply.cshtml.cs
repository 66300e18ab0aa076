using Gongkai.Application;
using Gongkai.Application.Agencies;
using Gongkai.Application.DisclosureApplications.Intake;
using Gongkai.Domain.Agencies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.DisclosureApplications.Applicant;

/// <summary>
/// 政府信息公开申请 online, without an account: the form (server-rendered, no script needed), then the receipt
/// with the tracking number and the private query code. The form carries its own idempotency key, so a double
/// click or a resent request gives back the same receipt; a refused form keeps what was typed.
/// </summary>
[AllowAnonymous]
[RequestFormLimits(MultipartBodyLengthLimit = 4 * AttachmentRules.MaxBytes)]
[RequestSizeLimit(4 * AttachmentRules.MaxBytes)]
public sealed class ApplyModel(ApplicationIntake intake, AgencyDirectory agencies) : PageModel
{
    [BindProperty] public IntakeForm Form { get; set; } = new();
    [BindProperty] public int AgencyId { get; set; }
    [BindProperty] public string IdempotencyKey { get; set; } = "";

    public IReadOnlyList<Agency> Agencies { get; private set; } = [];
    public IntakeReceipt? Receipt { get; private set; }
    public Dictionary<string, string> Errors { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task OnGetAsync(int? agency, CancellationToken cancel)
    {
        Agencies = await agencies.AllAsync(cancel);
        AgencyId = agency ?? Agencies.FirstOrDefault(a => a.Kind == AgencyKind.Department)?.Id ?? 0;
        IdempotencyKey = DisclosureApplicationsWeb.NewKey();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        Agencies = await agencies.AllAsync(cancel);
        try
        {
            var files = await DisclosureApplicationsWeb.ReadAttachmentsAsync(Request.Form.Files, cancel);
            Receipt = await intake.SubmitAsync(AgencyId, Form, files, IdempotencyKey, cancel);
            return Page();
        }
        catch (GongkaiException problem) when (problem.Kind is ProblemKind.Invalid or ProblemKind.NotFound)
        {
            Message = problem.Message;
            Errors = DisclosureApplicationsWeb.Errors(problem.Details);
            if (Errors.ContainsKey("idempotencyKey"))
            {
                // The key belonged to another submission: this form starts afresh.
                IdempotencyKey = DisclosureApplicationsWeb.NewKey();
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }
}
