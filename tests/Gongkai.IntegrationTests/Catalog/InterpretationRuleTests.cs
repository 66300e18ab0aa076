using System.Net;
using System.Text.Json;
using Gongkai.Application;
using Gongkai.Application.Catalog.Review;
using Gongkai.Domain.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>
/// 三同步 at 签发: a policy marked as needing its 政策解读 is refused (409, in Chinese) unless an interpretation
/// linked to it is published or awaiting sign-off beside it, or the signer confirms (仍然签发) — then the
/// warning is kept in the ledger. Through the use case (every state the interpretation may be in), the page
/// (the warning and its box) and the API (the confirm flag).
/// </summary>
public sealed class InterpretationRuleTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private enum Companion { None, Draft, InReview, AwaitingSignOff, Published, Repealed, OnRequest }

    [Fact]
    public async Task ASignOffIsRefusedExactlyWhenNoInterpretationIsPublishedOrAwaitingSignOffBesideIt()
    {
        var staff = await CatalogStaff.ForDemoAsync(_factory);
        var random = new Random(1101);
        var companions = Enum.GetValues<Companion>();
        // Every state of the interpretation, twice each in a random order, with policies that need one or not.
        foreach (var companion in companions.Concat(companions).OrderBy(_ => random.Next()))
        {
            var needs = random.Next(4) != 0;
            var policyMode = random.Next(5) == 0 ? DisclosureMode.OnRequest : DisclosureMode.Proactive;
            var policy = await staff.AwaitingSignOffAsync(CatalogStaff.RandomContent(random, policyMode) with { NeedsInterpretation = needs, Column = "政策文件" });
            await AddInterpretationAsync(staff, random, policy.Id, companion);
            var expectRefusal = needs && policyMode == DisclosureMode.Proactive && companion is not (Companion.AwaitingSignOff or Companion.Published);

            var refusal = await Record.ExceptionAsync(() => staff.RunAsync(c => c.SignOffAsync(staff.Signer, policy.Id, policy.Revision, "同意")));
            var stored = await staff.GetAsync(policy.Id);
            if (expectRefusal)
            {
                var problem = Assert.IsType<GongkaiException>(refusal);
                Assert.Equal(ProblemKind.Conflict, problem.Kind);
                Assert.Contains("三同步", problem.Message, StringComparison.Ordinal);
                Assert.Equal(InterpretationRule.ConfirmField, Assert.Single(problem.Details).Path);
                Assert.Equal(CatalogItemStatus.AwaitingSignOff, stored.Working.Status);
                Assert.Null(stored.IndexNo);

                var confirmed = await staff.RunAsync(c => c.SignOffAsync(staff.Signer, policy.Id, policy.Revision, "同意", confirmWithoutInterpretation: true));
                Assert.Equal(InterpretationRule.Warning, Assert.Single(confirmed.Warnings));
                stored = await staff.GetAsync(policy.Id);
                Assert.Equal(InterpretationRule.Warning, stored.Working.LatestRound!.OverriddenWarning);
            }
            else
            {
                Assert.Null(refusal);
                Assert.Null(stored.Working.LatestRound!.OverriddenWarning);
            }

            Assert.Equal(CatalogItemStatus.Published, stored.Working.Status);
            Assert.NotNull(stored.IndexNo);
        }
    }

    [Fact]
    public async Task TheLedgerKeepsTheOverriddenWarningAndOnlyThat()
    {
        var staff = await CatalogStaff.ForDemoAsync(_factory);
        var random = new Random(1102);
        var overridden = await staff.PublishAsync(CatalogStaff.RandomContent(random) with { NeedsInterpretation = true }, confirm: true);
        var plain = await staff.PublishAsync(CatalogStaff.RandomContent(random));
        await using var scope = _factory.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<ReviewLedger>().RowsAsync(staff.Signer);
        Assert.Contains(InterpretationRule.Warning, rows.Single(r => r.ItemId == overridden.Id).OverrideText, StringComparison.Ordinal);
        Assert.Equal("", rows.Single(r => r.ItemId == plain.Id).OverrideText);
        var ledger = await (await Demo.SignerAsync(_factory)).Http.GetStringAsync("/catalog/staff/ledger");
        Assert.Contains("仍然签发", ledger, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePageWarnsAndSignsOffOnlyWithTheBoxTicked()
    {
        var staff = await CatalogStaff.ForDemoAsync(_factory);
        var policy = await staff.AwaitingSignOffAsync(CatalogStaff.RandomContent(new Random(1103)) with { NeedsInterpretation = true });
        var path = $"/catalog/staff/items/{policy.Id}";
        var signer = await Demo.SignerAsync(_factory);
        var page = await signer.Http.GetStringAsync(path);
        Assert.Contains("id=\"interpretation-warning\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"confirmWithoutInterpretation\"", page, StringComparison.Ordinal);

        var refused = await signer.PostFormAsync($"{path}?handler=SignOff", new() { ["revision"] = $"{policy.Revision}" }, path);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("仍然签发", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await staff.GetAsync(policy.Id)).IndexNo);

        var signed = await signer.PostFormAsync($"{path}?handler=SignOff", new() { ["revision"] = $"{policy.Revision}", ["confirmWithoutInterpretation"] = "true" }, path);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var stored = await staff.GetAsync(policy.Id);
        Assert.Equal(CatalogItemStatus.Published, stored.Working.Status);
        Assert.Equal(InterpretationRule.Warning, stored.Working.LatestRound!.OverriddenWarning);

        // With its interpretation awaiting sign-off beside it, the next policy's page shows no warning.
        var next = await staff.AwaitingSignOffAsync(CatalogStaff.RandomContent(new Random(1104)) with { NeedsInterpretation = true });
        await staff.AwaitingSignOffAsync(CatalogStaff.RandomContent(new Random(1105)) with { Column = "政策解读", InterpretsItemId = next.Id });
        Assert.DoesNotContain("interpretation-warning", await signer.Http.GetStringAsync($"/catalog/staff/items/{next.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiRefusesWithAProblemInChineseUnlessConfirmed()
    {
        var staff = await CatalogStaff.ForDemoAsync(_factory);
        var policy = await staff.AwaitingSignOffAsync(CatalogStaff.RandomContent(new Random(1106)) with { NeedsInterpretation = true });
        var signer = await Demo.SignerAsync(_factory);
        var url = $"/api/catalog/staff/items/{policy.Id}/sign-off";

        var refused = await signer.SendAsync(HttpMethod.Post, url, new { opinion = "同意" }, policy.Revision);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains("三同步", problem, StringComparison.Ordinal);
        Assert.Contains(InterpretationRule.ConfirmField, problem, StringComparison.Ordinal);

        var editor = await Demo.EditorAsync(_factory);
        var wrongRole = await editor.SendAsync(HttpMethod.Post, url, new { confirmWithoutInterpretation = true }, policy.Revision);
        Assert.Equal(HttpStatusCode.Forbidden, wrongRole.StatusCode);

        var signed = await signer.JsonAsync(HttpMethod.Post, url, new { opinion = "同意", confirmWithoutInterpretation = true }, policy.Revision);
        Assert.Equal("Published", signed.GetProperty("status").GetString());
        Assert.Equal(InterpretationRule.Warning, signed.GetProperty("warnings")[0].GetString());
        Assert.False(string.IsNullOrEmpty(signed.GetProperty("indexNo").GetString()));
        Assert.Equal(JsonValueKind.Number, signed.GetProperty("revision").ValueKind);
    }

    private static async Task AddInterpretationAsync(CatalogStaff staff, Random random, int policyId, Companion companion)
    {
        if (companion == Companion.None)
        {
            return;
        }

        var content = CatalogStaff.RandomContent(random, companion == Companion.OnRequest ? DisclosureMode.OnRequest : DisclosureMode.Proactive)
            with { Column = "政策解读", InterpretsItemId = policyId };
        switch (companion)
        {
            case Companion.Draft:
                await staff.RunAsync(c => c.RegisterAsync(staff.Editor, staff.AgencyId, content));
                break;
            case Companion.InReview:
                var registered = (await staff.RunAsync(c => c.RegisterAsync(staff.Editor, staff.AgencyId, content))).Item;
                await staff.RunAsync(c => c.SubmitAsync(staff.Editor, registered.Id, registered.Revision));
                break;
            case Companion.AwaitingSignOff:
                await staff.AwaitingSignOffAsync(content);
                break;
            case Companion.Repealed:
                var published = await staff.PublishAsync(content);
                await staff.RunAsync(c => c.RepealAsync(staff.Signer, published.Id, published.Revision, published.Working.Content.WrittenOn, false, "测试"));
                break;
            default:
                await staff.PublishAsync(content);
                break;
        }
    }
}
