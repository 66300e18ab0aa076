using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.Data;

/// <summary>
/// How recent what the public sees is: a generation that every publication, correction, repeal (and annual
/// report publication, and guide change) increases, and when. Public pages are cached under it and carry it
/// as their ETag, so a change is visible on the very next request. The database holds it too, so that a change
/// made by another process (the command line's import) reaches the web host's cache by <see cref="PublicContent.RefreshAsync"/>.
/// </summary>
public sealed class PublicContentClock
{
    private long _generation;
    private long _changedTicks;

    public long Generation => Interlocked.Read(ref _generation);
    public DateTimeOffset ChangedAt => new(Interlocked.Read(ref _changedTicks), TimeSpan.Zero);

    /// <summary>Moves to a newer generation (never back).</summary>
    public void Advance(long generation, DateTimeOffset changedAt)
    {
        long seen;
        while ((seen = Interlocked.Read(ref _generation)) < generation)
        {
            if (Interlocked.CompareExchange(ref _generation, generation, seen) == seen)
            {
                Interlocked.Exchange(ref _changedTicks, changedAt.UtcTicks);
                return;
            }
        }
    }
}

/// <summary>The stored generation (one row).</summary>
public sealed class PublicContentStamp
{
    public int Id { get; set; }
    public long Generation { get; set; }
    /// <summary>UTC ticks: the same column type on both databases, written by raw SQL.</summary>
    public long ChangedTicks { get; set; }
}

internal sealed class PublicContentStampConfiguration : IEntityTypeConfiguration<PublicContentStamp>
{
    public void Configure(EntityTypeBuilder<PublicContentStamp> stamp)
    {
        stamp.ToTable("PublicContentStamps");
        stamp.Property(s => s.Id).ValueGeneratedNever();
    }
}

/// <summary>Marks public content changed; call after the change has committed.</summary>
public sealed class PublicContent(GongkaiDbContext db, PublicContentClock clock, TimeProvider time) : IDatabaseStartup
{
    /// <summary>At start: the generation the database has, so ETags stay what they were before a restart.</summary>
    public Task RunAsync(CancellationToken cancel) => RefreshAsync(cancel);

    public async Task ChangedAsync(CancellationToken cancel = default)
    {
        var now = time.GetUtcNow();
        var generation = (await db.Database.SqlQuery<long>(
            $"""
            INSERT INTO "PublicContentStamps" ("Id", "Generation", "ChangedTicks") VALUES (1, 1, {now.UtcTicks})
            ON CONFLICT ("Id") DO UPDATE SET "Generation" = "PublicContentStamps"."Generation" + 1, "ChangedTicks" = {now.UtcTicks}
            RETURNING "Generation" AS "Value"
            """).ToListAsync(cancel)).Single();
        clock.Advance(generation, now);
    }

    /// <summary>Takes up a change another process made (the web host polls this).</summary>
    public async Task RefreshAsync(CancellationToken cancel = default)
    {
        var stamp = await db.Set<PublicContentStamp>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == 1, cancel);
        if (stamp is not null)
        {
            clock.Advance(stamp.Generation, new DateTimeOffset(stamp.ChangedTicks, TimeSpan.Zero));
        }
    }
}
