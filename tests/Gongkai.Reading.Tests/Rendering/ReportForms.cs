using System.Text;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Application.AnnualReports.Export.Html;
using Gongkai.Reading.Script;
using Gongkai.TestSupport;

namespace Gongkai.Reading.Tests.Rendering;

/// <summary>
/// Random valid reports with narrative, and each form a published report reaches readers in, as the
/// bytes a reader is given. The round-trip tests read these; the benchmark project (which links this
/// file) times reading the same ones.
/// </summary>
internal static class ReportForms
{
    private static readonly string[] Agencies = ["某市某局", "根河市城市管理综合执法局", "北京市朝阳区人民政府", "某县交通运输局", "广州市规划和自然资源局"];

    private static readonly Lazy<OpenCcHandle> ToTraditional = new(() => OpenCcHandle.TryOpen("s2t.json")
        ?? throw new InvalidOperationException("这些测试需要 OpenCC：apt-get install libopencc1.1 libopencc-data"));

    /// <summary>A random valid report of <paramref name="year"/>, of <paramref name="agency"/> or one of a few agencies.</summary>
    public static ReportDocument Report(Random random, int year, string? agency = null) =>
        new(RandomReports.Valid(random, year, agency ?? Agencies[random.Next(Agencies.Length)]), Narratives.Random(random));

    public static (byte[] Bytes, string Name) Render(string form, ReportDocument document, Random random) => form switch
    {
        "html" => (Utf8(HtmlReportRenderer.RenderDocument(document)), "report.html"),
        "portal-html" => (Utf8(Pages.Portal(HtmlReportRenderer.RenderDocument(document), random)), "page.html"),
        "pipe" => (Utf8(TextForms.Pipe(ReportBlocks.Of(document))), "report.txt"),
        "markdown" => (Utf8(TextForms.Markdown(ReportBlocks.Of(document))), "report.md"),
        "line-broken" => (Utf8(LineBrokenText.Render(ReportBlocks.Of(document), random)), "report.txt"),
        "traditional" => (Utf8(Traditional(TextForms.Pipe(ReportBlocks.Of(document)))), "report.txt"),
        "run-together" => (Utf8(TextForms.RunTogether(ReportBlocks.Of(document), random, 0)), "scraped.txt"),
        "run-together-spaces" => (Utf8(TextForms.RunTogether(ReportBlocks.Of(document), random, 0.15)), "scraped.txt"),
        _ when Misaligned.TryGetValue(form, out var mishaps) =>
            (Utf8(MisalignedText.Render(ReportBlocks.Of(document), random, mishaps)), mishaps.Markdown ? "converted.md" : "converted.txt"),
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    };

    /// <summary>The layouts of issue 10 §1 that broke the reader: PDFs converted to text or Markdown whose tables did not line up.</summary>
    public static readonly IReadOnlyDictionary<string, Mishaps> Misaligned = new Dictionary<string, Mishaps>
    {
        ["floating-labels"] = new() { Float = 0.3, MaxDrift = 2, WrapLabels = true, Footers = true },
        ["floating-labels-markdown"] = new() { Float = 0.3, MaxDrift = 2, WrapLabels = true, Footers = true, Markdown = true },
        ["orphan-blocks"] = new() { Float = 0.25, MaxDrift = 6, Blocks = true, WrapLabels = true },
        ["glued-groups"] = new() { GlueGroups = true, WrapLabels = true },
        ["stray-figures"] = new() { Strays = 0.12, Footers = true },
        ["floated-cells"] = new() { FloatCells = true },
        ["converted-pdf"] = new() { Float = 0.2, MaxDrift = 3, Blocks = true, WrapLabels = true, GlueGroups = true, Strays = 0.05, Footers = true, FloatCells = true },
    };

    /// <summary>Simplified text in Traditional characters, through OpenCC's s2t.</summary>
    public static string Traditional(string text) => ToTraditional.Value.Convert(text);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
