using Gongkai.Application;
using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.Catalog;
using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Catalog.Staff;

/// <summary>登记: a new item of the editor's agency, saved as a draft.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NewModel(CatalogCommands commands, CatalogSettingsStore settings, AgencyDirectory agencies, TimeProvider clock) : PageModel
{
    public StaffContext Staff => StaffContext.FromPrincipal(User)!;

    [BindProperty]
    public ContentForm Form { get; set; } = new();

    public ContentFieldsView Fields { get; private set; } = null!;
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        var agency = Staff.AgencyId is { } id ? await agencies.FindAsync(id, cancel) : null;
        if (agency is null || !CatalogAccess.CanRegister(Staff, agency.Id))
        {
            throw GongkaiException.Forbidden("只有本机关的公开办工作人员可以登记目录信息");
        }

        Form = new ContentForm { Publisher = agency.Name, WrittenOn = ShanghaiTime.Today(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        Fields = new ContentFieldsView(Form, await settings.GetAsync(agency.Id, cancel), []);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        var agencyId = Staff.AgencyId ?? throw GongkaiException.Forbidden("只有机关的工作人员可以登记目录信息");
        try
        {
            var outcome = await commands.RegisterAsync(Staff, agencyId, Form.ToContent(), cancel);
            TempData["catalog.message"] = string.Join("；", ["已登记为草稿。", .. outcome.Warnings]);
            return Redirect($"/catalog/staff/items/{outcome.Item.Id}");
        }
        catch (RefusedException refused) when (GongkaiException.KindOf(refused) == ProblemKind.Invalid)
        {
            Message = refused.Message;
            Fields = new ContentFieldsView(Form, await settings.GetAsync(agencyId, cancel), GongkaiException.DetailsOf(refused));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }
}
