using Gongkai.Application;
using Gongkai.Application.Agencies;
using Gongkai.Domain.Agencies;

namespace Gongkai.Web.Catalog.Portal;

/// <summary>The agency a portal page is about; an unknown id is not found.</summary>
internal static class AgencyPortal
{
    public static async Task<Agency> RequireAsync(AgencyDirectory agencies, int agencyId, CancellationToken cancel) =>
        await agencies.FindAsync(agencyId, cancel) ?? throw GongkaiException.NotFound("机关");
}
