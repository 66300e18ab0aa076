using Gongkai.Application;
using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.AnnualReports;
using Gongkai.Application.AnnualReports.FromRecords;
using Gongkai.Domain;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;
using Gongkai.Web.Hosting;

namespace Gongkai.Web.AnnualReports.Workbench;

/// <summary>
/// The workbench for one report: the three tables as grids, the text sections, the checks at their
/// cells, and the workflow buttons the status and the user's role allow.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ReportModel(ReportQueries queries, ReportCommands commands, AgencyDirectory agencies) : PageModel
{
    public AnnualReport Report { get; private set; } = null!;
    public Agency Agency { get; private set; } = null!;
    public ReportFigures Figures { get; private set; } = null!;
    public ReportNarrative Narrative { get; private set; } = new();
    public List<Finding> Findings { get; private set; } = [];
    public Dictionary<string, decimal?> Computed { get; private set; } = [];
    public Dictionary<string, string> Errors { get; private set; } = [];
    public Dictionary<string, string>? Typed { get; private set; }
    public string? Message { get; private set; }
    public string? Success { get; private set; }
    public bool HasNewerVersion { get; private set; }

    /// <summary>After “从办理记录填入”: the cells where the records differ from what was typed.</summary>
    public IReadOnlyList<(CellDef Cell, string Typed, string Recorded)>? RecordDifferences { get; private set; }

    public StaffContext Staff => StaffContext.FromPrincipal(User)!;
    public bool OwnAgency => Staff.AgencyId == Report.AgencyId;
    public bool CanEdit => ReportAccess.Can(Staff, Report, ReportAction.Edit);
    public bool CanSubmit => ReportAccess.Can(Staff, Report, ReportAction.Submit);
    public bool CanReview => ReportAccess.Can(Staff, Report, ReportAction.Publish);
    public bool CanReturn => ReportAccess.Can(Staff, Report, ReportAction.Return);
    public bool CanCorrect => ReportAccess.Can(Staff, Report, ReportAction.Correct) && !HasNewerVersion;
    public FindingsGrid Grid => new(Figures, Findings, inputs: true, editable: CanEdit, Typed, Computed, Errors);

    public async Task<IActionResult> OnGetAsync(int id, string? done, CancellationToken cancel)
    {
        await LoadAsync(id, cancel);
        Success = done;
        return Page();
    }

    /// <summary>The live check: the form as it stands, checked without saving; JSON for workbench.js.</summary>
    public async Task<IActionResult> OnPostCheckAsync(int id, CancellationToken cancel)
    {
        await LoadAsync(id, cancel);
        var form = FigureForm.Parse(Request.Form, Figures.Template, Report.Year, Agency.Name);
        var findings = await queries.CheckAsync(Report.AgencyId, form.Figures, FigureForm.ParseNarrative(Request.Form), cancel);
        return new JsonResult(new
        {
            findings,
            errors = form.Errors,
            computed = ComputedTotals.For(form.Figures).ToDictionary(p => p.Key, p => p.Value is { } v ? ReportChecker.Format(v) : null),
        });
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, int revision, CancellationToken cancel)
    {
        await LoadAsync(id, cancel);
        var form = FigureForm.Parse(Request.Form, Figures.Template, Report.Year, Agency.Name);
        var narrative = FigureForm.ParseNarrative(Request.Form);
        if (form.Errors.Count > 0)
        {
            return await RefusedAsync(form, narrative, $"有 {form.Errors.Count} 个单元格不是数字，未保存。请按单元格旁的提示修改。", cancel);
        }

        try
        {
            await commands.SaveAsync(Staff, id, revision, form.Figures, narrative, cancel);
        }
        catch (RefusedException problem)
        {
            foreach (var detail in GongkaiException.DetailsOf(problem))
            {
                form.Errors[detail.Path.StartsWith("$.", StringComparison.Ordinal) ? detail.Path[2..] : detail.Path] = detail.Message;
            }

            return await RefusedAsync(form, narrative, problem.Message, cancel);
        }

        return RedirectToPage(new { id, done = "已保存。" });
    }

    /// <summary>
    /// 从办理记录填入: the figures the records give replace what was typed in the form, cell by cell, and the cells
    /// that changed are listed with both values; nothing is saved until the user saves.
    /// </summary>
    public async Task<IActionResult> OnPostFillFromRecordsAsync(int id, [FromServices] ReportFromRecords records, CancellationToken cancel)
    {
        await LoadAsync(id, cancel);
        var form = FigureForm.Parse(Request.Form, Figures.Template, Report.Year, Agency.Name);
        var comparison = await records.CompareAsync(Report.AgencyId, form.Figures, cancel);
        Figures = comparison.Recorded;
        Narrative = FigureForm.ParseNarrative(Request.Form);
        RecordDifferences = comparison.Differences;
        Typed = new Dictionary<string, string>(form.Raw);
        foreach (var (cell, _, recorded) in comparison.Differences)
        {
            Typed[cell.Path] = recorded;
        }

        Findings = await queries.CheckAsync(Report.AgencyId, Figures, Narrative, cancel);
        Computed = ComputedTotals.For(Figures);
        Success = comparison.Differences.Count == 0
            ? "办理记录与所填数据一致。"
            : $"已按办理记录填入 {comparison.Differences.Count} 个单元格（尚未保存）：请核对下列差异，确认后保存。";
        return Page();
    }

    public Task<IActionResult> OnPostSubmitAsync(int id, int revision, CancellationToken cancel) =>
        ActAsync(id, () => commands.SubmitAsync(Staff, id, revision, cancel), "已提交审核。", cancel);

    public Task<IActionResult> OnPostReturnAsync(int id, int revision, string? reason, CancellationToken cancel) =>
        ActAsync(id, () => commands.ReturnAsync(Staff, id, revision, reason, cancel), "已退回修改。", cancel);

    public Task<IActionResult> OnPostPublishAsync(int id, int revision, string? reason, CancellationToken cancel) =>
        ActAsync(id, () => commands.PublishAsync(Staff, id, revision, reason, cancel), "已审核发布。", cancel);

    public Task<IActionResult> OnPostCorrectAsync(int id, CancellationToken cancel) =>
        ActAsync(id, () => commands.CorrectAsync(Staff, id, cancel), "已创建更正版本，请在新版本上修改。", cancel);

    private async Task<IActionResult> ActAsync(int id, Func<Task<AnnualReport>> action, string done, CancellationToken cancel)
    {
        try
        {
            var report = await action();
            return RedirectToPage(new { id = report.Id, done });
        }
        catch (RefusedException problem) when (GongkaiException.KindOf(problem) != ProblemKind.NotFound)
        {
            await LoadAsync(id, cancel);
            Message = problem.Message;
            return Page();
        }
    }

    private async Task<IActionResult> RefusedAsync(FigureForm form, ReportNarrative narrative, string message, CancellationToken cancel)
    {
        Figures = form.Figures;
        Narrative = narrative;
        Typed = form.Raw;
        Errors = form.Errors;
        Findings = await queries.CheckAsync(Report.AgencyId, form.Figures, narrative, cancel);
        Computed = ComputedTotals.For(form.Figures);
        Message = message;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken cancel)
    {
        Report = await queries.GetAsync(Staff, id, cancel);
        Agency = (await agencies.FindAsync(Report.AgencyId, cancel))!;
        Figures = Report.Figures;
        Narrative = Report.Narrative;
        Findings = await queries.CheckAsync(Report, cancel);
        Computed = ComputedTotals.For(Figures);
        HasNewerVersion = (await queries.VersionsAsync(Report.AgencyId, Report.Year, publicOnly: false, cancel)).Any(r => r.Version > Report.Version);
    }
}
