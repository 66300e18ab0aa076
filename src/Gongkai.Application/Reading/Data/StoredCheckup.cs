namespace Gongkai.Application.Reading.Data;

/// <summary>
/// A 年报体检 batch of a signed-in member of staff, kept until its owner deletes it: what each file read
/// into (JSON), never the uploaded bytes. Shared by its address with the owner's agency and those above it.
/// </summary>
public sealed class StoredCheckup
{
    public string Id { get; private set; } = "";
    public string Owner { get; private set; } = "";
    /// <summary>The owner's agency when uploaded (null for an administrator without one): who else may open it.</summary>
    public int? AgencyId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>UTF-8 bytes of the files' JSON, counted against the quotas.</summary>
    public long Bytes { get; private set; }
    public int FileCount { get; private set; }
    /// <summary>The first files' names, for the list of 我的体检.</summary>
    public string Summary { get; private set; } = "";
    public List<StoredCheckupFile> Files { get; private set; } = [];

    public static StoredCheckup Create(string id, string owner, int? agencyId, DateTimeOffset at, IReadOnlyList<StoredCheckupFile> files, string summary) => new()
    {
        Id = id,
        Owner = owner,
        AgencyId = agencyId,
        CreatedAt = at,
        Files = [.. files],
        FileCount = files.Count,
        Bytes = files.Sum(f => (long)System.Text.Encoding.UTF8.GetByteCount(f.Json)),
        Summary = summary,
    };
}

/// <summary>One file of a stored batch: its <see cref="StoredResult"/> JSON, at its 1-based place in the upload.</summary>
public sealed class StoredCheckupFile
{
    public string CheckupId { get; private set; } = "";
    public int Number { get; private set; }
    public string Json { get; private set; } = "";

    public static StoredCheckupFile Create(int number, string json) => new() { Number = number, Json = json };
}
