using Gongkai.Application.Data;

namespace Gongkai.Application.Audit;

/// <summary>Adds audit entries to the current unit of work, so they commit or fail with the change itself.</summary>
public sealed class AuditLog(GongkaiDbContext db, TimeProvider clock)
{
    public void Record(string actor, string action, string subject, string detail) =>
        db.AuditEntries.Add(AuditEntry.Create(clock.GetUtcNow(), actor, action, subject, detail));
}
