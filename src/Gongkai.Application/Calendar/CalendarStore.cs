using Gongkai.Application.Calendar.Data;
using Gongkai.Application.Data;
using Gongkai.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Gongkai.Application.Calendar;

/// <summary>
/// The platform's calendar, loaded from the database on first use and again whenever its revision (the
/// last <see cref="CalendarChange"/>) moves, whichever process changed it (the web host, the command line).
/// Whether the day of receipt counts is the setting <c>Gongkai:Calendar:CountReceiptDay</c> (default false; ADR 0006).
/// </summary>
public sealed class CalendarStore(IConfiguration configuration)
{
    private volatile CalendarSnapshot? _current;

    public ClockOptions Options { get; } = new() { CountReceiptDay = configuration.GetValue("Gongkai:Calendar:CountReceiptDay", false) };

    /// <summary>The snapshot at the database's present revision (one indexed read when nothing changed).</summary>
    public async Task<CalendarSnapshot> CurrentAsync(GongkaiDbContext db, CancellationToken cancel = default)
    {
        var revision = await RevisionAsync(db, cancel);
        if (_current is { } current && current.Revision == revision)
        {
            return current;
        }

        // Two requests may load the same revision at once; both get the same calendar, and the last one is kept.
        var snapshot = await LoadAsync(db, revision, cancel);
        _current = snapshot;
        return snapshot;
    }

    public static async Task<long> RevisionAsync(GongkaiDbContext db, CancellationToken cancel) =>
        await db.Set<CalendarChange>().MaxAsync(c => (long?)c.Id, cancel) ?? 0;

    /// <summary>A snapshot of what the database holds now plus what this unit of work is about to save (for recomputing before the commit).</summary>
    public async Task<CalendarSnapshot> LoadAsync(GongkaiDbContext db, long revision, CancellationToken cancel,
        IEnumerable<ArrangementRow>? imported = null, IEnumerable<(int, CalendarOverride)>? overrides = null)
    {
        var rows = imported ?? (await db.Set<ImportedArrangementDay>().AsNoTracking().ToListAsync(cancel)).Select(d => d.ToRow());
        var changes = overrides ?? (await db.Set<AgencyCalendarDay>().AsNoTracking().ToListAsync(cancel)).Select(d => (d.AgencyId, d.ToOverride()));
        var agencies = await db.Agencies.AsNoTracking().ToListAsync(cancel);
        return CalendarSnapshot.Build(revision, rows, changes, agencies, Options);
    }
}
