namespace Gongkai.Domain.Catalog;

/// <summary>One version of a catalog item: its content, where it is in the review, and its review rounds.</summary>
public sealed class CatalogItemVersion
{
    private readonly List<ReviewRound> _rounds = [];
    private readonly List<CatalogAttachment> _attachments = [];

    private CatalogItemVersion()
    {
    }

    public long Id { get; private set; }
    public int ItemId { get; private set; }
    /// <summary>1 for the first; each correction adds one.</summary>
    public int Number { get; private set; }
    public CatalogItemStatus Status { get; private set; }
    public CatalogContent Content { get; private set; } = new();
    public DateTimeOffset CreatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Why the item was last sent back (保密审查不通过, 不予签发).</summary>
    public string? ReturnReason { get; private set; }
    public string? SignedBy { get; private set; }
    public DateTimeOffset? SignedAt { get; private set; }
    /// <summary>废止日期.</summary>
    public DateOnly? RepealedOn { get; private set; }
    public string? RepealReason { get; private set; }
    /// <summary>撤下: repealed and no longer shown on the portal at all.</summary>
    public bool Withdrawn { get; private set; }
    /// <summary>Brought from an old site rather than reviewed here.</summary>
    public bool Imported { get; private set; }
    /// <summary>For withheld items: when the next 定期复查 is due (条例第十八条).</summary>
    public DateOnly? ReReviewOn { get; private set; }
    public IReadOnlyList<ReviewRound> Rounds => _rounds;
    public IReadOnlyList<CatalogAttachment> Attachments => _attachments;

    /// <summary>Visible to anyone: published or repealed-and-not-withdrawn, and 主动公开.</summary>
    public bool IsPublic => Content.Disclosure == DisclosureMode.Proactive
        && (Status == CatalogItemStatus.Published || (Status == CatalogItemStatus.Repealed && !Withdrawn));

    /// <summary>有效 or 废止.</summary>
    public bool InForce => Status != CatalogItemStatus.Repealed;

    /// <summary>The round under way or last finished.</summary>
    public ReviewRound? LatestRound => _rounds.MaxBy(r => r.Number);

    /// <summary>How long a withheld item stays so before it is reviewed again.</summary>
    public static readonly int ReReviewMonths = 12;

    internal static CatalogItemVersion Start(int number, CatalogContent content, string by, DateTimeOffset at)
    {
        var version = new CatalogItemVersion { Number = number, Status = CatalogItemStatus.Draft, CreatedAt = at };
        version.SetContent(content, by, at);
        return version;
    }

    internal void Edit(CatalogContent content, string by, DateTimeOffset at)
    {
        Status = CatalogWorkflow.Next(Status, CatalogAction.Edit);
        SetContent(content, by, at);
    }

    internal void Submit(IEnumerable<LeakFinding> findings, string by, DateTimeOffset at)
    {
        Status = CatalogWorkflow.Next(Status, CatalogAction.Submit);
        _rounds.Add(ReviewRound.Open(_rounds.Count + 1, findings, by, at));
        ReturnReason = null;
        Touch(by, at);
    }

    internal void Acknowledge(long findingId, string by, DateTimeOffset at)
    {
        Status = CatalogWorkflow.Next(Status, CatalogAction.Acknowledge);
        var finding = LatestRound!.Findings.FirstOrDefault(f => f.Id == findingId)
            ?? throw new RefusedException("本轮审查没有这项扫描发现");
        finding.Acknowledge(by, at);
        Touch(by, at);
    }

    internal void Pass(string? opinion, string by, DateTimeOffset at)
    {
        var next = CatalogWorkflow.Next(Status, CatalogAction.Pass);
        var open = LatestRound!.Findings.Count(f => f.AcknowledgedBy is null);
        if (open > 0)
        {
            throw new RefusedException($"还有 {open} 项扫描发现未逐项确认，不能通过保密审查");
        }

        LatestRound.Review(ReviewResult.Passed, opinion, by, at);
        Status = next;
        Touch(by, at);
    }

    internal void Return(string opinion, string by, DateTimeOffset at)
    {
        var next = CatalogWorkflow.Next(Status, CatalogAction.Return);
        LatestRound!.Review(ReviewResult.Failed, RequireOpinion(opinion, "审查意见"), by, at);
        Status = next;
        ReturnReason = opinion.Trim();
        Touch(by, at);
    }

    internal void Reject(string opinion, string by, DateTimeOffset at)
    {
        var next = CatalogWorkflow.Next(Status, CatalogAction.Reject);
        LatestRound!.Sign(false, RequireOpinion(opinion, "不予签发的理由"), by, at);
        Status = next;
        ReturnReason = opinion.Trim();
        Touch(by, at);
    }

    internal void SignOff(DateOnly today, string? opinion, string by, DateTimeOffset at, string? overriddenWarning)
    {
        Status = CatalogWorkflow.Next(Status, CatalogAction.SignOff);
        LatestRound!.Sign(true, opinion, by, at, overriddenWarning);
        SignedBy = by;
        SignedAt = at;
        if (Content.PublishedOn is null)
        {
            Content = Content with { PublishedOn = today < Content.WrittenOn ? Content.WrittenOn : today };
        }

        ReReviewOn = Content.Disclosure == DisclosureMode.Proactive ? null : today.AddMonths(ReReviewMonths);
        Touch(by, at);
    }

    /// <summary>Withheld items brought from elsewhere are due for review at once: nobody here has reviewed them.</summary>
    internal void MarkImported(bool repealed, DateOnly today, string by, DateTimeOffset at)
    {
        Status = repealed ? CatalogItemStatus.Repealed : CatalogItemStatus.Published;
        Imported = true;
        SignedBy = by;
        SignedAt = at;
        if (Content.Disclosure != DisclosureMode.Proactive)
        {
            ReReviewOn = today;
        }
    }

    internal void Repeal(DateOnly on, bool withdraw, string? reason, string by, DateTimeOffset at)
    {
        var next = CatalogWorkflow.Next(Status, CatalogAction.Repeal);
        if (on < Content.WrittenOn)
        {
            throw new RefusedException("废止日期不能早于成文日期");
        }

        Status = next;
        RepealedOn = on;
        Withdrawn = withdraw;
        RepealReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        ReReviewOn = null;
        Touch(by, at);
    }

    internal void ReReview(DateOnly next, string opinion, string by, DateTimeOffset at)
    {
        CatalogWorkflow.Next(Status, CatalogAction.ReReview);
        if (Content.Disclosure == DisclosureMode.Proactive)
        {
            throw new RefusedException("主动公开的信息无须定期复查");
        }

        RequireOpinion(opinion, "复查意见");
        ReReviewOn = next;
        Touch(by, at);
    }

    internal void Supersede() => Status = CatalogItemStatus.Superseded;

    internal void AddAttachment(CatalogAttachment attachment, string by, DateTimeOffset at)
    {
        CatalogWorkflow.Next(Status, CatalogAction.Edit);
        if (_attachments.Count >= CatalogAttachment.MaxPerVersion)
        {
            throw new RefusedException($"每条信息最多 {CatalogAttachment.MaxPerVersion} 个附件");
        }

        _attachments.Add(attachment);
        Touch(by, at);
    }

    internal void RemoveAttachment(long attachmentId, string by, DateTimeOffset at)
    {
        CatalogWorkflow.Next(Status, CatalogAction.Edit);
        var attachment = _attachments.FirstOrDefault(a => a.Id == attachmentId) ?? throw new RefusedException("没有这个附件");
        _attachments.Remove(attachment);
        Touch(by, at);
    }

    internal void CopyAttachmentsFrom(CatalogItemVersion other) =>
        _attachments.AddRange(other._attachments.Select(a => a.Copy()));

    private void SetContent(CatalogContent content, string by, DateTimeOffset at)
    {
        content = content.Tidy();
        var problems = content.Problems();
        if (problems.Count > 0)
        {
            throw new ContentRefusedException(problems);
        }

        Content = content;
        Touch(by, at);
    }

    private static string RequireOpinion(string? opinion, string what) =>
        string.IsNullOrWhiteSpace(opinion) ? throw new RefusedException($"请填写{what}") : opinion.Trim();

    private void Touch(string by, DateTimeOffset at)
    {
        UpdatedBy = by;
        UpdatedAt = at;
    }
}

/// <summary>The content of an item was refused; every problem is listed with its field.</summary>
public sealed class ContentRefusedException(IReadOnlyList<JsonProblem> problems)
    : RefusedException($"有 {problems.Count} 处填写不合要求，未保存：{problems[0].Message}")
{
    public IReadOnlyList<JsonProblem> Problems { get; } = problems;
}
