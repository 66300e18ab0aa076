using Gongkai.Application;
using Gongkai.Application.Accounts;
using Gongkai.Application.AnnualReports;
using Gongkai.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;
using Gongkai.Web.Hosting;

namespace Gongkai.Web.AnnualReports.Workbench;

/// <summary>Import of the canonical JSON into the user's own agency: all or nothing.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ImportModel(ReportCommands commands) : PageModel
{
    private const long MaxBytes = 1024 * 1024;

    public string? Message { get; private set; }
    public IReadOnlyList<JsonProblem> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancel)
    {
        var staff = StaffContext.FromPrincipal(User)!;
        if (file is null || file.Length == 0 || file.Length > MaxBytes)
        {
            Message = file is null || file.Length == 0 ? "请选择要导入的数据文件。" : "文件过大：年度报告数据文件不超过 1 MB。";
            return Page();
        }

        using var reader = new StreamReader(file.OpenReadStream());
        try
        {
            var report = await commands.ImportAsync(staff, staff.AgencyId ?? 0, await reader.ReadToEndAsync(cancel), cancel);
            return Redirect($"/workbench/reports/{report.Id}?done={Uri.EscapeDataString("已导入，请核对后保存。")}");
        }
        catch (RefusedException problem)
        {
            Message = problem.Message;
            Problems = GongkaiException.DetailsOf(problem);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }
}
