using System.Diagnostics;
using System.Globalization;
using Gongkai.Application.AnnualReports.Export.Docx;
using Gongkai.Reading;
using Gongkai.Reading.Tests.Rendering;

namespace Gongkai.Benchmarks.Reading;

/// <summary>
/// Seconds per page of reading a scanned report by OCR (target ≤ 10 s on 2 cores). Each operation takes
/// seconds, so this is a plain timed run rather than BenchmarkDotNet: the platform's PDF export of random
/// reports (both templates) is scanned at 200 dpi (greyscale JPEG, image-only PDF) and read, once to warm
/// up and then each file in turn. The baseline, in the same run, is reading the same PDF through its text
/// layer; the ratio says what OCR costs over it.
/// </summary>
internal static class OcrTiming
{
    public static int Run(int count)
    {
        var random = new Random(Reports.Seed);
        var documents = Enumerable.Range(0, count).Select(i => ReportForms.Report(random, i % 2 == 0 ? 2020 : 2023)).ToList();
        var pdfs = PdfConversion.Convert([.. documents.Select(DocxReportRenderer.Render)]);
        var scans = pdfs.Select(p => ImagePdf.Scan(p, 200)).ToList();
        var reader = new ReportReader();
        reader.Read(scans[0], "warm.pdf");
        reader.Read(pdfs[0], "warm.pdf");
        Console.WriteLine($"OCR of {count} scanned reports, {Environment.ProcessorCount} cores, one reading at a time");
        Console.WriteLine("report  template  pages  OCR s  s/page  text layer ms  ratio  cells read");
        double seconds = 0, textSeconds = 0;
        var pages = 0;
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            var result = reader.Read(scans[i], "scan.pdf");
            var ocr = clock.Elapsed.TotalSeconds;
            clock.Restart();
            reader.Read(pdfs[i], "report.pdf");
            var text = clock.Elapsed.TotalSeconds;
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(scans[i]);
            var n = pdf.NumberOfPages;
            (seconds, textSeconds, pages) = (seconds + ocr, textSeconds + text, pages + n);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{i,6}  {documents[i].Figures.Template.Id,8}  {n,5}  {ocr,5:0.0}  {ocr / n,6:0.00}  {text * 1000,13:0}  {ocr / text,5:0}  {result.Stats.CellsRead}/{result.Stats.Cells}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mean: {seconds / pages:0.00} s per page ({pages} pages, {seconds:0.0} s); text layer {textSeconds / pages * 1000:0} ms per page; OCR = {seconds / textSeconds:0} × text layer"));
        return 0;
    }
}
