namespace Gongkai.Domain.Catalog;

public enum ReviewResult
{
    /// <summary>保密审查通过.</summary>
    Passed,
    /// <summary>保密审查不通过 (退回修改).</summary>
    Failed,
}

/// <summary>
/// One pass of a version through 保密审查 and 签发: who submitted it, what the scan found, who reviewed it
/// with what result and opinion, who signed it off. The rounds are the 保密审查台账; they are never changed
/// after they close.
/// </summary>
public sealed class ReviewRound
{
    private readonly List<LeakFinding> _findings = [];

    private ReviewRound()
    {
    }

    public long Id { get; private set; }
    public long VersionId { get; private set; }
    public int Number { get; private set; }
    public string SubmittedBy { get; private set; } = "";
    public DateTimeOffset SubmittedAt { get; private set; }
    public string? ReviewedBy { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public ReviewResult? Result { get; private set; }
    /// <summary>审查意见.</summary>
    public string? Opinion { get; private set; }
    public string? SignedBy { get; private set; }
    public DateTimeOffset? SignedAt { get; private set; }
    /// <summary>True: 签发; false: 不予签发; null: not yet.</summary>
    public bool? SignedOff { get; private set; }
    public string? SignOpinion { get; private set; }
    /// <summary>
    /// The 三同步 warning the signer saw and overrode (仍然签发: a policy marked as needing its 政策解读 signed off
    /// without one published or awaiting sign-off with it); null when there was none.
    /// </summary>
    public string? OverriddenWarning { get; private set; }
    public IReadOnlyList<LeakFinding> Findings => _findings;

    internal static ReviewRound Open(int number, IEnumerable<LeakFinding> findings, string by, DateTimeOffset at)
    {
        var round = new ReviewRound { Number = number, SubmittedBy = by, SubmittedAt = at };
        round._findings.AddRange(findings);
        return round;
    }

    internal void Review(ReviewResult result, string? opinion, string by, DateTimeOffset at)
    {
        Result = result;
        Opinion = string.IsNullOrWhiteSpace(opinion) ? null : opinion.Trim();
        ReviewedBy = by;
        ReviewedAt = at;
    }

    internal void Sign(bool signedOff, string? opinion, string by, DateTimeOffset at, string? overriddenWarning = null)
    {
        SignedOff = signedOff;
        OverriddenWarning = overriddenWarning;
        SignOpinion = string.IsNullOrWhiteSpace(opinion) ? null : opinion.Trim();
        SignedBy = by;
        SignedAt = at;
    }
}
