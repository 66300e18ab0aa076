using Gongkai.Application;
using Gongkai.Application.DisclosureApplications.Letters.Templates;
using Gongkai.Domain;
using Gongkai.Web.Hosting;

namespace Gongkai.Web.DisclosureApplications.Api;

/// <summary>
/// The agency's letter templates (ADR 0013): the list with the version in force, each template as a DOCX, a new
/// version uploaded as the request body (the DOCX's bytes), the default restored. Staff of the agency read; its
/// 审核人 or administrator change (403 otherwise); changes carry the anti-forgery header.
/// </summary>
public static class LetterTemplateApi
{
    public static void MapLetterTemplateApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/letter-templates").RequireAuthorization(Policies.Staff).DisableAntiforgery();

        api.MapGet("", async (HttpContext http, LetterTemplates templates, CancellationToken cancel) =>
            Results.Json((await templates.ListAsync(http.Staff(), cancel)).Select(t => new
            {
                t.Key, t.Name, t.Version, t.IsDefault, t.UploadedBy, t.UploadedAt, fields = t.Fields,
            })));

        api.MapGet("/fields", () => Results.Json(LetterFields.All.Select(f => new { f.Name, f.Meaning })));

        api.MapGet("/{key}", async (string key, HttpContext http, LetterTemplates templates, CancellationToken cancel) =>
        {
            var file = await templates.DownloadAsync(http.Staff(), key, cancel);
            return Results.File(file.Content, file.ContentType, file.FileName);
        });

        api.MapPut("/{key}", async (string key, string? fileName, HttpContext http, LetterTemplates templates, CancellationToken cancel) =>
        {
            await http.RequireAntiforgeryAsync();
            var content = await ReadBoundedAsync(http.Request.Body, LetterTemplates.MaxBytes, cancel);
            var version = await templates.UploadAsync(http.Staff(), key, fileName ?? key + ".docx", content, cancel);
            return Results.Json(new { key, version });
        });

        api.MapPost("/{key}/restore-default", async (string key, HttpContext http, LetterTemplates templates, CancellationToken cancel) =>
        {
            await http.RequireAntiforgeryAsync();
            return Results.Json(new { key, version = await templates.RestoreDefaultAsync(http.Staff(), key, cancel) });
        });
    }

    /// <summary>The body, or a refusal once it passes the limit (not read to its end).</summary>
    internal static async Task<byte[]> ReadBoundedAsync(Stream body, int max, CancellationToken cancel)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, cancel)) > 0)
        {
            memory.Write(buffer, 0, read);
            if (memory.Length > max)
            {
                throw GongkaiException.Invalid($"模板文件不能超过 {max / 1024 / 1024} MB", [new JsonProblem("$.file", "文件过大")]);
            }
        }

        return memory.ToArray();
    }
}
