using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Gongkai.Application.AnnualReports.Export.Html;

/// <summary>HTML-encodes text without turning Chinese (or ·, “ ”) into numeric entities.</summary>
public static class HtmlText
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string text) => Encoder.Encode(text);
}
