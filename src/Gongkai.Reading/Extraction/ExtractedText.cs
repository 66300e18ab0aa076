namespace Gongkai.Reading.Extraction;

/// <summary>
/// A document as lines of text: paragraphs as they are, table rows as cells joined by
/// <see cref="Text.CharClass.Sep"/> (with one after the last cell, so a blank last cell still counts).
/// </summary>
/// <param name="TitleHint">A heading the format marks as such (HTML h1–h3), preferred as the title.</param>
/// <param name="FallbackTitle">A title to use where the body has none (HTML &lt;title&gt;).</param>
internal sealed record ExtractedText(string Text, string? TitleHint = null, string? FallbackTitle = null)
{
    /// <summary>Pages read by OCR (no text layer): their numbers are trusted only where the arithmetic confirms them.</summary>
    public IReadOnlyList<int> OcrPages { get; init; } = [];
}

/// <summary>A file that cannot be read, with the message for the user.</summary>
internal sealed class ExtractionException(string message) : Exception(message);
