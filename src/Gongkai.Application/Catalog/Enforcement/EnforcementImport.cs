using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.Audit;
using Gongkai.Application.Catalog.Import;
using Gongkai.Application.Data;
using Gongkai.Domain;
using Gongkai.Domain.Accounts;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Catalog.Enforcement;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog.Enforcement;

/// <summary>What an import did: lines added, and lines that replaced an earlier import's line of the same number.</summary>
public sealed record EnforcementImportResult(int Added, int Replaced)
{
    public int Total => Added + Replaced;
}

/// <summary>
/// Import of an agency's enforcement register from CSV or XLSX (<see cref="EnforcementLines.Header"/>). All or
/// nothing: every line is checked first and one bad line refuses the file with every bad line and its reason. A
/// line whose 类别 and 编号 the agency already has replaces the earlier line (a re-import brings the 公示日期 of
/// decisions made public since, or corrects a line) — never a duplicate; the same 编号 twice in one file is refused.
/// The lines go in by the provider's bulk path (<see cref="EnforcementBulkInsert"/>), not one tracked entity each.
/// </summary>
public sealed class EnforcementImport(GongkaiDbContext db, AgencyDirectory agencies, AuditLog audit, TimeProvider clock)
{
    /// <summary>The upload limit of the staff page (the command line reads any size).</summary>
    public const long MaxUploadBytes = 16 * 1024 * 1024;

    public async Task<EnforcementImportResult> ImportAsync(StaffContext staff, string agencyName, string fileName, byte[] content,
        IProgress<(int Done, int Total)>? progress = null, CancellationToken cancel = default)
    {
        var agency = await agencies.FindByNameAsync(agencyName, cancel) ?? throw GongkaiException.NotFound($"机关“{agencyName}”");
        RequireImport(staff, agency.Id);
        var lines = Check(TableFile.Read(fileName, content, EnforcementLines.Header), ShanghaiTime.Today(clock));
        var existing = await ExistingAsync(agency.Id, cancel);
        var replaced = lines.Select(l => existing.GetValueOrDefault(Key(l.Kind, l.IsMatter, l.Number))).Where(id => id != 0).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        foreach (var chunk in replaced.Chunk(500))
        {
            await db.Set<EnforcementRecord>().Where(r => chunk.Contains(r.Id)).ExecuteDeleteAsync(cancel);
        }

        try
        {
            await EnforcementBulkInsert.InsertAsync(db, agency.Id, lines, progress, cancel);
        }
        catch (System.Data.Common.DbException unique) when (unique is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 } or Npgsql.PostgresException { SqlState: "23505" })
        {
            // Another import of the same agency committed the same 编号 between our look-up and our insert.
            throw GongkaiException.Conflict("本机关的执法登记正在由另一次导入写入，请稍后重试");
        }

        audit.Record(staff.UserName, "catalog.enforcement.imported", $"agency:{agency.Id}",
            $"从“{Path.GetFileName(fileName)}”导入{agency.Name}的执法登记 {lines.Count} 行（新增 {lines.Count - replaced.Count}，替换 {replaced.Count}）");
        await db.SaveChangesAsync(cancel);
        await transaction.CommitAsync(cancel);
        return new EnforcementImportResult(lines.Count - replaced.Count, replaced.Count);
    }

    /// <summary>The agency's 公开办 (an editor of its own agency) or the administrator imports its register.</summary>
    public static bool CanImport(StaffContext staff, int agencyId) => staff.IsAdmin || (staff.AgencyId == agencyId && staff.Has(StaffRole.Editor));

    public static void RequireImport(StaffContext staff, int agencyId)
    {
        if (!CanImport(staff, agencyId))
        {
            throw GongkaiException.Forbidden("只有本机关的公开办工作人员或系统管理员可以导入执法登记");
        }
    }

    /// <summary>Every line checked; any problem refuses the whole file, each bad line listed in order.</summary>
    public static List<EnforcementLine> Check(List<(int Line, string[] Cells)> rows, DateOnly today)
    {
        var problems = new List<JsonProblem>();
        var lines = new List<EnforcementLine>(rows.Count);
        var seen = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        foreach (var (number, cells) in rows)
        {
            if (EnforcementLines.Parse(number, cells, today, problems) is not { } line)
            {
                continue;
            }

            if (!seen.TryAdd(Key(line.Kind, line.IsMatter, line.Number), number))
            {
                problems.Add(new JsonProblem($"第 {number} 行", $"编号：“{line.Number}”与第 {seen[Key(line.Kind, line.IsMatter, line.Number)]} 行的{EnforcementKinds.Category(line.Kind, line.IsMatter)}重复"));
                continue;
            }

            lines.Add(line);
        }

        if (problems.Count > 0)
        {
            throw GongkaiException.Invalid($"文件有 {problems.Count} 处错误，未导入任何内容。{problems[0]}", problems);
        }

        return lines;
    }

    private static string Key(EnforcementKind kind, bool isMatter, string number) => $"{(int)kind}{(isMatter ? 'M' : 'R')}{number}";

    private async Task<Dictionary<string, long>> ExistingAsync(int agencyId, CancellationToken cancel)
    {
        var rows = await db.Set<EnforcementRecord>().AsNoTracking().Where(r => r.AgencyId == agencyId)
            .Select(r => new { r.Id, r.Kind, r.IsMatter, r.Number }).ToListAsync(cancel);
        return rows.ToDictionary(r => Key(r.Kind, r.IsMatter, r.Number), r => r.Id, StringComparer.Ordinal);
    }
}
