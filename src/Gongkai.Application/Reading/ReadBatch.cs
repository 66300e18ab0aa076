using Gongkai.Reading;

namespace Gongkai.Application.Reading;

/// <summary>Files read together in one upload, kept for the supervisor to browse and download.</summary>
/// <param name="Id">32 hex digits, unguessable: the batch's address is also its share link.</param>
public sealed record ReadBatch(string Id, DateTimeOffset At, IReadOnlyList<ReadResult> Results)
{
    /// <summary>The user name of whoever uploaded a stored batch; null for an anonymous upload kept in memory only.</summary>
    public string? Owner { get; init; }

    public bool Stored => Owner is not null;
}
