using System.Runtime.CompilerServices;
using Gongkai.Domain.AnnualReports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gongkai.Application.AnnualReports.Export.Artefacts;

/// <summary>
/// Queues a version's artefacts once its publication is saved, whichever path published it (workbench,
/// API, import, command line, demo seeding): none has to remember, and publication neither waits on
/// LibreOffice nor fails with it. SaveChanges commits its own transaction; a caller that wraps it in a
/// longer one may have the version rendered at its first download instead (the background renderer
/// finds it not yet published).
/// </summary>
internal sealed class PublicationInterceptor(ArtefactBacklog queue) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<AnnualReport>> _publishing = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Versions becoming published in this save (their ids are known only after it).</summary>
    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var publishing = context.ChangeTracker.Entries<AnnualReport>()
            .Where(e => e.Entity.Status == ReportStatus.Published)
            .Where(e => e.State == EntityState.Added
                || (e.State == EntityState.Modified && e.Property(r => r.Status).OriginalValue != ReportStatus.Published))
            .Select(e => e.Entity)
            .ToList();
        if (publishing.Count > 0)
        {
            _publishing.AddOrUpdate(context, publishing);
        }
    }

    private void Release(DbContext? context)
    {
        if (context is not null && _publishing.TryGetValue(context, out var published))
        {
            _publishing.Remove(context);
            published.ForEach(r => queue.Enqueue(r.Id));
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _publishing.Remove(context);
        }
    }
}
