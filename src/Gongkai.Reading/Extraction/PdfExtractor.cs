using System.Text;
using Gongkai.Reading.Solving;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Gongkai.Reading.Extraction;

/// <summary>
/// The text layer of a PDF through PdfPig (no OCR): letters grouped into lines by their baseline, ordered
/// left to right, with a space wherever the gap between two letters is wider than a fraction of the font
/// size, which is how table cells show in the text. The result is read like any text from a PDF.
/// </summary>
internal static class PdfExtractor
{
    public static ExtractedText Extract(byte[] content, ReadDeadline deadline)
    {
        using var pdf = Open(content);
        var text = new StringBuilder(64 * 1024);
        var letters = 0;
        foreach (var page in pdf.GetPages())
        {
            deadline.Check();
            letters += page.Letters.Count;
            foreach (var line in Lines(page.Letters))
            {
                text.Append(line).Append('\n');
            }
        }

        if (letters == 0)
        {
            throw new ExtractionException("PDF 没有文字层（可能是扫描件或图片），本工具不做文字识别（OCR），无法读取");
        }

        return new ExtractedText(text.ToString());
    }

    private static PdfDocument Open(byte[] content)
    {
        try
        {
            return PdfDocument.Open(content);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ExtractionException($"PDF 文件已损坏、加密或无法解析，无法读取（{e.GetType().Name}）");
        }
    }

    private static IEnumerable<string> Lines(IReadOnlyList<Letter> letters)
    {
        var rows = new List<List<Letter>>();
        foreach (var letter in letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            var size = Math.Max(letter.PointSize, 1);
            var row = rows.Count > 0 && Math.Abs(rows[^1][0].StartBaseLine.Y - letter.StartBaseLine.Y) <= size * 0.4 ? rows[^1] : null;
            if (row is null)
            {
                rows.Add([letter]);
            }
            else
            {
                row.Add(letter);
            }
        }

        foreach (var row in rows)
        {
            row.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
            var line = new StringBuilder(row.Count * 2);
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0 && row[i].StartBaseLine.X - row[i - 1].EndBaseLine.X > Math.Max(row[i].PointSize, 1) * 0.3)
                {
                    line.Append(' ');
                }

                line.Append(row[i].Value);
            }

            yield return line.ToString();
        }
    }
}
