using Gongkai.Application.Reading;
using Gongkai.Application.Reading.Supervision;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Reading;

/// <summary>The supervisor's dashboard of a 年报体检 batch: one row per agency and year, sortable, as XLSX, with the chart of error classes.</summary>
[AllowAnonymous]
public sealed class DashboardModel(CheckupBatches batches) : PageModel
{
    public ReadBatch Batch { get; private set; } = null!;
    public SupervisionView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, string? sort, bool desc, CancellationToken cancel) =>
        await LoadAsync(id, sort, desc, cancel) ?? Page();

    public async Task<IActionResult> OnGetXlsxAsync(string id, string? sort, bool desc, CancellationToken cancel) =>
        await LoadAsync(id, sort, desc, cancel)
            ?? File(SupervisionWorkbook.Write(View.Title, View.Rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "年报体检监督看板.xlsx");

    private async Task<IActionResult?> LoadAsync(string id, string? sort, bool desc, CancellationToken cancel)
    {
        var found = await batches.FindAsync(User, id, cancel);
        if (found.SignIn)
        {
            return Challenge();
        }

        if (found.Batch is not { } batch)
        {
            return NotFound();
        }

        Batch = batch;
        var rows = BatchDashboard.Rows(batch);
        var left = BatchDashboard.LeftOut(batch, rows);
        View = SupervisionView.Of($"年报体检监督看板（{batch.Results.Count} 份文件）", rows, $"/checkup/{batch.Id}/dashboard", sort, desc,
            left > 0 ? $"另有 {left} 份文件未能读取为某机关某年度的报告，或与其他文件机关、年度相同，未列入。" : null);
        return null;
    }
}
