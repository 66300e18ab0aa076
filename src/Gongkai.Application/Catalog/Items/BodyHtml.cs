using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Gongkai.Application.Catalog.Items;

/// <summary>
/// The body of an item as it may be stored and shown: the editor's HTML with scripts, event handlers,
/// styles that can load things, and every frame removed (HtmlSanitizer's allow-list, without iframe),
/// links kept only to http(s), mail and the site itself. Also its plain text, for search and the scan.
/// </summary>
public static class BodyHtml
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitise(string? html) => string.IsNullOrWhiteSpace(html) ? "" : Sanitizer.Sanitize(html).Trim();

    /// <summary>The text a reader sees, paragraphs on their own lines.</summary>
    public static string Text(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        using var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        foreach (var block in document.QuerySelectorAll("p, div, li, tr, br, h1, h2, h3, h4, h5, h6"))
        {
            block.Append(document.CreateTextNode("\n"));
        }

        return string.Join('\n', (document.Body?.TextContent ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    /// <summary>Plain text typed or pasted without markup becomes paragraphs, encoded.</summary>
    public static string FromPlainText(string text) =>
        string.Concat(text.Replace("\r", "", StringComparison.Ordinal).Split('\n').Where(l => l.Trim().Length > 0)
            .Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l.Trim()) + "</p>"));

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Remove("iframe");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" })
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        return sanitizer;
    }
}
