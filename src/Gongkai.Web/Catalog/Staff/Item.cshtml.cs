using Gongkai.Application;
using Gongkai.Application.Accounts;
using Gongkai.Application.Catalog;
using Gongkai.Application.Catalog.Review;
using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Catalog;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Catalog.Staff;

/// <summary>
/// One item at work: its content (a form while it is a draft), attachments, the scan's findings to acknowledge
/// one by one, and the steps the user's role may take now (提交, 审查, 签发, 更正, 废止, 复查).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ItemModel(CatalogQueries queries, CatalogCommands commands, CatalogSettingsStore settings, InterpretationRule interpretations, TimeProvider clock) : PageModel
{
    public StaffContext Staff => StaffContext.FromPrincipal(User)!;
    public CatalogItem Item { get; private set; } = null!;
    public IReadOnlyList<CatalogAction> Actions { get; private set; } = [];
    public ContentFieldsView? Fields { get; private set; }
    public string? Message { get; private set; }
    public string? Notice { get; private set; }
    /// <summary>The 三同步 warning the signer must confirm past before 签发, if any.</summary>
    public string? InterpretationWarning { get; private set; }
    public DateOnly Today => ShanghaiTime.Today(clock);

    [BindProperty]
    public ContentForm Form { get; set; } = new();

    public bool Can(CatalogAction action) => Actions.Contains(action);

    public async Task OnGetAsync(int id, CancellationToken cancel)
    {
        Notice = TempData["catalog.message"] as string;
        await LoadAsync(id, cancel);
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, int revision, CancellationToken cancel)
    {
        try
        {
            var outcome = await commands.EditAsync(Staff, id, revision, Form.ToContent(), cancel);
            return Done(id, "已保存。", outcome);
        }
        catch (RefusedException refused) when (GongkaiException.KindOf(refused) == ProblemKind.Invalid)
        {
            await LoadAsync(id, cancel, keepForm: true);
            Message = refused.Message;
            Fields = Fields! with { Problems = GongkaiException.DetailsOf(refused) };
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }

    public Task<IActionResult> OnPostSubmitAsync(int id, int revision, CancellationToken cancel) =>
        StepAsync(id, () => commands.SubmitAsync(Staff, id, revision, cancel), "已提交保密审查。", cancel);

    public Task<IActionResult> OnPostAcknowledgeAsync(int id, int revision, long finding, CancellationToken cancel) =>
        StepAsync(id, () => commands.AcknowledgeAsync(Staff, id, revision, finding, cancel), "已确认该项扫描发现。", cancel);

    public Task<IActionResult> OnPostPassAsync(int id, int revision, string? opinion, CancellationToken cancel) =>
        StepAsync(id, () => commands.PassAsync(Staff, id, revision, opinion, cancel), "保密审查通过，待签发。", cancel);

    public Task<IActionResult> OnPostReturnAsync(int id, int revision, string? opinion, CancellationToken cancel) =>
        StepAsync(id, () => commands.ReturnAsync(Staff, id, revision, opinion ?? "", cancel), "已退回修改。", cancel);

    public Task<IActionResult> OnPostSignOffAsync(int id, int revision, string? opinion, bool confirmWithoutInterpretation, CancellationToken cancel) =>
        StepAsync(id, () => commands.SignOffAsync(Staff, id, revision, opinion, confirmWithoutInterpretation, cancel), "已签发。", cancel);

    public Task<IActionResult> OnPostRejectAsync(int id, int revision, string? opinion, CancellationToken cancel) =>
        StepAsync(id, () => commands.RejectAsync(Staff, id, revision, opinion ?? "", cancel), "不予签发，已退回修改。", cancel);

    public Task<IActionResult> OnPostCorrectAsync(int id, int revision, CancellationToken cancel) =>
        StepAsync(id, () => commands.CorrectAsync(Staff, id, revision, cancel), "已创建更正版本（草稿）；原版本在更正签发前继续公开。", cancel);

    public Task<IActionResult> OnPostRepealAsync(int id, int revision, DateOnly? on, bool withdraw, string? reason, CancellationToken cancel) =>
        StepAsync(id, () => commands.RepealAsync(Staff, id, revision, on ?? Today, withdraw, reason, cancel), withdraw ? "已废止并撤下。" : "已废止。", cancel);

    public Task<IActionResult> OnPostReReviewAsync(int id, int revision, DateOnly? next, string? opinion, CancellationToken cancel) =>
        StepAsync(id, () => commands.ReReviewAsync(Staff, id, revision, next ?? Today.AddMonths(CatalogItemVersion.ReReviewMonths), opinion ?? "", cancel), "已记录定期复查。", cancel);

    public async Task<IActionResult> OnPostAttachAsync(int id, int revision, IFormFile? file, CancellationToken cancel)
    {
        if (file is null)
        {
            return await FailAsync(id, "请选择要上传的附件", cancel);
        }

        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, cancel);
        }

        return await StepAsync(id, () => commands.AttachAsync(Staff, id, revision, file.FileName, buffer.ToArray(), cancel), "附件已上传。", cancel);
    }

    public Task<IActionResult> OnPostDetachAsync(int id, int revision, long attachment, CancellationToken cancel) =>
        StepAsync(id, () => commands.DetachAsync(Staff, id, revision, attachment, cancel), "附件已删除。", cancel);

    private async Task<IActionResult> StepAsync(int id, Func<Task<CatalogOutcome>> step, string done, CancellationToken cancel)
    {
        try
        {
            return Done(id, done, await step());
        }
        catch (RefusedException refused) when (GongkaiException.KindOf(refused) is ProblemKind.Invalid or ProblemKind.Conflict)
        {
            return await FailAsync(id, refused.Message, cancel, GongkaiException.KindOf(refused));
        }
    }

    private async Task<IActionResult> FailAsync(int id, string message, CancellationToken cancel, ProblemKind kind = ProblemKind.Invalid)
    {
        await LoadAsync(id, cancel);
        Message = message;
        Response.StatusCode = ProblemResponses.StatusOf(kind);
        return Page();
    }

    private RedirectResult Done(int id, string message, CatalogOutcome outcome)
    {
        TempData["catalog.message"] = string.Join("；", [message, .. outcome.Warnings]);
        return Redirect($"/catalog/staff/items/{id}");
    }

    private async Task LoadAsync(int id, CancellationToken cancel, bool keepForm = false)
    {
        Item = await queries.GetAsync(Staff, id, cancel);
        Actions = CatalogAccess.Available(Staff, Item);
        if (Can(CatalogAction.SignOff))
        {
            InterpretationWarning = await interpretations.WarningAsync(Item, cancel);
        }
        if (Can(CatalogAction.Edit))
        {
            Fields = new ContentFieldsView(keepForm ? Form : ContentForm.From(Item.Working.Content), await settings.GetAsync(Item.AgencyId, cancel), []);
        }
    }
}
