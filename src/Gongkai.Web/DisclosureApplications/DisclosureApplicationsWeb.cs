using System.Threading.RateLimiting;
using Gongkai.Application.DisclosureApplications;
using Gongkai.Application.DisclosureApplications.Intake;
using Gongkai.Web.DisclosureApplications.Api;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.DisclosureApplications;

/// <summary>依申请公开 in the web host: its endpoints (the pages are found in this folder), the status-query limit, the 督办 sweep.</summary>
public static class DisclosureApplicationsWeb
{
    /// <summary>The rate limit of the applicant's status query, per address (query codes cannot be tried at speed).</summary>
    public const string StatusQueryPolicy = "disclosure-status";

    public static IServiceCollection AddDisclosureApplicationsWeb(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("Gongkai:RateLimit:StatusQueriesPerMinute", 20);
        services.Configure<RateLimiterOptions>(limiter => limiter.AddPolicy(StatusQueryPolicy, http =>
            RateLimitPartition.GetFixedWindowLimiter("status:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        services.AddSupervisionSweep();
        return services;
    }

    public static void MapDisclosureApplications(this IEndpointRouteBuilder app)
    {
        app.MapIntakeApi();
        app.MapApplicationApi();
        app.MapDocumentApi();
        app.MapLetterTemplateApi();
    }

    /// <summary>The attachments of a form post, each read only when its declared size is within the limit.</summary>
    public static async Task<List<IntakeAttachment>> ReadAttachmentsAsync(IFormFileCollection files, CancellationToken cancel)
    {
        var attachments = new List<IntakeAttachment>();
        foreach (var file in files.Where(f => f.Length > 0 || f.FileName.Length > 0))
        {
            var content = Array.Empty<byte>();
            if (file.Length <= AttachmentRules.MaxBytes)
            {
                using var memory = new MemoryStream();
                await file.CopyToAsync(memory, cancel);
                content = memory.ToArray();
            }

            attachments.Add(new IntakeAttachment(file.FileName, content) { Size = file.Length });
        }

        return attachments;
    }

    /// <summary>A fresh idempotency key for a form: 128 random bits, hex.</summary>
    public static string NewKey() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>An endpoint anyone may call; it changes nothing of a signed-in user's, so it needs no anti-forgery token.</summary>
    internal static RouteHandlerBuilder Public(this RouteHandlerBuilder route) => route.AllowAnonymous().DisableAntiforgery();

    internal static string Iso(DateOnly? date) => date is { } d ? Domain.Calendar.ChineseDateText.Iso(d) : "";

    /// <summary>Field problems by field name (the path without <c>$.</c>), for the forms to show beside each field.</summary>
    internal static Dictionary<string, string> Errors(IEnumerable<Domain.JsonProblem> problems) =>
        problems.GroupBy(p => p.Path.StartsWith("$.", StringComparison.Ordinal) ? p.Path[2..] : p.Path)
            .ToDictionary(g => g.Key, g => string.Join("；", g.Select(p => p.Message)));
}
