using Gongkai.Application.Reading;
using Gongkai.Domain.AnnualReports;
using Gongkai.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Reading;

/// <summary>The supervisor's view: one row per report, sortable, with the cross-year checks C6 and C11.</summary>
[AllowAnonymous]
public sealed class BatchModel(CheckupBatches batches) : PageModel
{
    /// <param name="Number">1-based position in the upload, as the detail page's address uses it.</param>
    /// <param name="C6">Columns whose carry-over differs from last year's, or null where no report of the year before was uploaded.</param>
    /// <param name="C11">The C11 finding's message (marked where above the threshold), or "" where not compared.</param>
    public sealed record Row(int Number, ReadResult Result, int? C6, string C11);

    public ReadBatch Batch { get; private set; } = null!;
    public List<Row> Rows { get; private set; } = [];

    /// <summary>Whether the signed-in user uploaded this stored batch (and may delete it).</summary>
    public bool IsOwner => Batch.Owner is { } owner && User.Identity?.Name == owner;

    public async Task<IActionResult> OnGetAsync(string id, string? sort, CancellationToken cancel)
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
        var rows = batch.Results.Select((r, i) => new Row(i + 1, r, C6(r), C11(r)));
        Rows = sort switch
        {
            "errors" => rows.OrderByDescending(r => r.Result.Findings.CountOf(FindingSeverity.Error)).ThenBy(r => r.Number).ToList(),
            "agency" => rows.OrderBy(r => r.Result.Figures?.Agency ?? r.Result.Agency, StringComparer.Ordinal).ThenBy(r => r.Result.Year).ToList(),
            "file" => rows.OrderBy(r => r.Result.FileName, StringComparer.Ordinal).ToList(),
            _ => rows.ToList(),
        };
        return Page();
    }

    private static int? C6(ReadResult result) =>
        result.Findings.Any(f => f.Rule is "C6" or "C11") ? result.Findings.Count(f => f.Rule == "C6") : null;

    private static string C11(ReadResult result) =>
        result.Findings.FirstOrDefault(f => f.Rule == "C11") is { } f
            ? (f.Severity == FindingSeverity.Warning ? "⚠ " : "") + f.Message
            : "";

    public static string OutcomeName(ReadOutcome outcome) => outcome switch
    {
        ReadOutcome.Read => "已读取",
        ReadOutcome.Pre2019 => "2019年以前格式（不按模板读取表格）",
        ReadOutcome.NotAReport => "不是年度报告",
        _ => "读取失败",
    };
}
