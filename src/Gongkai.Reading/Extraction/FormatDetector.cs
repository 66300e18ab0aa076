namespace Gongkai.Reading.Extraction;

/// <summary>Decides the form of a file from its first bytes, then its name, then a look at its text.</summary>
internal static class FormatDetector
{
    public static InputFormat Detect(ReadOnlySpan<byte> content, string fileName)
    {
        if (content.StartsWith("%PDF"u8))
        {
            return InputFormat.Pdf;
        }

        if (content.StartsWith("PK\u0003\u0004"u8))
        {
            return InputFormat.Docx;
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        switch (extension)
        {
            case ".docx":
                return InputFormat.Docx;
            case ".pdf":
                return InputFormat.Pdf;
            case ".html" or ".htm" or ".xhtml" or ".shtml" or ".mht":
                return InputFormat.Html;
        }

        var head = content[..Math.Min(content.Length, 8192)];
        if (LooksLikeHtml(head))
        {
            return InputFormat.Html;
        }

        return extension is ".md" or ".markdown" || LooksLikeMarkdown(head) ? InputFormat.Markdown : InputFormat.Text;
    }

    /// <summary>An old binary Word file (OLE compound document): not read, but named in the message.</summary>
    public static bool IsOleDocument(ReadOnlySpan<byte> content) => content.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head) =>
        head.IndexOf("<html"u8) >= 0 || head.IndexOf("<HTML"u8) >= 0 || head.IndexOf("<!DOCTYPE"u8) >= 0 || head.IndexOf("<!doctype"u8) >= 0 ||
        head.IndexOf("<table"u8) >= 0 || head.IndexOf("<TABLE"u8) >= 0 || head.IndexOf("<body"u8) >= 0;

    /// <summary>A Markdown pipe table has a delimiter row such as “|---|:---:|”.</summary>
    private static bool LooksLikeMarkdown(ReadOnlySpan<byte> head) => head.IndexOf("|---"u8) >= 0 || head.IndexOf("| ---"u8) >= 0 || head.IndexOf("|:--"u8) >= 0;
}
