using System.Text;
using Gongkai.Application.Reporting;
using Gongkai.Application.Reporting.Html;
using Gongkai.Reading.Tests.Rendering;
using Gongkai.TestSupport;

namespace Gongkai.Benchmarks.Reading;

/// <summary>
/// Random valid reports with narrative, rendered to the text and HTML forms published reports reach
/// readers in, by the same renderers as the reader's round-trip tests (linked from tests/Gongkai.Reading.Tests/Rendering).
/// </summary>
internal static class ReadingForms
{
    public static readonly string[] Names = ["pipe", "markdown", "html", "portal-html", "run-together", "line-broken"];

    private static readonly string[] Agencies = ["某市某局", "根河市城市管理综合执法局", "北京市朝阳区人民政府", "某县交通运输局", "广州市规划和自然资源局"];

    /// <summary>The report of one agency and year (both templates over 2019–2025), with its narrative.</summary>
    public static ReportDocument Report(Random random, int year, string? agency = null) =>
        new(RandomReports.Valid(random, year, agency ?? Agencies[random.Next(Agencies.Length)]), Narratives.Random(random));

    /// <summary>The report in <paramref name="form"/>, as UTF-8 bytes, with the file name a reader would see.</summary>
    public static (byte[] Content, string FileName) Render(ReportDocument document, string form, Random random) => form switch
    {
        "pipe" => (Utf8(TextForms.Pipe(ReportBlocks.Of(document))), "report.txt"),
        "markdown" => (Utf8(TextForms.Markdown(ReportBlocks.Of(document))), "report.md"),
        "html" => (Utf8(HtmlReportRenderer.RenderDocument(document)), "report.html"),
        "portal-html" => (Utf8(Pages.Portal(HtmlReportRenderer.RenderDocument(document), random)), "page.html"),
        "run-together" => (Utf8(TextForms.RunTogether(ReportBlocks.Of(document), random, 0)), "scraped.txt"),
        "line-broken" => (Utf8(LineBrokenText.Render(ReportBlocks.Of(document), random)), "report.txt"),
        _ => throw new ArgumentException($"unknown form {form}", nameof(form)),
    };

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
