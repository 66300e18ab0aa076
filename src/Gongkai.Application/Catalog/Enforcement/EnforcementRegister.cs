using Gongkai.Application.Data;
using Gongkai.Domain.Catalog.Enforcement;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog.Enforcement;

/// <summary>One page of an agency's register and how many lines match the filter.</summary>
public sealed record RegisterPage(IReadOnlyList<EnforcementRecord> Records, int Total, int Page, int PageSize);

/// <summary>The register as the staff page lists it: one agency's lines, filtered by 类别 and year, newest first.</summary>
public sealed class EnforcementRegister(GongkaiDbContext db)
{
    public const int PageSize = 100;

    public async Task<RegisterPage> PageAsync(int agencyId, EnforcementKind? kind, bool? matters, int? year, int page, CancellationToken cancel = default)
    {
        var query = db.Set<EnforcementRecord>().AsNoTracking().Where(r => r.AgencyId == agencyId);
        if (kind is { } k)
        {
            query = query.Where(r => r.Kind == k);
        }

        if (matters is { } m)
        {
            query = query.Where(r => r.IsMatter == m);
        }

        if (year is { } y)
        {
            var (start, end) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            query = query.Where(r => r.Date >= start && r.Date <= end);
        }

        var total = await query.CountAsync(cancel);
        var current = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var records = await query.OrderByDescending(r => r.Date).ThenByDescending(r => r.Id).Skip((current - 1) * PageSize).Take(PageSize).ToListAsync(cancel);
        return new RegisterPage(records, total, current, PageSize);
    }
}
