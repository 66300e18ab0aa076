using System.Text;
using Gongkai.Application;
using Gongkai.Application.Accounts;
using Gongkai.Domain;
using Gongkai.Application.AnnualReports;
using Gongkai.Application.Reading;
using Gongkai.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;

namespace Gongkai.Web.Reading;

/// <summary>One read report: re-drawn in the official layout with every flagged cell and its finding.</summary>
[AllowAnonymous]
public sealed class ReportModel(CheckupBatches batches, ReportCommands commands) : PageModel
{
    public ReadBatch Batch { get; private set; } = null!;
    public ReadResult Result { get; private set; } = null!;
    public int Number { get; private set; }
    public string? Done { get; private set; }
    public string? Error { get; private set; }
    public bool CanSave => StaffContext.FromPrincipal(User) is { AgencyId: { } agency } staff && ReportAccess.CanCreate(staff, agency) && Result.Figures is not null;

    public async Task<IActionResult> OnGetAsync(string id, int number, string? done, CancellationToken cancel) =>
        await LoadAsync(id, number, cancel) ?? WithDone(done);

    /// <summary>The canonical JSON with the findings, as a file.</summary>
    public async Task<IActionResult> OnGetJsonAsync(string id, int number, CancellationToken cancel) =>
        await LoadAsync(id, number, cancel)
            ?? File(Encoding.UTF8.GetBytes(Result.ToJson()), "application/json; charset=utf-8", Path.ChangeExtension(Result.FileName, ".json"));

    /// <summary>Saves what was read as a draft of the signed-in editor's agency (the workbench's own import).</summary>
    public async Task<IActionResult> OnPostSaveAsync(string id, int number, CancellationToken cancel)
    {
        if (await LoadAsync(id, number, cancel) is { } refused)
        {
            return refused;
        }

        if (StaffContext.FromPrincipal(User) is not { AgencyId: { } agency } staff || !ReportAccess.CanCreate(staff, agency) || Result.Figures is null)
        {
            return Forbid();
        }

        try
        {
            var report = await commands.ImportAsync(staff, agency, Result.Figures.Clone(), cancel);
            return Redirect($"/workbench/reports/{report.Id}?done={Uri.EscapeDataString("已保存为草稿，请核对后保存、提交审核。")}");
        }
        catch (RefusedException problem)
        {
            Error = problem.Message + string.Concat(GongkaiException.DetailsOf(problem).Take(5).Select(d => $"（{d.Path}：{d.Message}）"));
            return Page();
        }
    }

    /// <summary>Loads the file; null when found, else the refusal to answer with.</summary>
    private async Task<IActionResult?> LoadAsync(string id, int number, CancellationToken cancel)
    {
        var found = await batches.FindAsync(User, id, cancel);
        if (found.SignIn)
        {
            return Challenge();
        }

        if (found.Batch is not { } batch || number < 1 || number > batch.Results.Count)
        {
            return NotFound();
        }

        (Batch, Result, Number) = (batch, batch.Results[number - 1], number);
        return null;
    }

    private PageResult WithDone(string? done)
    {
        Done = done;
        return Page();
    }
}
