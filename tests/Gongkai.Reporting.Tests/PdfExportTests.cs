using System.Diagnostics;
using Gongkai.Application.AnnualReports.Export.Docx;
using Gongkai.Application.Documents;
using Microsoft.Extensions.Configuration;

namespace Gongkai.Reporting.Tests;

/// <summary>
/// The PDF is the DOCX converted by LibreOffice: this runs the real conversion and reads the text back
/// with pdftotext, which finds Chinese only if the fonts were embedded with their Unicode mapping.
/// </summary>
public sealed class PdfExportTests
{
    [Fact]
    public async Task TheDemoReportConvertsToAPdfWithItsChineseText()
    {
        var document = TestReports.Build(TestReports.Demo);
        var docx = DocxReportRenderer.Render(document);
        var converter = new PdfConverter(new ConfigurationBuilder().Build());
        Assert.True(converter.FindSoffice() is not null, PdfConverter.InstallHint);

        var pdf = await converter.ConvertAsync(docx);

        Assert.Equal("%PDF"u8.ToArray(), pdf.Take(4));
        var artifacts = TestReports.ArtifactsDirectory();
        await File.WriteAllBytesAsync(Path.Combine(artifacts, "demo-report.docx"), docx);
        var pdfPath = Path.Combine(artifacts, "demo-report.pdf");
        await File.WriteAllBytesAsync(pdfPath, pdf);

        var text = string.Concat((await PdfToText(pdfPath)).Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains(document.Title, text, StringComparison.Ordinal);
        foreach (var expected in new[] { "一、总体情况", "（一）主动公开", "信息内容", "第二十条第（一）项", "申请人情况", "法人或其他组织", "行政复议", "未经复议直接起诉", "343.98万元", "六、其他需要报告的事项" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    private static async Task<string> PdfToText(string path)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, ArgumentList = { "-enc", "UTF-8", path, "-" } };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
