using Gongkai.Application.Data;
using Gongkai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog;

/// <summary>
/// Gives 索引号. The sequence is taken with one statement that inserts or increments the period's row and
/// returns the new value (the same SQL on SQLite and PostgreSQL); inside the publishing transaction the
/// row stays locked until commit, so two publications at once never get the same number, and a
/// publication that fails gives its number back with its rollback — it was never used.
/// </summary>
public sealed class IndexNumbers(GongkaiDbContext db)
{
    /// <summary>The next 索引号 of the agency for an item published on <paramref name="published"/>; call inside a transaction.</summary>
    public async Task<string> NextAsync(CatalogSettings settings, DateOnly published, CancellationToken cancel = default)
    {
        var code = settings.OrganisationCode
            ?? throw GongkaiException.Conflict("本机关尚未设置组织机构代码（或统一社会信用代码），不能生成索引号：请先在目录设置中填写");
        var template = settings.Template;
        var period = template.PeriodOf(published);
        var agency = settings.AgencyId;
        while (true)
        {
            var next = (await db.Database.SqlQuery<int>(
                $"""
                INSERT INTO "CatalogIndexSequences" ("AgencyId", "Period", "Last") VALUES ({agency}, {period}, 1)
                ON CONFLICT ("AgencyId", "Period") DO UPDATE SET "Last" = "CatalogIndexSequences"."Last" + 1
                RETURNING "Last" AS "Value"
                """).ToListAsync(cancel)).Single();
            var number = template.Format(code, published, next);
            // An item imported from an old site may hold this number already: never reuse it, take the next.
            if (!await db.CatalogItems.IgnoreAutoIncludes().AnyAsync(i => i.IndexNo == number, cancel))
            {
                return number;
            }
        }
    }
}
