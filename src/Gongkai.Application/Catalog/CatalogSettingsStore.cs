using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.Audit;
using Gongkai.Application.Data;
using Gongkai.Domain;
using Gongkai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog;

/// <summary>An agency's catalog settings: stored ones, else the defaults (national lists, the national 索引号 form).</summary>
public sealed class CatalogSettingsStore(GongkaiDbContext db, AgencyDirectory agencies, AuditLog audit, PublicContent publicContent)
{
    public async Task<CatalogSettings> GetAsync(int agencyId, CancellationToken cancel = default) =>
        await db.CatalogSettings.FirstOrDefaultAsync(s => s.AgencyId == agencyId, cancel) ?? CatalogSettings.Defaults(agencyId);

    public async Task<CatalogSettings> UpdateAsync(StaffContext staff, int agencyId, string? organisationCode, string indexTemplate, string categories, string genres, string columns, OfficeContacts office, CancellationToken cancel = default)
    {
        var agency = await agencies.FindAsync(agencyId, cancel) ?? throw GongkaiException.NotFound("机关");
        CatalogAccess.RequireSettings(staff, agencyId);
        var stored = await db.CatalogSettings.FirstOrDefaultAsync(s => s.AgencyId == agencyId, cancel);
        var settings = stored ?? CatalogSettings.Defaults(agencyId);
        try
        {
            settings.Update(organisationCode, indexTemplate, categories, genres, columns, office);
        }
        catch (RefusedException refused) when (refused is not GongkaiException)
        {
            throw GongkaiException.Invalid(refused.Message);
        }

        if (stored is null)
        {
            db.CatalogSettings.Add(settings);
        }

        audit.Record(staff.UserName, "catalog.settings", $"agency:{agencyId}", $"修改{agency.Name}的目录设置（机构代码 {settings.OrganisationCode ?? "未设置"}，索引号格式 {settings.IndexTemplate}）");
        try
        {
            await db.SaveChangesAsync(cancel);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || DatabaseErrors.IsUniqueViolation(ex))
        {
            throw GongkaiException.Conflict("目录设置刚被他人修改，请刷新后重试");
        }

        await publicContent.ChangedAsync(cancel);
        return settings;
    }
}
