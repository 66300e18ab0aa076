using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gongkai.Application.DisclosureApplications.Supervision;

/// <summary>Runs the 督办 sweep when the host starts and every hour after (on the injected clock).</summary>
public sealed class SupervisionSweepService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SupervisionSweepService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var written = await scope.ServiceProvider.GetRequiredService<SupervisionNotices>().SweepAsync(cancel: stoppingToken);
                if (written > 0)
                {
                    logger.LogInformation("督办: {Count} notices written", written);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "督办 sweep failed; it runs again in {Interval}", Interval);
            }

            await Task.Delay(Interval, clock, stoppingToken);
        }
    }
}
