using Gongkai.Application;
using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.Catalog.Enforcement;
using Gongkai.Domain;
using Gongkai.Domain.Catalog.Enforcement;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Catalog.Staff;

/// <summary>
/// 执法登记: the staff member's own agency's register, the 双公示 decisions made public late, and the upload of a
/// register file (its agency's 公开办 only; all or nothing; bounded size).
/// </summary>
[Authorize(Policy = Policies.Staff)]
[RequestSizeLimit(EnforcementImport.MaxUploadBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = EnforcementImport.MaxUploadBytes + 64 * 1024)]
public sealed class EnforcementModel(EnforcementRegister register, DualPublicity dualPublicity, EnforcementImport import, AgencyDirectory agencies) : PageModel
{
    public StaffContext Staff => StaffContext.FromPrincipal(User)!;
    public bool CanImport => Staff.AgencyId is { } agency && EnforcementImport.CanImport(Staff, agency);
    public RegisterPage? Register { get; private set; }
    public IReadOnlyList<LateDecision> Late { get; private set; } = [];
    public bool MoreLate { get; private set; }
    public EnforcementKind? Kind { get; private set; }
    public int? Year { get; private set; }
    public string? Message { get; private set; }
    public IReadOnlyList<JsonProblem> Problems { get; private set; } = [];

    public async Task OnGetAsync(EnforcementKind? kind, int? year, int page = 1, string? done = null, CancellationToken cancel = default)
    {
        Message = done;
        await LoadAsync(kind, year, page, cancel);
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancel)
    {
        var agencyId = Staff.AgencyId ?? throw GongkaiException.Forbidden("只有机关的工作人员可以导入本机关的执法登记");
        var agency = await agencies.FindAsync(agencyId, cancel) ?? throw GongkaiException.NotFound("本机关");
        EnforcementImport.RequireImport(Staff, agencyId);
        if (file is null || file.Length == 0 || file.Length > EnforcementImport.MaxUploadBytes)
        {
            Message = file is null || file.Length == 0 ? "请选择要导入的 CSV 或 XLSX 文件。" : $"文件过大：执法登记文件不超过 {EnforcementImport.MaxUploadBytes / 1024 / 1024} MB，请分批导入。";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(null, null, 1, cancel);
            return Page();
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancel);
        try
        {
            var result = await import.ImportAsync(Staff, agency.Name, file.FileName, buffer.ToArray(), cancel: cancel);
            return Redirect($"/catalog/staff/enforcement?done={Uri.EscapeDataString($"已导入 {result.Total} 行（新增 {result.Added}，替换 {result.Replaced}）。")}");
        }
        catch (RefusedException refused) when (GongkaiException.KindOf(refused) is ProblemKind.Invalid or ProblemKind.Conflict)
        {
            Message = refused.Message;
            Problems = GongkaiException.DetailsOf(refused);
            Response.StatusCode = GongkaiException.KindOf(refused) == ProblemKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(null, null, 1, cancel);
            return Page();
        }
    }

    private async Task LoadAsync(EnforcementKind? kind, int? year, int page, CancellationToken cancel)
    {
        (Kind, Year) = (kind, year is >= 1949 and <= 9999 ? year : null);
        if (Staff.AgencyId is { } agency)
        {
            Register = await register.PageAsync(agency, Kind, matters: null, Year, page, cancel);
            (Late, MoreLate) = await dualPublicity.ListAsync(agency, cancel);
        }
    }
}
