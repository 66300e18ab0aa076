using Gongkai.Application.Accounts;
using Gongkai.Application.Catalog.Review;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Catalog.Staff;

/// <summary>保密审查台账: every review round of the agency's items, on the page and as XLSX.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class LedgerModel(ReviewLedger ledger) : PageModel
{
    public List<LedgerRow> Rows { get; private set; } = [];
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }

    public async Task OnGetAsync(DateOnly? from, DateOnly? to, CancellationToken cancel)
    {
        (From, To) = (from, to);
        Rows = await ledger.RowsAsync(StaffContext.FromPrincipal(User)!, from, to, cancel: cancel);
    }

    public async Task<IActionResult> OnGetXlsxAsync(DateOnly? from, DateOnly? to, CancellationToken cancel)
    {
        var rows = await ledger.RowsAsync(StaffContext.FromPrincipal(User)!, from, to, cancel: cancel);
        return File(ReviewLedger.Xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "保密审查台账.xlsx");
    }
}
