namespace Gongkai.Application.Audit;

/// <summary>
/// One line of the audit log: publications, versions, imports, workflow steps and changes to users,
/// roles and agencies. Written in the same transaction as the change it records; never updated.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Actor { get; private set; } = "";
    /// <summary>A stable code, e.g. <c>report.published</c>.</summary>
    public string Action { get; private set; } = "";
    /// <summary>What it was done to, e.g. <c>report:12</c>.</summary>
    public string Subject { get; private set; } = "";
    /// <summary>A sentence in Chinese for the admin's page.</summary>
    public string Detail { get; private set; } = "";

    public static AuditEntry Create(DateTimeOffset at, string actor, string action, string subject, string detail) =>
        new() { At = at, Actor = actor, Action = action, Subject = subject, Detail = detail };
}
