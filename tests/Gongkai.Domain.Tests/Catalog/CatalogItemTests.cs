using Gongkai.Domain.Catalog;

namespace Gongkai.Domain.Tests.Catalog;

/// <summary>An item through its review, publication, correction and repeal, and who may see it on the way.</summary>
public sealed class CatalogItemTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 2);

    public static CatalogContent Content(DisclosureMode mode = DisclosureMode.Proactive, string title = "关于开展城市管理执法专项整治的通知") => new()
    {
        Title = title,
        DocumentNo = "根城管发〔2026〕3号",
        Publisher = "根河市城市管理综合执法局",
        WrittenOn = new DateOnly(2026, 2, 20),
        Category = "城乡建设、环境保护",
        Genre = "通知",
        BodyHtml = "<p>各科室：</p>",
        Disclosure = mode,
        DisclosureReason = mode == DisclosureMode.Proactive ? null : "涉及内部管理事务",
    };

    public static CatalogItem Published(DisclosureMode mode = DisclosureMode.Proactive, int sequence = 1)
    {
        var item = CatalogItem.Register(7, Content(mode), "editor", At);
        item.Submit([], "editor", At);
        item.Pass("同意", "reviewer", At);
        item.SignOff(() => $"000014349/2026-{sequence:00000}", Today, null, "signer", At);
        return item;
    }

    [Fact]
    public void ADraftIsNeverPublicAndSigningOffGivesTheIndexNumberAndThePublicationDate()
    {
        var item = CatalogItem.Register(7, Content(), "editor", At);
        Assert.Null(item.Public);
        item.Submit([], "editor", At);
        Assert.Null(item.Public);
        item.Pass(null, "reviewer", At);
        Assert.Null(item.Public);
        Assert.Null(item.IndexNo);

        item.SignOff(() => "000014349/2026-00001", Today, "同意发布", "signer", At);

        Assert.Equal("000014349/2026-00001", item.IndexNo);
        Assert.Same(item.Working, item.Public);
        Assert.Equal(Today, item.Working.Content.PublishedOn);
        Assert.Null(item.Working.ReReviewOn);
        var round = Assert.Single(item.Working.Rounds);
        Assert.Equal(("reviewer", ReviewResult.Passed, "signer", true), (round.ReviewedBy, round.Result!.Value, round.SignedBy, round.SignedOff!.Value));
    }

    [Theory]
    [InlineData(DisclosureMode.OnRequest)]
    [InlineData(DisclosureMode.Withheld)]
    public void AWithheldItemIsRegisteredNotPublicAndComesUpForReviewInAYear(DisclosureMode mode)
    {
        var item = Published(mode);

        Assert.Null(item.Public);
        Assert.Equal(CatalogItemStatus.Published, item.Working.Status);
        Assert.Equal(Today.AddMonths(12), item.Working.ReReviewOn);
        Assert.StartsWith("已登记", CatalogWorkflow.StatusName(item.Working.Status, mode), StringComparison.Ordinal);
    }

    [Fact]
    public void AWithheldItemNeedsAReason()
    {
        var refusal = Assert.Throws<ContentRefusedException>(() =>
            CatalogItem.Register(7, Content(DisclosureMode.Withheld) with { DisclosureReason = " " }, "editor", At));
        Assert.Contains(refusal.Problems, p => p.Path == "公开属性理由");
    }

    [Fact]
    public void EveryProblemOfTheContentIsListedAtOnce()
    {
        var bad = Content() with { Title = "", Publisher = "", Summary = new string('概', CatalogContent.SummaryMax + 1), PublishedOn = new DateOnly(2026, 1, 1) };

        var problems = bad.Problems().Select(p => p.Path).ToList();

        Assert.Equal(["名称", "发布机构", "发布日期", "内容概述"], problems);
    }

    [Fact]
    public void ACorrectionKeepsTheIndexNumberAndThePublishedVersionUntilItIsSignedOff()
    {
        var item = Published();
        var first = item.Working;

        var correction = item.Correct("editor", At);
        item.Edit(correction.Content with { Title = "关于开展城市管理执法专项整治的通知（更正）" }, "editor", At);

        Assert.Same(first, item.Public);
        item.Submit([], "editor", At);
        item.Pass(null, "reviewer", At);
        item.SignOff(() => throw new InvalidOperationException("a correction keeps its 索引号"), Today.AddDays(3), null, "signer", At);

        Assert.Equal(CatalogItemStatus.Superseded, first.Status);
        Assert.Same(correction, item.Public);
        Assert.Equal("000014349/2026-00001", item.IndexNo);
        Assert.Equal(2, item.Versions.Count);
    }

    [Fact]
    public void TheReviewerPassesOnlyAfterAcknowledgingEveryFinding()
    {
        var item = CatalogItem.Register(7, Content(), "editor", At);
        item.Submit([LeakFinding.Create(LeakKind.IdentityNumber, "正文", "110105********1234"), LeakFinding.Create(LeakKind.HiddenSheet, "附件", "Sheet2")], "editor", At);
        var findings = item.Working.LatestRound!.Findings;
        SetIds(findings);

        Assert.Throws<RefusedException>(() => item.Pass(null, "reviewer", At));
        item.Acknowledge(findings[0].Id, "reviewer", At);
        var refusal = Assert.Throws<RefusedException>(() => item.Pass(null, "reviewer", At));
        Assert.Contains("1 项", refusal.Message, StringComparison.Ordinal);
        item.Acknowledge(findings[1].Id, "reviewer", At);
        item.Pass(null, "reviewer", At);

        Assert.Equal(CatalogItemStatus.AwaitingSignOff, item.Working.Status);
        Assert.All(findings, f => Assert.Equal("reviewer", f.AcknowledgedBy));
    }

    [Fact]
    public void AReturnedItemGoesBackToDraftWithTheOpinionAndANewRoundOnResubmission()
    {
        var item = CatalogItem.Register(7, Content(), "editor", At);
        item.Submit([], "editor", At);
        Assert.Throws<RefusedException>(() => item.Return(" ", "reviewer", At));
        item.Return("第三段涉及个人信息", "reviewer", At);

        Assert.Equal(CatalogItemStatus.Draft, item.Working.Status);
        Assert.Equal("第三段涉及个人信息", item.Working.ReturnReason);
        item.Submit([], "editor", At);
        Assert.Equal(2, item.Working.Rounds.Count);
        Assert.Equal(ReviewResult.Failed, item.Working.Rounds[0].Result);
        Assert.Null(item.Working.ReturnReason);
    }

    [Fact]
    public void ARepealedItemStaysPublicMarkedRepealedUnlessWithdrawn()
    {
        var shown = Published();
        shown.Repeal(Today.AddDays(10), withdraw: false, "已被新文件替代", "signer", At);
        Assert.NotNull(shown.Public);
        Assert.False(shown.Public!.InForce);

        var withdrawn = Published(sequence: 2);
        withdrawn.Repeal(Today.AddDays(10), withdraw: true, null, "signer", At);
        Assert.Null(withdrawn.Public);
    }

    [Fact]
    public void ARefusedStepLeavesTheItemAsItWas()
    {
        var item = CatalogItem.Register(7, Content(), "editor", At);
        var revision = item.Revision;

        Assert.Throws<WorkflowException>(() => item.SignOff(() => "x", Today, null, "signer", At));
        Assert.Throws<WorkflowException>(() => item.Correct("editor", At));

        Assert.Equal((CatalogItemStatus.Draft, revision, (string?)null), (item.Working.Status, item.Revision, item.IndexNo));
    }

    private static void SetIds(IReadOnlyList<LeakFinding> findings)
    {
        var id = typeof(LeakFinding).GetProperty(nameof(LeakFinding.Id))!;
        for (var i = 0; i < findings.Count; i++)
        {
            id.SetValue(findings[i], i + 1L);
        }
    }
}
