using Gongkai.Application.Catalog;
using Gongkai.Web.Catalog.Portal;
using Gongkai.Web.Catalog.Staff;
using Gongkai.Web.Hosting;

namespace Gongkai.Web.Catalog;

/// <summary>The catalog's endpoints (its pages are found by Razor Pages in this folder).</summary>
public static class CatalogWeb
{
    public static void MapCatalog(this IEndpointRouteBuilder app)
    {
        app.MapPortal();
        app.MapSignOffApi();
        app.MapGet("/catalog/staff/items/{id:int}/attachments/{attachmentId:long}", async (int id, long attachmentId, HttpContext http, CatalogQueries queries, CancellationToken cancel) =>
        {
            var (attachment, content) = await queries.AttachmentAsync(http.Staff(), id, attachmentId, cancel);
            return Results.File(content, attachment.ContentType, attachment.FileName);
        }).RequireAuthorization(Policies.Staff);
    }
}
