using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Domain.DisclosureApplications;

namespace Gongkai.TestSupport;

/// <summary>What a load run did: every acknowledged submission (its idempotency key and tracking number), the attempts, the time.</summary>
public sealed record IntakeLoadResult(IReadOnlyDictionary<string, string> Acknowledged, int Planned, int Attempts, int Failures, TimeSpan Elapsed)
{
    public double PerSecond => Acknowledged.Count / Elapsed.TotalSeconds;
}

/// <summary>
/// Clients of the public application API (<c>POST /api/apply</c>) as a retrying client behaves: each submission has
/// its own idempotency key and is sent again with the same key and body after a refused connection, a reset, a
/// time-out or a 5xx, until it is acknowledged (201, or 200 for a replay) or the deadline passes. Submissions start
/// at a steady rate (or as fast as the connections allow, with rate 0).
/// </summary>
public sealed class IntakeLoad(Uri server, int agencyId, int connections)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IntakeLoadResult> RunAsync(int submissions, double perSecond, TimeSpan deadline, int seed = 1, CancellationToken cancel = default)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(10) };
        var acknowledged = new ConcurrentDictionary<string, string>();
        var (attempts, failures) = (0, 0);
        var clock = Stopwatch.StartNew();
        var random = new Random(seed);
        var bodies = Enumerable.Range(0, submissions).Select(i => (Key: $"load-{seed}-{i:000000}-{Guid.NewGuid():N}", Body: Body(random, i))).ToList();
        using var gate = new SemaphoreSlim(connections);
        var tasks = new List<Task>(submissions);
        for (var i = 0; i < submissions; i++)
        {
            if (perSecond > 0)
            {
                var due = TimeSpan.FromSeconds(i / perSecond);
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed, cancel);
                }
            }

            await gate.WaitAsync(cancel);
            var (key, body) = bodies[i];
            tasks.Add(Task.Run(async () =>
            {
                try
                {
                    while (clock.Elapsed < deadline)
                    {
                        Interlocked.Increment(ref attempts);
                        if (await TryAsync(client, key, body, cancel) is { } number)
                        {
                            acknowledged[key] = number;
                            return;
                        }

                        Interlocked.Increment(ref failures);
                        await Task.Delay(200, cancel);
                    }
                }
                finally
                {
                    gate.Release();
                }
            }, cancel));
        }

        await Task.WhenAll(tasks);
        return new IntakeLoadResult(acknowledged, submissions, attempts, failures, clock.Elapsed);
    }

    /// <summary>The tracking number when acknowledged; null when the submission must be retried.</summary>
    private static async Task<string?> TryAsync(HttpClient client, string key, string body, CancellationToken cancel)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/apply") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await client.SendAsync(request, cancel);
            if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
            {
                return (await response.Content.ReadFromJsonAsync<JsonElement>(Json, cancel)).GetProperty("trackingNumber").GetString();
            }

            return (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests
                ? null
                : throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancel)}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException && !cancel.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>A valid application of a natural person with a fresh 居民身份证号码.</summary>
    private string Body(Random random, int i)
    {
        var first17 = $"150785{1950 + random.Next(0, 55)}{random.Next(1, 13):00}{random.Next(1, 29):00}{random.Next(0, 1000):000}";
        return JsonSerializer.Serialize(new
        {
            agencyId,
            applicantType = "NaturalPerson",
            name = "压测申请人" + i.ToString(CultureInfo.InvariantCulture),
            idDocumentType = ApplicationIntakeRules.ResidentIdCard,
            idNumber = first17 + ApplicationIntakeRules.ResidentIdCheck(first17),
            phone = "139" + random.Next(10000000, 99999999).ToString(CultureInfo.InvariantCulture),
            description = $"第 {i} 号压测申请：某年度某项目的批准文件",
            form = "Electronic",
            way = "Online",
        }, Json);
    }
}
