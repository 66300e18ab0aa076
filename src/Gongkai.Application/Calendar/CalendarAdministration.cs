using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.Audit;
using Gongkai.Application.Calendar.Data;
using Gongkai.Application.Data;
using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Calendar;

/// <summary>
/// What another feature does when the calendar changes, inside the same unit of work (the applications
/// recompute the deadlines of those still open). <c>agencies</c> is null when every agency's
/// calendar may have changed (a national notice).
/// </summary>
public interface ICalendarChangeHandler
{
    /// <returns>How many records the change altered.</returns>
    Task<int> HandleAsync(CalendarSnapshot calendar, IReadOnlySet<int>? agencies, string change, string actor, CancellationToken cancel);
}

/// <summary>The outcome of an import: the years, the rows, and what the other features did about it.</summary>
public sealed record CalendarImport(IReadOnlyList<int> Years, int Rows, IReadOnlyList<CsvLineProblem> Notices, int Recomputed);

/// <summary>
/// Changing the calendar: a year's holiday notice imported (or a correction of one), an agency's override
/// added or removed. Each change is one transaction with its <see cref="CalendarChange"/>, its audit entry
/// and whatever the <see cref="ICalendarChangeHandler"/>s do; a bad file or a contradiction saves nothing.
/// </summary>
public sealed class CalendarAdministration(GongkaiDbContext db, CalendarStore store, AgencyDirectory agencies, AuditLog audit,
    IEnumerable<ICalendarChangeHandler> handlers, TimeProvider clock)
{
    public async Task<CalendarImport> ImportAsync(StaffContext staff, string csv, CancellationToken cancel = default)
    {
        if (!staff.IsAdmin)
        {
            throw GongkaiException.Forbidden("只有系统管理员可以导入国务院办公厅节假日安排");
        }

        ArrangementCsvFile file;
        try
        {
            file = ArrangementCsv.Parse(csv);
        }
        catch (ArrangementCsvException bad)
        {
            throw GongkaiException.Invalid($"放假安排文件有 {bad.Problems.Count} 处错误，未导入任何内容", bad.Problems.Select(p => new JsonProblem($"第 {p.Line} 行", p.Message)).ToList());
        }

        var now = clock.GetUtcNow();
        var existing = await db.Set<ImportedArrangementDay>().ToListAsync(cancel);
        var kept = existing.Where(d => !file.Years.Contains(d.ArrangementYear)).Select(d => d.ToRow());
        var rows = kept.Concat(file.Rows).ToList();
        var years = string.Join("、", file.Years);
        var corrected = file.Years.Where(y => OfficialArrangement.Calendar.Years.Contains(y) || existing.Any(d => d.ArrangementYear == y)).ToList();
        var change = corrected.Count > 0 ? $"导入 {years} 年放假安排（更正已载入的 {string.Join("、", corrected)} 年）" : $"导入 {years} 年放假安排";
        var snapshot = await SnapshotAsync(change, rows, null, cancel);
        db.RemoveRange(existing.Where(d => file.Years.Contains(d.ArrangementYear)));
        db.AddRange(file.Rows.Select(r => new ImportedArrangementDay
        {
            Date = r.Date, Kind = r.Kind, Holiday = r.Holiday, ArrangementYear = r.ArrangementYear, ImportedAt = now, ImportedBy = staff.UserName,
        }));
        var recomputed = await CommitAsync(snapshot, null, change, staff, cancel);
        return new CalendarImport(file.Years, file.Rows.Count, file.Notices, recomputed);
    }

    public async Task<AgencyCalendarDay> AddOverrideAsync(StaffContext staff, int agencyId, DateOnly date, DayKind kind, string reason, CancellationToken cancel = default)
    {
        var agency = await RequireAsync(staff, agencyId, cancel);
        var current = await store.CurrentAsync(db, cancel);
        if (!current.National.Covers(date))
        {
            throw GongkaiException.Invalid($"{ChineseDateText.Iso(date)} 不在已载入放假安排的年份内（{ChineseDateText.Years(current.National.Years)} 年），请先导入该年的放假安排");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 200)
        {
            throw GongkaiException.Invalid("请写明调整依据（如某省人民政府的通知，不超过 200 字）");
        }

        if (await db.Set<AgencyCalendarDay>().AnyAsync(d => d.AgencyId == agencyId && d.Date == date, cancel))
        {
            throw GongkaiException.Conflict($"{agency.Name}已对 {ChineseDateText.Iso(date)} 作了调整，请先删除原调整");
        }

        var day = new AgencyCalendarDay { AgencyId = agencyId, Date = date, Kind = kind, Reason = reason.Trim(), CreatedAt = clock.GetUtcNow(), CreatedBy = staff.UserName };
        var change = $"{agency.Name}将 {current.National.Describe(date)}调整为{(kind == DayKind.Off ? "放假" : "上班")}：{day.Reason}";
        var overrides = (await OverridesAsync(cancel)).Append((agencyId, day.ToOverride()));
        var beneath = await BeneathAsync(agencyId, cancel);
        var snapshot = await SnapshotAsync(change, null, overrides, cancel);
        db.Add(day);
        await CommitAsync(snapshot, beneath, change, staff, cancel, agencyId);
        return day;
    }

    public async Task RemoveOverrideAsync(StaffContext staff, int id, CancellationToken cancel = default)
    {
        var day = await db.Set<AgencyCalendarDay>().FirstOrDefaultAsync(d => d.Id == id, cancel) ?? throw GongkaiException.NotFound("工作日调整");
        var agency = await RequireAsync(staff, day.AgencyId, cancel);
        var change = $"{agency.Name}撤销对 {ChineseDateText.Iso(day.Date)} 的调整（{day.Reason}）";
        var overrides = (await OverridesAsync(cancel)).Where(o => !(o.Item1 == day.AgencyId && o.Item2.Date == day.Date));
        var beneath = await BeneathAsync(day.AgencyId, cancel);
        var snapshot = await SnapshotAsync(change, null, overrides, cancel);
        db.Remove(day);
        await CommitAsync(snapshot, beneath, change, staff, cancel, day.AgencyId);
    }

    /// <summary>Staff of the agency with the 公开办工作人员 role, or the administrator, may change its working days.</summary>
    private async Task<Domain.Agencies.Agency> RequireAsync(StaffContext staff, int agencyId, CancellationToken cancel)
    {
        var agency = await agencies.FindAsync(agencyId, cancel) ?? throw GongkaiException.NotFound("机关");
        if (!staff.IsAdmin && !(staff.AgencyId == agencyId && staff.IsEditor))
        {
            throw GongkaiException.Forbidden("只有本机关的公开办工作人员或系统管理员可以调整工作日");
        }

        return agency;
    }

    private async Task<List<(int, CalendarOverride)>> OverridesAsync(CancellationToken cancel) =>
        (await db.Set<AgencyCalendarDay>().AsNoTracking().ToListAsync(cancel)).Select(d => (d.AgencyId, d.ToOverride())).ToList();

    private async Task<IReadOnlySet<int>> BeneathAsync(int agencyId, CancellationToken cancel) =>
        AgencyDirectory.SelfAndDescendants(await agencies.AllAsync(cancel), agencyId);

    /// <summary>The calendar as it will be after this change; a contradiction refuses the change before anything is saved.</summary>
    private async Task<CalendarSnapshot> SnapshotAsync(string change, List<ArrangementRow>? rows, IEnumerable<(int, CalendarOverride)>? overrides, CancellationToken cancel)
    {
        var revision = await CalendarStore.RevisionAsync(db, cancel) + 1;
        try
        {
            return await store.LoadAsync(db, revision, cancel, rows, overrides);
        }
        catch (CalendarDataException contradiction)
        {
            throw GongkaiException.Invalid($"{change}：{contradiction.Message}，未保存", contradiction.Problems.Select(p => new JsonProblem("calendar", p)).ToList());
        }
    }

    private async Task<int> CommitAsync(CalendarSnapshot snapshot, IReadOnlySet<int>? affected, string change, StaffContext staff, CancellationToken cancel, int? agencyId = null)
    {
        var altered = 0;
        db.Add(new CalendarChange { At = clock.GetUtcNow(), Actor = staff.UserName, AgencyId = agencyId, Summary = change });
        audit.Record(staff.UserName, "calendar.changed", agencyId is { } id ? $"agency:{id}" : "calendar", change);
        foreach (var handler in handlers)
        {
            altered += await handler.HandleAsync(snapshot, affected, change, staff.UserName, cancel);
        }

        await db.SaveChangesAsync(cancel);
        return altered;
    }
}
