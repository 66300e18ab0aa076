using System.Text;
using Gongkai.Application.Accounts;
using Gongkai.Application.AnnualReports;
using Gongkai.Domain.Calendar;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Application.AnnualReports.Export.Html;
using Gongkai.Domain.AnnualReports.Layout;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;
using Gongkai.Web.Hosting;

namespace Gongkai.Web.AnnualReports.Workbench;

/// <summary>A government's report as the sum of the reports beneath it, and who has not yet submitted.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class AggregateModel(ReportAggregation aggregation, TimeProvider clock) : PageModel
{
    public AggregationResult Result { get; private set; } = null!;
    public StaffContext Staff => StaffContext.FromPrincipal(User)!;
    public bool CanApply => ReportAccess.CanCreate(Staff, Result.Government.Id);

    public async Task OnGetAsync(int? year, CancellationToken cancel) =>
        Result = await aggregation.ComputeAsync(Staff, Staff.AgencyId ?? 0, year ?? ShanghaiTime.Today(clock).Year - 1, cancel);

    public async Task<IActionResult> OnPostAsync(int year, CancellationToken cancel)
    {
        var report = await aggregation.ApplyAsync(Staff, Staff.AgencyId ?? 0, year, cancel);
        return Redirect($"/workbench/reports/{report.Id}?done={Uri.EscapeDataString("已用汇总数据更新草稿。")}");
    }

    public string RenderTable(ReportTable table)
    {
        var document = new ReportDocument(Result.Sum, new Domain.AnnualReports.ReportNarrative());
        var html = new StringBuilder();
        HtmlReportRenderer.RenderTable(html, table, cell => HtmlText.Encode(document.CellText(cell)));
        return html.ToString();
    }
}
