using System.Net;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.AnnualReports;

/// <summary>
/// Drafts' PDFs are converted on demand for staff only, at most MaxConcurrent at once with a bounded
/// queue; a conversion that overruns its time limit is killed with every process it started.
/// </summary>
public sealed class ConversionLimitTests
{
    [Fact]
    public async Task AHungConverterIsKilledWithItsWholeProcessGroupAndTheRequestGetsAClear503()
    {
        using var converters = new Converters();
        using var host = new GongkaiFactory(settings: new()
        {
            ["Gongkai:Pdf:Soffice"] = converters.Hung(),
            ["Gongkai:Pdf:TimeoutSeconds"] = "2",
        });
        var editor = await Demo.EditorAsync(host);
        var draft = await editor.JsonAsync(HttpMethod.Post, "/api/reports", new { agencyId = await Demo.DepartmentIdAsync(host), year = 2025 });

        var response = await editor.SendAsync(HttpMethod.Get, $"/api/reports/{draft.GetProperty("id").GetInt32()}/export/pdf");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("PDF 转换超过 2 秒仍未完成，已终止 LibreOffice", await Published.DetailAsync(response));
        var group = converters.Read("group");
        var worker = converters.Read("worker");
        // It ran in a group of its own (killing the group never touches the server's), and nothing of it lives on.
        Assert.NotEqual(Processes.OwnGroup, group);
        Assert.True(await Published.EventuallyAsync(() => Task.FromResult(Processes.LivingMembersOf(group).Count == 0), seconds: 5),
            $"still alive in group {group}: {string.Join(", ", Processes.LivingMembersOf(group))}");
        Assert.False(Processes.IsAlive(worker), $"the re-parented worker {worker} survived");
    }

    [Fact]
    public async Task WithOneSlotAndAQueueOfOneTheThirdConcurrentDraftConversionGets503WithRetryAfter()
    {
        using var converters = new Converters();
        using var host = new GongkaiFactory(settings: new()
        {
            ["Gongkai:Pdf:Soffice"] = converters.Gated(),
            ["Gongkai:Pdf:MaxConcurrent"] = "1",
            ["Gongkai:Pdf:QueueLimit"] = "1",
        });
        var editor = await Demo.EditorAsync(host);
        var draft = await editor.JsonAsync(HttpMethod.Post, "/api/reports", new { agencyId = await Demo.DepartmentIdAsync(host), year = 2024 });
        var url = $"/api/reports/{draft.GetProperty("id").GetInt32()}/export/pdf";

        var running = editor.SendAsync(HttpMethod.Get, url);
        Assert.True(await Published.EventuallyAsync(() => Task.FromResult(converters.Started == 1)), "the first conversion did not start");
        var second = editor.SendAsync(HttpMethod.Get, url);
        var third = editor.SendAsync(HttpMethod.Get, url);
        // One of the two waits for the slot; the other finds the queue full and is answered at once.
        var answered = await Task.WhenAny(second, third);
        var refused = await answered;
        var waiting = answered == second ? third : second;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("PDF 转换繁忙，请稍后再试", await Published.DetailAsync(refused));
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.False(waiting.IsCompleted);
        // Anonymous visitors cannot reach a draft's conversion at all.
        Assert.Equal(HttpStatusCode.Unauthorized, (await StaffClient.Anonymous(host).GetAsync(url)).StatusCode);

        converters.Release();
        foreach (var done in new[] { await running, await waiting })
        {
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(await done.Content.ReadAsByteArrayAsync(), 0, 4));
        }

        Assert.Equal(2, converters.Started);
    }
}
