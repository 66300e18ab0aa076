using System.Text;
using Gongkai.Application.Accounts;
using Gongkai.Application.AnnualReports;
using Gongkai.Reading;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Checkup;

/// <summary>One read report: re-drawn in the official layout with every flagged cell and its finding.</summary>
public sealed class ReportModel(ReadBatchStore batches, ReportCommands commands) : PageModel
{
    public ReadBatch Batch { get; private set; } = null!;
    public ReadResult Result { get; private set; } = null!;
    public int Number { get; private set; }
    public string? Done { get; private set; }
    public string? Error { get; private set; }
    public bool CanSave => StaffContext.FromPrincipal(User) is { IsEditor: true, AgencyId: not null } && Result.Figures is not null;

    public IActionResult OnGet(string id, int number, string? done) => Load(id, number) ? WithDone(done) : NotFound();

    /// <summary>The canonical JSON with the findings, as a file.</summary>
    public IActionResult OnGetJson(string id, int number) =>
        Load(id, number)
            ? File(Encoding.UTF8.GetBytes(Result.ToJson()), "application/json; charset=utf-8", Path.ChangeExtension(Result.FileName, ".json"))
            : NotFound();

    /// <summary>Saves what was read as a draft of the signed-in editor's agency (the workbench's own import).</summary>
    public async Task<IActionResult> OnPostSaveAsync(string id, int number, CancellationToken cancel)
    {
        if (!Load(id, number))
        {
            return NotFound();
        }

        if (StaffContext.FromPrincipal(User) is not { IsEditor: true, AgencyId: { } agency } staff)
        {
            return Forbid();
        }

        try
        {
            var report = await commands.ImportAsync(staff, agency, Result.ToJson(), cancel);
            return Redirect($"/workbench/reports/{report.Id}?done={Uri.EscapeDataString("已保存为草稿，请核对后保存、提交审核。")}");
        }
        catch (GongkaiException problem)
        {
            Error = problem.Message + string.Concat(problem.Details.Take(5).Select(d => $"（{d.Path}：{d.Message}）"));
            return Page();
        }
    }

    private bool Load(string id, int number)
    {
        if (batches.Find(id) is not { } batch || number < 1 || number > batch.Results.Count)
        {
            return false;
        }

        (Batch, Result, Number) = (batch, batch.Results[number - 1], number);
        return true;
    }

    private PageResult WithDone(string? done)
    {
        Done = done;
        return Page();
    }
}
