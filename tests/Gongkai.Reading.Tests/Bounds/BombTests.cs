using Xunit.Abstractions;

namespace Gongkai.Reading.Tests.Bounds;

/// <summary>
/// The files an attacker sent to 年报体检 (issue 9): each is refused with a Chinese message within the time
/// limit, the process's memory grows by far less than the bomb unpacks to, and nothing stays allocated
/// once the file is refused. The bombs are generated here; the figures go to the test output.
/// </summary>
[Collection(MemoryMeasured.Name)]
public sealed class BombTests(ITestOutputHelper output)
{
    /// <summary>A bound well under what any of these bombs unpacks to (300–500 MB).</summary>
    private const long MaxGrowth = 200L * 1024 * 1024;

    /// <summary>What a refused file may leave on the managed heap after a full collection (caches warmed first).</summary>
    private const long MaxLeftBehind = 8L * 1024 * 1024;

    private static readonly string[] Names = ["docx", "docx within its declared size", "lying docx", "xlsx entries", "xlsx sheet", "pdf", "pdf letters", "pdf letters uncompressed", "html"];

    private static readonly Lazy<ReportReader> WarmReader = new(() => Warm(new ReportReader()));

    public static TheoryData<string> Cases => [.. Names];

    private static ReportReader Reader => WarmReader.Value;

    [Theory]
    [MemberData(nameof(Cases))]
    public void ABombIsRefusedWithBoundedMemory(string bomb)
    {
        var (bytes, name, expected) = Make(bomb);
        var reader = Reader;
        var probe = MemoryProbe.Start();
        var result = reader.Read(bytes, name);
        probe.Stop();
        output.WriteLine($"{bomb} ({bytes.Length / 1024} KB): {result.Message}; {probe}");

        Assert.Equal(ReadOutcome.Failed, result.Outcome);
        Assert.Null(result.Figures);
        Assert.Contains(expected, result.Message, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", result.Message);
        Assert.True(probe.Elapsed < Reader.Limits.EffectiveTimePerFile, $"{bomb}: {probe}");
        Assert.True(probe.Allocated < MaxGrowth, $"{bomb}: {probe}");
        Assert.True(probe.PeakWorkingSetGrowth < MaxGrowth, $"{bomb}: {probe}");
        Assert.True(probe.HeapLeftBehind < MaxLeftBehind, $"{bomb}: {probe}");
    }

    /// <summary>One upload carrying every bomb twice: read one at a time, each refused, memory bounded as for one.</summary>
    [Fact]
    public async Task AnUploadOfBombsIsReadOneAtATimeWithBoundedMemory()
    {
        var files = Names.SelectMany(c => new[] { Make(c), Make(c) }).Select((b, i) => ($"{i}-{b.Name}", b.Bytes)).ToList();
        using var gate = new ReadingGate(2, 8, TimeSpan.FromSeconds(30));
        var upload = new UploadReader(Reader, gate);
        GC.KeepAlive(upload.Reader);
        var probe = MemoryProbe.Start();
        var reading = await upload.ReadAsync(files);
        probe.Stop();
        output.WriteLine($"{files.Count} bombs in one upload: {probe}");

        Assert.False(reading.Busy);
        Assert.Equal(files.Count, reading.Results.Count);
        Assert.All(reading.Results, r => Assert.Equal(ReadOutcome.Failed, r.Outcome));
        Assert.All(reading.Results, r => Assert.Null(r.Figures));
        Assert.True(probe.Allocated < files.Count * MaxGrowth, probe.ToString());
        Assert.True(probe.PeakWorkingSetGrowth < MaxGrowth, probe.ToString());
        Assert.True(probe.HeapLeftBehind < MaxLeftBehind, probe.ToString());
        Assert.Equal(0, gate.Running);
    }

    private static (byte[] Bytes, string Name, string Expected) Make(string bomb) => bomb switch
    {
        "docx" => (Bombs.Docx(300), "report.docx", "压缩炸弹"),
        "docx within its declared size" => (Bombs.Docx(150), "report.docx", "上限"),
        "lying docx" => (Bombs.LyingDocx(), "report.docx", "DOCX"),
        "xlsx entries" => (Bombs.ManyEntries(50_000), "report.xlsx", "条目"),
        "xlsx sheet" => (Bombs.XlsxSheet(300), "report.xlsx", "压缩炸弹"),
        "pdf" => (Bombs.Pdf(500), "report.pdf", "压缩炸弹"),
        "pdf letters" => (Bombs.PdfLetters(ReadLimits.Default.MaxPageContentBytes - 100, compressed: true), "report.pdf", "字符"),
        "pdf letters uncompressed" => (Bombs.PdfLetters(ReadLimits.Default.MaxPageContentBytes - 100, compressed: false), "report.pdf", "字符"),
        "html" => (Bombs.NestedHtml(100_000), "report.html", "嵌套"),
        _ => throw new ArgumentOutOfRangeException(nameof(bomb)),
    };

    /// <summary>A reader whose code and caches are warm (one file of each form), so what a bomb leaves behind is the bomb's.</summary>
    private static ReportReader Warm(ReportReader reader)
    {
        foreach (var bomb in Names)
        {
            var (bytes, name, _) = Make(bomb);
            reader.Read(bytes, name);
        }

        reader.Read(File.ReadAllBytes(RepoFiles.SamplePath), "sample.txt");
        return reader;
    }
}
