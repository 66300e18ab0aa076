using System.Text;
using System.Xml;
using Gongkai.Application.Agencies;
using Gongkai.Application.Catalog;
using Gongkai.Application.Catalog.Portal;
using Gongkai.Application.Catalog.Search;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Catalog.Portal;

/// <summary>The portal's non-page addresses: the Atom feeds, public attachments, and the public JSON API (search, an item).</summary>
public static class PortalEndpoints
{
    /// <summary>Chinese as it is, not \u escapes: the API is read by people too (HTML-significant characters stay escaped).</summary>
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static void MapPortal(this IEndpointRouteBuilder app)
    {
        var cached = new OutputCacheAttribute { PolicyName = Hosting.PublicPages.Policy };
        app.MapGet("/catalog/feed.atom", (HttpContext http, PortalQueries portal, AgencyDirectory agencies, CancellationToken cancel) => FeedAsync(http, null, portal, agencies, cancel))
            .AllowAnonymous().WithMetadata(cached);
        app.MapGet("/catalog/{agencyId:int}/feed.atom", (int agencyId, HttpContext http, PortalQueries portal, AgencyDirectory agencies, CancellationToken cancel) => FeedAsync(http, agencyId, portal, agencies, cancel))
            .AllowAnonymous().WithMetadata(cached);
        app.MapGet("/catalog/attachments/{attachmentId:long}", async (long attachmentId, CatalogQueries queries, CancellationToken cancel) =>
        {
            var (attachment, content) = await queries.PublicAttachmentAsync(attachmentId, cancel);
            return Results.File(content, attachment.ContentType, attachment.FileName);
        }).AllowAnonymous();
        app.MapGet("/api/catalog/search", async (string? q, int? agency, int? year, string? category, bool? inForce, int? page, CatalogSearch search, CancellationToken cancel) =>
        {
            var result = await search.SearchAsync(q, new SearchFilters(agency, year, string.IsNullOrWhiteSpace(category) ? null : category, inForce), page ?? 1, 20, cancel);
            return Results.Json(new
            {
                query = result.Query,
                total = result.Total,
                total_capped = result.TotalCapped,
                page = result.Page,
                items = result.Hits.Select(h => new { id = h.ItemId, index_no = h.IndexNo, title = h.Title, document_no = h.DocumentNo, published_on = h.PublishedOn, agency = h.Agency, in_force = h.InForce, score = h.Score, url = $"/catalog/items/{h.ItemId}" }),
            }, Json);
        }).AllowAnonymous();
        app.MapGet("/api/catalog/items/{id:int}", async (int id, CatalogQueries queries, CancellationToken cancel) =>
        {
            var (item, version) = await queries.GetPublicAsync(id, cancel);
            var c = version.Content;
            return Results.Json(new
            {
                id = item.Id, index_no = item.IndexNo, title = c.Title, document_no = c.DocumentNo, publisher = c.Publisher, written_on = c.WrittenOn, published_on = c.PublishedOn,
                category = c.Category, genre = c.Genre, keywords = c.Keywords, summary = c.Summary, in_force = version.InForce, repealed_on = version.RepealedOn, version = version.Number,
                body_html = c.BodyHtml, attachments = version.Attachments.Select(a => new { name = a.FileName, size = a.Length, sha256 = a.Sha256, url = $"/catalog/attachments/{a.Id}" }),
            }, Json);
        }).AllowAnonymous();
    }

    /// <summary>Atom 1.0 (RFC 4287) of the newest 50 public items.</summary>
    private static async Task<IResult> FeedAsync(HttpContext http, int? agencyId, PortalQueries portal, AgencyDirectory agencies, CancellationToken cancel)
    {
        var agency = agencyId is { } id ? await agencies.FindAsync(id, cancel) : null;
        if (agencyId is not null && agency is null)
        {
            return Results.NotFound();
        }

        var items = await portal.LatestAsync(agencyId, 50, cancel);
        var names = (await agencies.AllAsync(cancel)).ToDictionary(a => a.Id, a => a.Name);
        var site = $"{http.Request.Scheme}://{http.Request.Host}";
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true }))
        {
            const string Atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "zh-Hans");
            xml.WriteElementString("title", Atom, $"{agency?.Name ?? "政府信息公开"}：主动公开的政府信息");
            xml.WriteElementString("id", Atom, $"{site}/catalog{(agencyId is null ? "" : "/" + agencyId)}/feed.atom");
            xml.WriteElementString("updated", Atom, XmlConvert.ToString(items.Select(i => i.SignedAt ?? DateTimeOffset.UnixEpoch).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max()));
            Link(xml, Atom, "self", $"{site}{http.Request.Path}");
            Link(xml, Atom, "alternate", $"{site}/catalog{(agencyId is null ? "" : "/" + agencyId)}");
            foreach (var item in items)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, item.Title);
                xml.WriteElementString("id", Atom, $"{site}/catalog/items/{item.Id}");
                Link(xml, Atom, "alternate", $"{site}/catalog/items/{item.Id}");
                xml.WriteElementString("updated", Atom, XmlConvert.ToString(item.SignedAt ?? new DateTimeOffset(item.PublishedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8))));
                xml.WriteElementString("published", Atom, XmlConvert.ToString(new DateTimeOffset(item.PublishedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8))));
                xml.WriteStartElement("author", Atom);
                xml.WriteElementString("name", Atom, names.GetValueOrDefault(item.AgencyId, ""));
                xml.WriteEndElement();
                xml.WriteElementString("summary", Atom, string.Join("；", new[] { item.IndexNo is null ? null : "索引号 " + item.IndexNo, item.DocumentNo, item.Summary }.Where(s => !string.IsNullOrEmpty(s))));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return Results.Bytes(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }

    private static void Link(XmlWriter xml, string ns, string rel, string href)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
