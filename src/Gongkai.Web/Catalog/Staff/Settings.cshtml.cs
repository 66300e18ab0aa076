using Gongkai.Application;
using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.Catalog;
using Gongkai.Domain;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalog;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Catalog.Staff;

/// <summary>目录设置: the 索引号's code and form, the lists items are classified by, and the office's contacts for the guide.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SettingsModel(CatalogSettingsStore store, AgencyDirectory agencies) : PageModel
{
    public StaffContext Staff => StaffContext.FromPrincipal(User)!;
    public Agency Agency { get; private set; } = null!;
    public CatalogSettings Settings { get; private set; } = null!;
    public string? Message { get; private set; }
    public string? Done { get; private set; }

    [BindProperty] public string? OrganisationCode { get; set; }
    [BindProperty] public string IndexTemplate { get; set; } = "";
    [BindProperty] public string Categories { get; set; } = "";
    [BindProperty] public string Genres { get; set; } = "";
    [BindProperty] public string Columns { get; set; } = "";
    [BindProperty] public OfficeContacts Office { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancel)
    {
        await LoadAsync(cancel);
        Done = TempData["catalog.settings"] as string;
        (OrganisationCode, IndexTemplate, Categories, Genres, Columns, Office) = (Settings.OrganisationCode, Settings.IndexTemplate, Settings.Categories, Settings.Genres, Settings.Columns, Settings.Office);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        await LoadAsync(cancel);
        try
        {
            await store.UpdateAsync(Staff, Agency.Id, OrganisationCode, IndexTemplate, Categories, Genres, Columns, Office, cancel);
            TempData["catalog.settings"] = "目录设置已保存。";
            return Redirect("/catalog/staff/settings");
        }
        catch (RefusedException refused) when (GongkaiException.KindOf(refused) is ProblemKind.Invalid or ProblemKind.Conflict)
        {
            Message = refused.Message;
            Response.StatusCode = ProblemResponses.StatusOf(GongkaiException.KindOf(refused));
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancel)
    {
        Agency = (Staff.AgencyId is { } id ? await agencies.FindAsync(id, cancel) : null) ?? throw GongkaiException.NotFound("机关");
        Settings = await store.GetAsync(Agency.Id, cancel);
    }
}
