using System.Text;
using Gongkai.Application.Reporting;
using Gongkai.Application.Reporting.Html;
using Gongkai.Reading.Script;
using Gongkai.Reading.Tests.Rendering;
using Xunit.Abstractions;

namespace Gongkai.Reading.Tests;

/// <summary>
/// Round-trip property: random valid reports of both templates rendered to each form and read back.
/// Every cell is equal to the original or null with a finding; never different. 400 reports per form
/// (fixed seeds, half per template); the share of cells recovered is printed for the closing note.
/// </summary>
public sealed class RoundTripTests(ITestOutputHelper output)
{
    private const int Reports = 400;

    [Theory]
    [InlineData("html")]
    [InlineData("portal-html")]
    [InlineData("pipe")]
    [InlineData("markdown")]
    [InlineData("line-broken")]
    [InlineData("traditional")]
    [InlineData("run-together")]
    [InlineData("run-together-spaces")]
    public void EveryFormReadsBackFaithfully(string form)
    {
        var reader = new ReportReader();
        var tally = new CellTally();
        for (var seed = 0; seed < Reports; seed++)
        {
            var document = RoundTrip.Report(seed);
            var random = new Random(seed * 7919);
            var (bytes, name) = Render(form, document, random);
            var result = reader.Read(bytes, name);
            RoundTrip.AssertFaithful(document.Figures, result, $"{form} seed {seed}", tally);
        }

        output.WriteLine($"{form}: {tally}");
        Assert.True(tally.ArithmeticShare >= (form.StartsWith("run-together", StringComparison.Ordinal) ? 0.9 : 1.0), tally.ToString());
        if (!form.StartsWith("run-together", StringComparison.Ordinal))
        {
            Assert.Equal(1.0, tally.Share);
        }
    }

    internal static (byte[] Bytes, string Name) Render(string form, ReportDocument document, Random random) => form switch
    {
        "html" => (Utf8(HtmlReportRenderer.RenderDocument(document)), "report.html"),
        "portal-html" => (Utf8(Pages.Portal(HtmlReportRenderer.RenderDocument(document), random)), "page.html"),
        "pipe" => (Utf8(TextForms.Pipe(ReportBlocks.Of(document))), "report.txt"),
        "markdown" => (Utf8(TextForms.Markdown(ReportBlocks.Of(document))), "report.md"),
        "line-broken" => (Utf8(LineBrokenText.Render(ReportBlocks.Of(document), random)), "report.txt"),
        "traditional" => (Utf8(Traditional(TextForms.Pipe(ReportBlocks.Of(document)))), "report.txt"),
        "run-together" => (Utf8(TextForms.RunTogether(ReportBlocks.Of(document), random, 0)), "scraped.txt"),
        "run-together-spaces" => (Utf8(TextForms.RunTogether(ReportBlocks.Of(document), random, 0.15)), "scraped.txt"),
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    };

    private static readonly Lazy<OpenCcHandle> ToTraditional = new(() => OpenCcHandle.TryOpen("s2t.json")
        ?? throw new InvalidOperationException("这些测试需要 OpenCC：apt-get install libopencc1.1 libopencc-data"));

    internal static string Traditional(string text) => ToTraditional.Value.Convert(text);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
