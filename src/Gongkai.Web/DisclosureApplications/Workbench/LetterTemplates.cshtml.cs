using Gongkai.Application;
using Gongkai.Application.Accounts;
using Gongkai.Application.DisclosureApplications.Letters.Templates;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.DisclosureApplications.Workbench;

/// <summary>
/// 文书模板: each kind of letter with the template in force at the user's agency, to download, edit in Word or
/// WPS and upload back (审核人 and administrators), or to restore to the default; the fields a template may use.
/// </summary>
[Authorize(Policy = Policies.Staff)]
[RequestFormLimits(MultipartBodyLengthLimit = LetterTemplates.MaxBytes + 64 * 1024)]
[RequestSizeLimit(LetterTemplates.MaxBytes + 64 * 1024)]
public sealed class LetterTemplatesModel(LetterTemplates templates) : PageModel
{
    public IReadOnlyList<TemplateInForce> Templates { get; private set; } = [];
    public bool MayEdit => Staff.IsReviewer || Staff.IsAdmin;

    /// <summary>The key the message is about, shown beside its form.</summary>
    public string? MessageKey { get; private set; }
    public string? Message { get; private set; }
    public string? Done { get; private set; }

    private StaffContext Staff => StaffContext.FromPrincipal(User)!;

    public async Task OnGetAsync(string? done, CancellationToken cancel)
    {
        Templates = await templates.ListAsync(Staff, cancel);
        Done = done;
    }

    public Task<IActionResult> OnPostUploadAsync(string key, IFormFile? file, CancellationToken cancel) => RunAsync(key, async () =>
    {
        var content = file is null ? [] : await Api.LetterTemplateApi.ReadBoundedAsync(file.OpenReadStream(), LetterTemplates.MaxBytes, cancel);
        var version = await templates.UploadAsync(Staff, key, file?.FileName ?? "", content, cancel);
        return $"《{LetterTemplateKeys.NameOf(key)}》已启用第{version}版模板。";
    }, cancel);

    public Task<IActionResult> OnPostRestoreAsync(string key, CancellationToken cancel) => RunAsync(key, async () =>
    {
        await templates.RestoreDefaultAsync(Staff, key, cancel);
        return $"《{LetterTemplateKeys.NameOf(key)}》已恢复默认模板。";
    }, cancel);

    private async Task<IActionResult> RunAsync(string key, Func<Task<string>> change, CancellationToken cancel)
    {
        try
        {
            return RedirectToPage(new { done = await change() });
        }
        catch (GongkaiException problem) when (problem.Kind is not ProblemKind.NotFound)
        {
            (MessageKey, Message) = (key, problem.Message);
            Response.StatusCode = ProblemResponses.StatusOf(problem.Kind);
            Templates = await templates.ListAsync(Staff, cancel);
            return Page();
        }
    }
}
