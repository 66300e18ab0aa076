using System.Globalization;
using Gongkai.Application.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Gongkai.Web.Hosting;

/// <summary>
/// Public pages of published content at the speed of static files: rendered once per generation of public
/// content (<see cref="PublicContentClock"/>) and kept in the output cache; each carries the generation as
/// its ETag and the moment of the last change as Last-Modified, and a revalidation that still matches is
/// answered 304 before anything is rendered. A publication, correction or repeal moves the generation, so
/// the very next request renders afresh. Signed-in staff are never served from the cache.
/// </summary>
public static class PublicPages
{
    public const string Policy = "PublicPage";

    public static void AddPublicPages(this IServiceCollection services)
    {
        services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .Expire(TimeSpan.FromHours(1))
            .SetVaryByQuery("*")
            .VaryByValue(http => new KeyValuePair<string, string>("g", Generation(http).ToString(CultureInfo.InvariantCulture)))
            .Tag(Policy)));
        services.AddHostedService<PublicContentPoller>();
    }

    /// <summary>After authorization: the validators and 304s, then the output cache.</summary>
    public static void UsePublicPages(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            if (!IsPublicPage(http))
            {
                return next(http);
            }

            var clock = http.RequestServices.GetRequiredService<PublicContentClock>();
            var etag = new EntityTagHeaderValue($"\"g{clock.Generation}\"", isWeak: true);
            var request = http.Request.GetTypedHeaders();
            if (request.IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false))
                || (request.IfNoneMatch.Count == 0 && request.IfModifiedSince is { } since && clock.ChangedAt <= since.AddSeconds(1)))
            {
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                SetValidators(http, etag, clock);
                return Task.CompletedTask;
            }

            http.Response.OnStarting(() =>
            {
                if (http.Response.StatusCode == StatusCodes.Status200OK)
                {
                    SetValidators(http, etag, clock);
                }

                return Task.CompletedTask;
            });
            return next(http);
        });
        app.UseOutputCache();
    }

    private static void SetValidators(HttpContext http, EntityTagHeaderValue etag, PublicContentClock clock)
    {
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = clock.ChangedAt == default ? DateTimeOffset.UnixEpoch : clock.ChangedAt;
        http.Response.Headers.CacheControl = "public, max-age=0, must-revalidate";
    }

    private static bool IsPublicPage(HttpContext http) =>
        HttpMethods.IsGet(http.Request.Method) && http.User.Identity?.IsAuthenticated != true
        && http.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName == Policy;

    private static long Generation(HttpContext http) => http.RequestServices.GetRequiredService<PublicContentClock>().Generation;
}

/// <summary>Takes up changes that another process (the command line's import) made to public content, every two seconds.</summary>
internal sealed class PublicContentPoller(IServiceScopeFactory scopes, ILogger<PublicContentPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PublicContent>().RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not read the public content generation");
            }
        }
    }
}
