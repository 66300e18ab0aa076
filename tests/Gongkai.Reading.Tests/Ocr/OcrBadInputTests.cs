using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gongkai.Reading.Ocr;
using Gongkai.Reading.Tests.Rendering;

namespace Gongkai.Reading.Tests.Ocr;

/// <summary>
/// Scans that cannot be read: no Tesseract, too many pages, pictures that are not text, a broken image.
/// Each is answered with a Chinese message within the time limits, and no figure is given.
/// </summary>
public sealed class OcrBadInputTests
{
    [Fact]
    public void WithoutTesseractTheMessageSaysHowToInstallIt()
    {
        var reader = new ReportReader { Ocr = new OcrTools("/nonexistent/tesseract", OcrTools.Find("pdftoppm")) };

        var result = reader.Read(ImagePdf.FromJpegs([Picture(1, 2)], 100), "scan.pdf");

        Refused(result, OcrTools.Install);
        Assert.Contains("Tesseract", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FiveHundredScannedPagesAreRefusedBeforeAnyOcr()
    {
        var picture = Picture(3, 2);
        var clock = Stopwatch.StartNew();

        var result = new ReportReader().Read(ImagePdf.FromJpegs([.. Enumerable.Repeat(picture, 500)], 100), "scan.pdf");

        Refused(result, "500 页");
        Assert.Contains("上限", result.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < ReadLimits.Default.EffectiveTimePerFile, clock.Elapsed.ToString());
    }

    /// <summary>Random shapes, scanned: OCR may find marks, but no report.</summary>
    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    public void PicturesThatAreNotTextGiveNoFigures(int seed)
    {
        var result = new ReportReader().Read(ImagePdf.FromJpegs([Picture(seed, 60), Picture(seed + 100, 60)], 100), "scan.pdf");

        Assert.NotEqual(ReadOutcome.Read, result.Outcome);
        Refused(result, "");
    }

    [Fact]
    public void ABrokenImageStreamGivesAMessage()
    {
        var jpeg = Picture(5, 20);
        var broken = jpeg[..(jpeg.Length / 3)].Concat(new byte[jpeg.Length / 3]).ToArray();
        new Random(5).NextBytes(broken.AsSpan(600, 400));

        var result = new ReportReader().Read(ImagePdf.FromJpegs([broken], 100), "scan.pdf");

        Assert.NotEqual(ReadOutcome.Read, result.Outcome);
        Refused(result, "");
    }

    /// <summary>
    /// The limit is set from this machine's own time for the page (a quarter of it), so the limit decides and
    /// not the machine's speed: a fast machine read the page within a fixed 1.5 s.
    /// </summary>
    [Fact]
    public void OcrStopsAtItsTimeLimit()
    {
        var scan = ImagePdf.FromJpegs([Picture(9, 4000, dpi: 300)], 300);
        var clock = Stopwatch.StartNew();
        var whole = new ReportReader().Read(scan, "scan.pdf");
        var alone = clock.Elapsed;
        Assert.Null(whole.Figures);
        var limit = TimeSpan.FromMilliseconds(Math.Round(alone.TotalMilliseconds / 4));
        var reader = new ReportReader(new ReadLimits(TimePerFile: limit / 2) { OcrTimePerFile = limit });

        clock.Restart();
        var result = reader.Read(scan, "scan.pdf");

        Refused(result, $"时限（{limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} 秒）");
        Assert.True(clock.Elapsed < limit + TimeSpan.FromSeconds(2), $"{clock.Elapsed} against {limit}");
    }

    private static void Refused(ReadResult result, string inMessage)
    {
        Assert.Null(result.Figures);
        Assert.NotNull(result.Message);
        Assert.Contains(inMessage, result.Message, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", result.Message);
    }

    /// <summary>A JPEG of a page of <paramref name="shapes"/> random rectangles and lines (drawn as a PDF and rasterised by pdftoppm).</summary>
    private static byte[] Picture(int seed, int shapes, int dpi = 100)
    {
        var random = new Random(seed);
        var content = new StringBuilder("0.2 g 0.2 G\n");
        for (var i = 0; i < shapes; i++)
        {
            content.Append(CultureInfo.InvariantCulture, $"{random.Next(20, 560)} {random.Next(20, 800)} {random.Next(2, 12)} {random.Next(2, 12)} re f\n");
            content.Append(CultureInfo.InvariantCulture, $"{random.Next(20, 560)} {random.Next(20, 800)} m {random.Next(20, 560)} {random.Next(20, 800)} l S\n");
        }

        var pdf = new MinimalPdf();
        var stream = pdf.AddStream("", Encoding.ASCII.GetBytes(content.ToString()));
        var drawing = pdf.Build(MinimalPdf.Pages(pdf, [(595, 842, "<< >>", stream)]));
        var work = Directory.CreateTempSubdirectory("gongkai-picture-");
        try
        {
            File.WriteAllBytes(Path.Combine(work.FullName, "d.pdf"), drawing);
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true };
            foreach (var argument in new[] { "-gray", "-jpeg", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-singlefile", Path.Combine(work.FullName, "d.pdf"), Path.Combine(work.FullName, "p") })
            {
                start.ArgumentList.Add(argument);
            }

            using (var process = Process.Start(start)!)
            {
                process.StandardError.ReadToEnd();
                process.WaitForExit();
            }

            return File.ReadAllBytes(Path.Combine(work.FullName, "p.jpg"));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
