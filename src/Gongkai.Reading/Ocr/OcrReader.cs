using System.Globalization;
using Gongkai.Reading.Extraction;
using Gongkai.Reading.Script;
using Gongkai.Reading.Solving;

namespace Gongkai.Reading.Ocr;

/// <summary>
/// Pages without a text layer, read by OCR into the same lines the text layer gives: each page is rasterised
/// (pdftoppm, greyscale), its ruling lines make the tables' grid (<see cref="ImageRules"/>,
/// <see cref="RuledTable"/>), the page is read whole in Chinese (Tesseract, chi_sim, or chi_tra where the
/// text turns out Traditional) for prose and labels, and every cell that holds ink but no Chinese is read
/// again alone as a number (digits only, one line). Everything runs within the reading's deadline, and the
/// numbers are trusted only where the tables' arithmetic confirms them (<see cref="OcrAcceptance"/>).
/// </summary>
internal sealed class OcrReader(OcrTools tools, ReadDeadline deadline)
{
    /// <summary>Pixels a page image may have (A3 at 200 dpi is 7.8 million): a larger page is rendered at a lower resolution.</summary>
    private const long MaxPixels = 12_000_000;

    private const double Dpi = 200;

    /// <summary>Tesseract's confidence (0–100) from which a word of Chinese is taken as read.</summary>
    private const double SureConfidence = 70;

    /// <summary>Below this confidence a cell read alone keeps what the whole page gave it.</summary>
    private const double MinConfidence = 50;

    private string _language = "chi_sim";
    private bool _languageDecided;

    /// <summary>The lines of each page, by page number.</summary>
    public Dictionary<int, List<string>> Read(byte[] pdf, IReadOnlyList<(int Number, double Width, double Height)> pages)
    {
        tools.EnsureInstalled();
        var work = Directory.CreateTempSubdirectory("gongkai-ocr-");
        try
        {
            var input = Path.Combine(work.FullName, "in.pdf");
            File.WriteAllBytes(input, pdf);
            var lines = new Dictionary<int, List<string>>();
            foreach (var (number, width, height) in pages)
            {
                deadline.Check();
                lines[number] = Page(input, number, width, height, work.FullName);
            }

            return lines;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private List<string> Page(string input, int number, double width, double height, string work)
    {
        var dpi = Math.Min(Dpi, Math.Sqrt(MaxPixels / Math.Max(1, width / 72 * (height / 72))));
        if (dpi < 72)
        {
            throw new ExtractionException($"PDF 第 {number} 页尺寸过大（{width:0} × {height:0} 点），无法做文字识别，未读取");
        }

        var resolution = ((int)dpi).ToString(CultureInfo.InvariantCulture);
        var page = number.ToString(CultureInfo.InvariantCulture);
        ChildProcess.Run(tools.Pdftoppm!, ["-gray", "-r", resolution, "-f", page, "-l", page, "-singlefile", input, $"p{page}"], work, deadline, "把扫描页转为图像");
        var image = GrayImage.Read(Path.Combine(work, $"p{page}.pgm"), (long)(MaxPixels * 1.1));
        // A grid smaller than 2 × ½ inch is strokes of large characters (a title), not a table.
        var tables = RuledTable.Find(ImageRules.Find(image, (int)dpi)).Where(t => t.Right - t.Left >= 144 && t.Top - t.Bottom >= 36).ToList();
        var words = Words(Path.Combine(work, $"p{page}.pgm"), work);
        var scale = (int)dpi / 72.0;
        var items = new List<(double Y, List<string> Lines)>();
        var claimed = new HashSet<OcrWord>(ReferenceEqualityComparer.Instance);
        for (var t = 0; t < tables.Count; t++)
        {
            var texts = Cells(tables[t], image, words, scale, claimed, work, $"{page}-{t}");
            items.Add(((image.Height - (tables[t].Top * scale)), tables[t].Rows(texts)));
        }

        foreach (var line in words.Where(w => !claimed.Contains(w)).GroupBy(w => (w.Block, w.Paragraph, w.Line)))
        {
            items.Add((line.Min(w => w.Top), [OcrWord.Join(line.OrderBy(w => w.Left))]));
        }

        return [.. items.OrderBy(i => i.Y).SelectMany(i => i.Lines)];
    }

    /// <summary>The page's words, read whole; the first page decides between Simplified and Traditional.</summary>
    private List<OcrWord> Words(string image, string work)
    {
        var words = OcrWord.Parse(ChildProcess.Run(tools.Tesseract!, [image, "stdout", "-l", _language, "--psm", "3", "tsv"], work, deadline, "文字识别（Tesseract）"));
        if (!_languageDecided)
        {
            _languageDecided = true;
            var text = string.Concat(words.Select(w => w.Text));
            var ideographs = text.Count(IsIdeograph);
            var traditional = text.Zip(CharacterTable.Convert(text)).Count(p => p.First != p.Second);
            if (ideographs > 0 && traditional >= Math.Max(5, ideographs / 30) && tools.Has("chi_tra"))
            {
                _language = "chi_tra";
                return Words(image, work);
            }
        }

        return words;
    }

    /// <summary>
    /// The text of each cell of a table. A cell whose words from the page hold Chinese read with confidence
    /// (or three characters of it) is a label: its words are kept, and where some were unsure the cell is read
    /// again alone. Any other cell that holds ink is read alone as a number. Each kind goes to Tesseract in
    /// one run per table (a list of cell images), so the model is loaded once.
    /// </summary>
    private string[] Cells(RuledTable table, GrayImage image, List<OcrWord> words, double scale, HashSet<OcrWord> claimed, string work, string name)
    {
        var texts = new string[table.Cells.Count];
        var numbers = new List<(int Cell, string Path)>();
        var labels = new List<(int Cell, string Path)>();
        var inset = Math.Max(3, (int)(scale * 72 / 50));
        for (var i = 0; i < table.Cells.Count; i++)
        {
            var (left, top, right, bottom) = table.Bounds(i);
            int x0 = (int)(left * scale) + inset, x1 = (int)(right * scale) - inset;
            int y0 = (int)(image.Height - (top * scale)) + inset, y1 = (int)(image.Height - (bottom * scale)) - inset;
            var inside = words.Where(w => w.CentreX > x0 - inset && w.CentreX < x1 + inset && w.CentreY > y0 - inset && w.CentreY < y1 + inset).ToList();
            claimed.UnionWith(inside);
            texts[i] = "";
            if (x1 <= x0 || y1 <= y0 || image.Ink(x0, y0, x1, y1) < 8)
            {
                continue;
            }

            var chinese = inside.Where(w => w.Text.Any(IsIdeograph)).ToList();
            var path = Path.Combine(work, $"c{name}-{i}.pgm");
            if (chinese.Exists(w => w.Confidence >= SureConfidence) || chinese.Sum(w => w.Text.Count(IsIdeograph)) >= 3)
            {
                texts[i] = OcrWord.Join(inside);
                if (chinese.Exists(w => w.Confidence < SureConfidence))
                {
                    image.WriteCrop(path, x0, y0, x1, y1, 12);
                    labels.Add((i, path));
                }
            }
            else
            {
                // Unsure Chinese stays the cell's text unless the cell reads confidently as a number.
                texts[i] = chinese.Count > 0 ? OcrWord.Join(inside) : "";
                image.WriteCrop(path, x0, y0, x1, y1, 12);
                numbers.Add((i, path));
            }
        }

        Batch(numbers, texts, work, $"n{name}", ["--psm", "7", "-c", "tessedit_char_whitelist=0123456789.-"], joinWith: "");
        Batch(labels, texts, work, $"l{name}", ["-l", _language, "--psm", "6"], joinWith: null);
        return texts;
    }

    /// <summary>Reads cell images in one Tesseract run; a cell it reads with some confidence gets that as its text.</summary>
    private void Batch(List<(int Cell, string Path)> cells, string[] texts, string work, string name, string[] options, string? joinWith)
    {
        if (cells.Count == 0)
        {
            return;
        }

        var list = Path.Combine(work, $"{name}.txt");
        File.WriteAllLines(list, cells.Select(n => n.Path));
        var read = OcrWord.Parse(ChildProcess.Run(tools.Tesseract!, [list, "stdout", .. options, "tsv"], work, deadline, "文字识别（Tesseract）"));
        foreach (var group in read.GroupBy(w => w.Page))
        {
            if (group.Key >= 1 && group.Key <= cells.Count && group.Min(w => w.Confidence) >= MinConfidence)
            {
                texts[cells[group.Key - 1].Cell] = joinWith is null ? OcrWord.Join(group) : string.Join(joinWith, group.OrderBy(w => w.Left).Select(w => w.Text));
            }
        }
    }

    private static bool IsIdeograph(char c) => c is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');
}
