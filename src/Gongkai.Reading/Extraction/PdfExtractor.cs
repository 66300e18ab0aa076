using System.Text;
using Gongkai.Reading.Ocr;
using Gongkai.Reading.Solving;
using Gongkai.Reading.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Gongkai.Reading.Extraction;

/// <summary>
/// The text layer of a PDF through PdfPig (no OCR). Tables drawn with rules are read by their cells
/// (<see cref="RuledTable"/>): each letter belongs to the cell its position falls in, so a label wrapped
/// over several lines stays whole and the result is the same lines of cells that HTML and DOCX tables
/// give. Everything else is grouped into lines by baseline (<see cref="PdfLines"/>), and page by page,
/// top to bottom, the two are put back in order. A table continued from the previous page loses the
/// header rows it repeats.
/// </summary>
internal static class PdfExtractor
{
    public static ExtractedText Extract(byte[] content, ReadLimits limits, ReadDeadline deadline, OcrTools tools)
    {
        var filters = new PdfFilters(limits, deadline) { PlainFormGlyphs = PdfPlainStreams.LargestForm(content, limits) };
        using var pdf = Open(content, filters);
        if (pdf.NumberOfPages > limits.MaxPdfPages)
        {
            throw new ExtractionException($"PDF 共 {pdf.NumberOfPages} 页，超过上限 {limits.MaxPdfPages} 页（由文件大小上限推算），不像是一份年度报告，未读取");
        }

        var pages = new List<string>?[pdf.NumberOfPages + 1];
        var scanned = new List<(int Number, double Width, double Height)>();
        var length = 0;
        List<string>? openTable = null;
        for (var number = 1; number <= pdf.NumberOfPages; number++)
        {
            deadline.Check();
            var page = Page(pdf, number, filters);
            if (page.Letters.Count == 0)
            {
                // No text layer: a scan, if the page shows an image; read by OCR below.
                if (page.NumberOfImages > 0)
                {
                    scanned.Add((number, page.Width, page.Height));
                }

                openTable = null;
                continue;
            }

            var lines = pages[number] = [];
            var items = PageItems(page);
            var first = items.FindIndex(i => !IsFooter(i));
            var last = items.FindLastIndex(i => !IsFooter(i));
            for (var i = 0; i < items.Count; i++)
            {
                var rows = items[i].Rows;
                var skip = i == first && rows is not null && openTable is not null ? RepeatedHeader(openTable, rows) : 0;
                lines.AddRange(rows?.Skip(skip) ?? [items[i].Line!]);
            }

            length += lines.Sum(l => l.Length + 1);
            if (length > limits.MaxTextChars)
            {
                throw new ExtractionException($"PDF 文件中的文字超过上限（{limits.MaxTextChars / 10_000} 万字），不像是一份年度报告，未读取");
            }

            openTable = last >= 0 && items[last].Rows is { } lastRows ? (first == last && openTable is not null ? openTable : lastRows) : null;
        }

        if (scanned.Count > 0)
        {
            Scanned(content, scanned, pages, limits, deadline, tools);
        }

        if (pages.All(p => p is null || p.Count == 0))
        {
            throw new ExtractionException(scanned.Count > 0
                ? "PDF 是扫描件（没有文字层），文字识别（OCR）没有识别出任何文字，未读取"
                : "PDF 中没有可读取的文字（没有文字层，也没有扫描的页面图像），未读取");
        }

        var text = new StringBuilder(length + 1024);
        foreach (var line in pages.Where(p => p is not null).SelectMany(p => p!))
        {
            text.Append(line).Append('\n');
        }

        return new ExtractedText(text.ToString()) { OcrPages = [.. scanned.Select(s => s.Number)] };
    }

    /// <summary>The pages without a text layer, read by OCR within the time allowed for it (<see cref="ReadLimits.OcrTimePerFile"/>).</summary>
    private static void Scanned(byte[] content, List<(int Number, double Width, double Height)> scanned, List<string>?[] pages, ReadLimits limits, ReadDeadline deadline, OcrTools tools)
    {
        if (scanned.Count > limits.MaxOcrPages)
        {
            throw new ExtractionException($"PDF 有 {scanned.Count} 页是扫描的图像（没有文字层），超过文字识别（OCR）的上限 {limits.MaxOcrPages} 页（按每页约 6 秒、共 {limits.OcrTimePerFile.TotalSeconds:0} 秒推算），未读取");
        }

        deadline.ExtendTo(limits.OcrTimePerFile);
        foreach (var (number, lines) in new OcrReader(tools, deadline).Read(content, scanned))
        {
            pages[number] = lines;
        }
    }

    /// <summary>One page, its content decoded within the page's budget.</summary>
    private static Page Page(PdfDocument pdf, int number, PdfFilters filters)
    {
        filters.BeginPage(number);
        try
        {
            var page = pdf.GetPage(number);
            filters.ThrowIfBreached();
            return page;
        }
        catch (Exception e) when (filters.Breach is not null && e is not ExtractionException)
        {
            throw new ExtractionException(filters.Breach);
        }
    }

    /// <summary>A line of text, or a table's rows, at its height on the page.</summary>
    private sealed record PageItem(double Y, string? Line, List<string>? Rows);

    private static bool IsFooter(PageItem item) => item.Line is { } line && NormalText.IsFooter(line);

    /// <summary>
    /// How many leading rows of a table that continues one from the previous page repeat that table's
    /// header: rows equal to its first rows, in order, holding no digit, and never the whole table.
    /// </summary>
    private static int RepeatedHeader(List<string> header, List<string> rows)
    {
        var n = 0;
        while (n < header.Count && n < rows.Count - 1 && rows[n] == header[n] && !rows[n].AsSpan().ContainsAnyInRange('0', '9'))
        {
            n++;
        }

        return n;
    }

    private static PdfDocument Open(byte[] content, PdfFilters filters)
    {
        try
        {
            var pdf = PdfDocument.Open(content, new ParsingOptions { FilterProvider = filters });
            filters.ThrowIfBreached();
            return pdf;
        }
        catch (ExtractionException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            filters.ThrowIfBreached();
            throw new ExtractionException($"PDF 文件已损坏、加密或无法解析，无法读取（{e.GetType().Name}）");
        }
    }

    /// <summary>
    /// A page's text top to bottom: its ruled tables as rows of cells, the rest as lines. A table whose
    /// rules do not enclose its letters cleanly (a letter or a run of text across a rule, text right
    /// beside it, a cell of many lines) is left to the lines, as if it had no rules.
    /// </summary>
    private static List<PageItem> PageItems(Page page)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var tables = letters.Count == 0 ? [] : RuledTable.Find(PdfRules.Of(page));
        var free = new List<Letter>();
        var cells = tables.Select(t => t.Cells.Select(_ => new List<Letter>()).ToArray()).ToArray();
        var clean = tables.Select(_ => true).ToArray();
        foreach (var letter in letters)
        {
            var centre = letter.BoundingBox.Centroid;
            var t = tables.FindIndex(table => table.Contains(centre));
            if (t < 0)
            {
                free.Add(letter);
                continue;
            }

            var cell = tables[t].CellAt(centre);
            clean[t] &= tables[t].Fits(cell, letter.BoundingBox);
            cells[t][cell].Add(letter);
        }

        var items = new List<PageItem>();
        for (var t = 0; t < tables.Count; t++)
        {
            var rows = clean[t] && !free.Exists(tables[t].IsBeside) && !RuledTable.TextRunsAcrossRules(cells[t]) ? tables[t].Rows(cells[t]) : null;
            if (rows is null)
            {
                free.AddRange(cells[t].SelectMany(c => c));
            }
            else if (rows.Count > 0)
            {
                items.Add(new PageItem(tables[t].Top, null, rows));
            }
        }

        items.AddRange(PdfLines.Of(free).Select(l => new PageItem(l.Y, l.Text, null)));
        return [.. items.OrderByDescending(i => i.Y)];
    }
}
