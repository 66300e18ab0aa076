namespace Gongkai.Domain.Catalog;

/// <summary>
/// One document in an agency's 政府信息公开目录: a stable identity (its public address and, from its first
/// publication, its 索引号, never reused) with its versions. A correction is a new version; the published one
/// stays public until the correction is signed off, then is kept as 已更正.
/// </summary>
public sealed class CatalogItem
{
    private readonly List<CatalogItemVersion> _versions = [];

    private CatalogItem()
    {
    }

    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    /// <summary>索引号, given at the first 签发 and kept by every later version.</summary>
    public string? IndexNo { get; private set; }
    /// <summary>Bumped by every change; a change based on an older revision is refused.</summary>
    public int Revision { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public IReadOnlyList<CatalogItemVersion> Versions => _versions;

    /// <summary>The newest version: the one staff work on.</summary>
    public CatalogItemVersion Working => _versions.MaxBy(v => v.Number)!;

    /// <summary>The version the public sees, if any: published (or repealed and not withdrawn), 主动公开.</summary>
    public CatalogItemVersion? Public => _versions.Where(v => v.IsPublic).MaxBy(v => v.Number);

    /// <summary>The version in force: published, else repealed (withdrawn or not), whatever its mode.</summary>
    public CatalogItemVersion? Current => _versions.Where(v => v.Status is CatalogItemStatus.Published or CatalogItemStatus.Repealed).MaxBy(v => v.Number);

    public static CatalogItem Register(int agencyId, CatalogContent content, string by, DateTimeOffset at)
    {
        var item = new CatalogItem { AgencyId = agencyId, CreatedAt = at };
        item._versions.Add(CatalogItemVersion.Start(1, content, by, at));
        return item;
    }

    /// <summary>
    /// An item brought from an old site (迁移): 主动公开 items were public already and are published at once,
    /// with the 索引号 they had (or the one given now); withheld ones are registered the same way.
    /// </summary>
    public static CatalogItem Imported(int agencyId, CatalogContent content, string indexNo, bool repealed, DateOnly today, string by, DateTimeOffset at)
    {
        var item = Register(agencyId, content, by, at);
        item.IndexNo = indexNo;
        item.Working.MarkImported(repealed, today, by, at);
        return item;
    }

    public void Edit(CatalogContent content, string by, DateTimeOffset at) => Change(() => Working.Edit(content, by, at));

    public void Submit(IEnumerable<LeakFinding> findings, string by, DateTimeOffset at) => Change(() => Working.Submit(findings, by, at));

    public void Acknowledge(long findingId, string by, DateTimeOffset at) => Change(() => Working.Acknowledge(findingId, by, at));

    public void Pass(string? opinion, string by, DateTimeOffset at) => Change(() => Working.Pass(opinion, by, at));

    public void Return(string opinion, string by, DateTimeOffset at) => Change(() => Working.Return(opinion, by, at));

    public void Reject(string opinion, string by, DateTimeOffset at) => Change(() => Working.Reject(opinion, by, at));

    /// <summary>
    /// 签发: the working version becomes the published one; the version it corrects is kept as 已更正. The
    /// 索引号 is given here the first time (<paramref name="indexNo"/>: the next of the agency's sequence).
    /// <paramref name="overriddenWarning"/>: a 三同步 warning the signer confirmed past, kept in the ledger.
    /// </summary>
    public void SignOff(Func<string> indexNo, DateOnly today, string? opinion, string by, DateTimeOffset at, string? overriddenWarning = null) => Change(() =>
    {
        var working = Working;
        working.SignOff(today, opinion, by, at, overriddenWarning);
        foreach (var earlier in _versions.Where(v => v != working && v.Status is CatalogItemStatus.Published or CatalogItemStatus.Repealed))
        {
            earlier.Supersede();
        }

        IndexNo ??= indexNo();
    });

    /// <summary>更正: a new draft version with the published content.</summary>
    public CatalogItemVersion Correct(string by, DateTimeOffset at)
    {
        var current = Working;
        CatalogWorkflow.Next(current.Status, CatalogAction.Correct);
        var correction = CatalogItemVersion.Start(current.Number + 1, current.Content, by, at);
        correction.CopyAttachmentsFrom(current);
        _versions.Add(correction);
        Revision++;
        return correction;
    }

    public void Repeal(DateOnly on, bool withdraw, string? reason, string by, DateTimeOffset at) => Change(() => Working.Repeal(on, withdraw, reason, by, at));

    public void ReReview(DateOnly next, string opinion, string by, DateTimeOffset at) => Change(() => Working.ReReview(next, opinion, by, at));

    public void AddAttachment(CatalogAttachment attachment, string by, DateTimeOffset at) => Change(() => Working.AddAttachment(attachment, by, at));

    public void RemoveAttachment(long attachmentId, string by, DateTimeOffset at) => Change(() => Working.RemoveAttachment(attachmentId, by, at));

    private void Change(Action change)
    {
        change();
        Revision++;
    }
}
