using System.Text.Json;
using Gongkai.Application;
using Gongkai.Application.Catalog;
using Gongkai.Domain.Catalog;
using Gongkai.Web.Hosting;

namespace Gongkai.Web.Catalog.Staff;

/// <summary>
/// <c>POST /api/catalog/staff/items/{id}/sign-off</c> (签发; revision in If-Match, the anti-forgery header,
/// JSON <c>{"opinion": …, "confirmWithoutInterpretation": true}</c>): a policy needing its 政策解读 without one
/// is refused with 409 unless confirmed (三同步), as the page refuses it without the 仍然签发 box.
/// </summary>
public static class SignOffApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record SignOffInput(string? Opinion, bool ConfirmWithoutInterpretation);

    public static void MapSignOffApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/catalog/staff/items/{id:int}/sign-off", async (int id, HttpContext http, CatalogCommands commands, CancellationToken cancel) =>
        {
            await http.RequireAntiforgeryAsync();
            var staff = http.Staff();
            var revision = http.RequireRevision();
            var input = await ReadAsync(http, cancel);
            var outcome = await commands.SignOffAsync(staff, id, revision, input.Opinion, input.ConfirmWithoutInterpretation, cancel);
            var item = outcome.Item;
            http.Response.Headers.ETag = StaffEndpointExtensions.ETag(item.Revision);
            return Results.Json(new
            {
                item.Id, item.IndexNo, item.Revision, status = item.Working.Status.ToString(),
                statusName = CatalogWorkflow.StatusName(item.Working.Status, item.Working.Content.Disclosure), warnings = outcome.Warnings,
            });
        }).RequireAuthorization(Policies.Staff).DisableAntiforgery();

    private static async Task<SignOffInput> ReadAsync(HttpContext http, CancellationToken cancel)
    {
        if (!http.Request.HasJsonContentType())
        {
            return new SignOffInput(null, false);
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<SignOffInput>(http.Request.Body, Json, cancel) ?? new SignOffInput(null, false);
        }
        catch (JsonException)
        {
            throw GongkaiException.Invalid("请求体应为 JSON 对象：{\"opinion\": \"签发意见\", \"confirmWithoutInterpretation\": true|false}");
        }
    }
}
