using Gongkai.Application.AnnualReports.Export.Docx;
using Gongkai.Reading.Tests.Rendering;
using Xunit.Abstractions;

namespace Gongkai.Reading.Tests;

/// <summary>
/// Word and PDF forms: the platform's own DOCX export (and its PDF through LibreOffice), and a plainer
/// DOCX built here with OpenXml (w:gridSpan, w:vMerge) as other offices' Word files are. PDFs are read
/// through their text layer. PDF conversion is slow, so only a handful of reports take that path.
/// </summary>
public sealed class DocumentRoundTripTests(ITestOutputHelper output)
{
    [Fact]
    public void DocxReadsBackFaithfully()
    {
        var reader = new ReportReader();
        var tally = new CellTally();
        for (var seed = 0; seed < 200; seed++)
        {
            var document = RoundTrip.Report(seed);
            var result = reader.Read(DocxBuilder.Build(document), "report.docx");
            Assert.Equal(InputFormat.Docx, result.DetectedFormat);
            RoundTrip.AssertFaithful(document.Figures, result, $"docx seed {seed}", tally);
        }

        output.WriteLine($"docx: {tally}");
        Assert.Equal(1.0, tally.Share);
    }

    [Fact]
    public void PdfFromTheDocxReadsBackFaithfully()
    {
        Assert.True(PdfConversion.Available, "LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui fonts-noto-cjk");
        var seeds = Enumerable.Range(1000, 6).ToList();
        var documents = seeds.Select(RoundTrip.Report).ToList();
        var pdfs = PdfConversion.Convert([.. documents.Select(DocxBuilder.Build)]);
        var reader = new ReportReader();
        var tally = new CellTally();
        for (var i = 0; i < pdfs.Count; i++)
        {
            var result = reader.Read(pdfs[i], "report.pdf");
            Assert.Equal(InputFormat.Pdf, result.DetectedFormat);
            RoundTrip.AssertFaithful(documents[i].Figures, result, $"pdf seed {seeds[i]}", tally);
        }

        output.WriteLine($"pdf: {tally}");
        Assert.True(tally.Share >= 0.99, tally.ToString());
    }

    /// <summary>
    /// Tables printed without borders give a PDF with no rules, read line by line: a label wrapped round
    /// its row's figures can cost that row, but nothing read is wrong.
    /// </summary>
    [Fact]
    public void PdfWithoutTableRulesReadsBackFaithfully()
    {
        Assert.True(PdfConversion.Available, "LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui fonts-noto-cjk");
        var seeds = Enumerable.Range(1500, 6).ToList();
        var documents = seeds.Select(RoundTrip.Report).ToList();
        var pdfs = PdfConversion.Convert([.. documents.Select(d => DocxBuilder.Build(d, rules: false))]);
        var reader = new ReportReader();
        var tally = new CellTally();
        for (var i = 0; i < pdfs.Count; i++)
        {
            RoundTrip.AssertFaithful(documents[i].Figures, reader.Read(pdfs[i], "plain.pdf"), $"pdf without rules seed {seeds[i]}", tally);
        }

        output.WriteLine($"pdf without rules: {tally}");
        Assert.True(tally.Share >= 0.95, tally.ToString());
    }

    [Fact]
    public void ThePlatformsOwnDocxExportReadsBackFaithfully()
    {
        var reader = new ReportReader();
        var tally = new CellTally();
        for (var seed = 0; seed < 200; seed++)
        {
            var document = RoundTrip.Report(seed);
            RoundTrip.AssertFaithful(document.Figures, reader.Read(DocxReportRenderer.Render(document), "export.docx"), $"export docx seed {seed}", tally);
        }

        output.WriteLine($"platform docx: {tally}");
        Assert.Equal(1.0, tally.Share);
    }

    /// <summary>
    /// The platform's export as offices publish it: narrow label columns whose labels wrap over several
    /// lines beside their row's figures, and table 三's header repeated on each new page. Read by the
    /// table rules, each wrapped label stays in its cell and the repeated header is read once.
    /// </summary>
    [Fact]
    public void ThePlatformsOwnPdfExportReadsBackFaithfully()
    {
        Assert.True(PdfConversion.Available, "LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui fonts-noto-cjk");
        var seeds = Enumerable.Range(2000, 10).ToList();
        var documents = seeds.Select(RoundTrip.Report).ToList();
        var pdfs = PdfConversion.Convert([.. documents.Select(DocxReportRenderer.Render)]);
        var reader = new ReportReader();
        var tally = new CellTally();
        for (var i = 0; i < pdfs.Count; i++)
        {
            RoundTrip.AssertFaithful(documents[i].Figures, reader.Read(pdfs[i], "export.pdf"), $"export pdf seed {seeds[i]}", tally);
        }

        output.WriteLine($"platform pdf: {tally}");
        Assert.True(tally.Share >= 0.99, tally.ToString());
    }
}
