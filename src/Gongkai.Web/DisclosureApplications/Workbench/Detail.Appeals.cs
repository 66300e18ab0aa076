using Gongkai.Application;
using Gongkai.Domain;
using Gongkai.Domain.DisclosureApplications;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.DisclosureApplications.Workbench;

/// <summary>The fields of the appeal forms: filing (kind, body, date) and concluding (result, date).</summary>
public sealed class AppealForm
{
    public AppealKind? Kind { get; set; }
    public string? Body { get; set; }
    public DateOnly? FiledOn { get; set; }
    public AppealResult? Result { get; set; }
    public DateOnly? ConcludedOn { get; set; }
}

/// <summary>
/// The application page's forms for what the API alone offered: recording a 行政复议 or 行政诉讼 and its result,
/// and serving a letter by e-mail or recording that it was served another way (it is then kept as served). A refusal is shown beside the field it is about (the form keeps what was typed).
/// </summary>
public sealed partial class DetailModel
{
    public List<DisclosureAppeal> Appeals { get; private set; } = [];
    public AppealForm Posted { get; private set; } = new();

    /// <summary>Which form the <see cref="FieldErrors"/> belong to: "file", "conclude-{id}" or "send-{number}".</summary>
    public string? ErrorForm { get; private set; }
    public Dictionary<string, string> FieldErrors { get; private set; } = [];
    public bool MailConfigured => mail.Configured;

    public bool MayRecordAppeals => Staff.AgencyId == Application.AgencyId && (Staff.IsEditor || Staff.IsReviewer);

    /// <summary>Letters kept as served (by number).</summary>
    public List<int> Served { get; private set; } = [];

    public bool MayServeLetters => Staff.AgencyId == Application.AgencyId && Staff.IsEditor;

    public bool MaySendLetters => MayServeLetters && Application.Request.Way == DeliveryWay.Email && !string.IsNullOrWhiteSpace(Application.Applicant.Email);

    public Task<IActionResult> OnPostFileAppealAsync(int id, AppealForm form, CancellationToken cancel) => RunAsync(id, "file", form, async () =>
    {
        var errors = new Dictionary<string, string>();
        if (form.Kind is null) { errors["Kind"] = "请选择类别（行政复议、直接起诉或复议后起诉）"; }
        if (string.IsNullOrWhiteSpace(form.Body)) { errors["Body"] = "请填写复议机关或人民法院"; }
        if (form.FiledOn is null) { errors["FiledOn"] = "请填写提起日期"; }
        Check(errors);
        var appeal = await appeals.FileAsync(Staff, id, form.Kind!.Value, form.Body!, form.FiledOn!.Value, cancel);
        return $"已登记{DisclosureAppeal.KindName(appeal.Kind)}（{appeal.Body}）。";
    }, cancel);

    public Task<IActionResult> OnPostConcludeAppealAsync(int id, int appealId, AppealForm form, CancellationToken cancel) => RunAsync(id, $"conclude-{appealId}", form, async () =>
    {
        var errors = new Dictionary<string, string>();
        if (form.Result is null or AppealResult.Pending) { errors["Result"] = "请选择审结结果（维持、纠正或其他）"; }
        if (form.ConcludedOn is null) { errors["ConcludedOn"] = "请填写审结日期"; }
        Check(errors);
        var appeal = await appeals.ConcludeAsync(Staff, id, appealId, form.Result!.Value, form.ConcludedOn!.Value, cancel);
        return $"已登记{DisclosureAppeal.KindName(appeal.Kind)}审结：{DisclosureAppeal.ResultName(appeal.Result)}。";
    }, cancel);

    public Task<IActionResult> OnPostSendLetterAsync(int id, int number, CancellationToken cancel) => RunAsync(id, $"send-{number}", new AppealForm(), async () =>
    {
        var sent = await letters.SendAsync(Staff, id, number, cancel);
        return $"已{sent.Summary}。";
    }, cancel);

    public Task<IActionResult> OnPostServeLetterAsync(int id, int number, DeliveryWay? way, CancellationToken cancel) => RunAsync(id, $"send-{number}", new AppealForm(), async () =>
    {
        if (way is not { } chosen)
        {
            throw new FieldRefusal(new() { [""] = "请选择送达方式" });
        }

        var served = await letters.ServeAsync(Staff, id, number, chosen, cancel);
        return $"已记录：{served.Summary}。";
    }, cancel);

    private async Task<IActionResult> RunAsync(int id, string formName, AppealForm form, Func<Task<string>> change, CancellationToken cancel)
    {
        try
        {
            return RedirectToPage(new { id, done = await change() });
        }
        catch (RefusedException problem) when (GongkaiException.KindOf(problem) != ProblemKind.NotFound)
        {
            await LoadAsync(await queries.LoadAsync(Staff, id, cancel), cancel);
            (ErrorForm, Posted) = (formName, form);
            FieldErrors = problem is FieldRefusal fields ? fields.Errors : new() { [FieldOf(problem.Message)] = problem.Message };
            Response.StatusCode = ProblemResponses.StatusOf(GongkaiException.KindOf(problem));
            return Page();
        }
    }

    /// <summary>The field a use case's refusal is about, by the words it starts with; "" for the form as a whole.</summary>
    private static string FieldOf(string message) => message switch
    {
        _ when message.StartsWith("提起日期", StringComparison.Ordinal) => "FiledOn",
        _ when message.StartsWith("审结日期", StringComparison.Ordinal) => "ConcludedOn",
        _ when message.StartsWith("审结结果", StringComparison.Ordinal) => "ConcludedOn",
        _ when message.Contains("复议机关或人民法院", StringComparison.Ordinal) => "Body",
        _ => "",
    };

    private static void Check(Dictionary<string, string> errors)
    {
        if (errors.Count > 0)
        {
            throw new FieldRefusal(errors);
        }
    }

    /// <summary>Fields missing from a form, each with its message.</summary>
    private sealed class FieldRefusal(Dictionary<string, string> errors) : RefusedException(string.Join("；", errors.Values))
    {
        public Dictionary<string, string> Errors { get; } = errors;
    }
}
