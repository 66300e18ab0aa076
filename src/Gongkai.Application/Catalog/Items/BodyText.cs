using System.Net;
using System.Text;

namespace Gongkai.Application.Catalog.Items;

/// <summary>
/// The text of a body that <see cref="BodyHtml.Sanitise"/> made, without an HTML parser: search excerpts read
/// twenty bodies per request, and a parse per body was most of a search's time. Same result as
/// <see cref="BodyHtml.Text"/> for sanitised HTML (tags dropped, a line break at the end of each block and at
/// each br, entities decoded, lines trimmed, blank lines dropped); not for arbitrary HTML.
/// </summary>
public static class BodyText
{
    private static readonly string[] BlockEnds = ["/p", "/div", "/li", "/tr", "/h1", "/h2", "/h3", "/h4", "/h5", "/h6", "br"];

    public static string Of(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] != '<')
            {
                var next = html.IndexOf('<', i);
                var end = next < 0 ? html.Length : next;
                text.Append(html, i, end - i);
                i = end;
                continue;
            }

            // A tag: to its closing '>', stepping over quoted attribute values (which may hold '>').
            var j = i + 1;
            char quote = '\0';
            while (j < html.Length && (quote != '\0' || html[j] != '>'))
            {
                quote = quote == '\0' ? (html[j] is '"' or '\'' ? html[j] : '\0') : (html[j] == quote ? '\0' : quote);
                j++;
            }

            var name = html.AsSpan(i + 1, j - i - 1);
            var nameEnd = name.IndexOfAny(' ', '/', '>') is var k and > 0 ? k : name.Length;
            var tag = name[0] == '/' ? "/" + name[1..].ToString().Split(' ', '>')[0] : name[..nameEnd].ToString();
            if (BlockEnds.Contains(tag.ToLowerInvariant()))
            {
                text.Append('\n');
            }

            i = j + 1;
        }

        return string.Join('\n', WebUtility.HtmlDecode(text.ToString()).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }
}
