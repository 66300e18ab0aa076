using System.Text;
using Gongkai.Reading.Tests.Rendering;

namespace Gongkai.Reading.Tests;

/// <summary>Files that are not readable reports: each gets a Chinese message and no figures, never an exception.</summary>
public sealed class BadInputTests
{
    private readonly ReportReader _reader = new();

    [Fact]
    public void AnEmptyFileFails() => AssertRefused(_reader.Read([], "empty.txt"), ReadOutcome.Failed, "空");

    [Fact]
    public void RandomBinaryIsRefused()
    {
        var bytes = new byte[50_000];
        new Random(1).NextBytes(bytes);

        var result = _reader.Read(bytes, "blob.bin");

        AssertRefused(result, result.Outcome == ReadOutcome.Failed ? ReadOutcome.Failed : ReadOutcome.NotAReport, "");
    }

    [Fact]
    public void ProseThatIsNoReportIsNotAReport()
    {
        var text = "关于做好春节期间安全生产工作的通知\n各单位：为切实做好春节期间安全生产工作，现将有关事项通知如下。\n一、提高认识\n二、加强检查\n";

        AssertRefused(_reader.Read(Encoding.UTF8.GetBytes(text), "notice.txt"), ReadOutcome.NotAReport, "不是年度报告");
    }

    [Fact]
    public void AReportWithoutTablesFails()
    {
        var text = "某局2021年政府信息公开工作年度报告\n一、总体情况\n本年度我局认真贯彻落实条例。\n二、主动公开政府信息情况\n主动公开信息若干条。\n三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n五、存在的主要问题及改进情况\n无。\n";

        var result = _reader.Read(Encoding.UTF8.GetBytes(text), "no-tables.txt");

        AssertRefused(result, ReadOutcome.Failed, "没有找到统计表");
        Assert.Equal(2021, result.Year);
        Assert.Equal("某局", result.Agency);
    }

    [Fact]
    public void ACorruptDocxFails()
    {
        var docx = DocxBuilder.Build(RoundTrip.Report(3));
        var corrupt = docx[..(docx.Length / 2)];

        AssertRefused(_reader.Read(corrupt, "broken.docx"), ReadOutcome.Failed, "DOCX");
    }

    [Fact]
    public void AZipThatIsNoWordDocumentFails()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("hello");
        }

        AssertRefused(_reader.Read(buffer.ToArray(), "report.docx"), ReadOutcome.Failed, "DOCX");
    }

    [Fact]
    public void ACorruptPdfFails() =>
        AssertRefused(_reader.Read(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage"), "broken.pdf"), ReadOutcome.Failed, "PDF");

    [Fact]
    public void AnOldWordFileIsNamed() =>
        AssertRefused(_reader.Read([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "old.doc"), ReadOutcome.Failed, ".doc");

    [Fact]
    public void AFileOverTheSizeLimitIsNotRead()
    {
        var reader = new ReportReader(new ReadLimits(MaxBytes: 1000));

        AssertRefused(reader.Read(new byte[1001], "big.txt"), ReadOutcome.Failed, "超过上限");
    }

    [Fact]
    public void AFileOnDiskOverTheLimitIsRefusedBeforeLoading()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gongkai-big-{Guid.NewGuid():N}.pdf");
        using (var file = File.Create(path))
        {
            file.SetLength(3_000_000);
        }

        try
        {
            AssertRefused(new ReportReader(new ReadLimits(MaxBytes: 2_000_000)).ReadFile(path), ReadOutcome.Failed, "超过上限");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AFileOverTheTimeLimitStopsWithNothingOutput()
    {
        var reader = new ReportReader(new ReadLimits(TimePerFile: TimeSpan.Zero));

        AssertRefused(reader.Read(File.ReadAllBytes(RepoFiles.SamplePath), "genhe.txt"), ReadOutcome.Failed, "时限");
    }

    [Fact]
    public void TheCallersCancellationIsACancellation()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => _reader.Read(File.ReadAllBytes(RepoFiles.SamplePath), "genhe.txt", cancel: cancel.Token));
    }

    private static void AssertRefused(ReadResult result, ReadOutcome outcome, string inMessage)
    {
        Assert.Equal(outcome, result.Outcome);
        Assert.Null(result.Figures);
        Assert.NotNull(result.Message);
        Assert.Contains(inMessage, result.Message, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", result.Message);
        Assert.Contains("\"outcome\"", result.ToJson(), StringComparison.Ordinal);
    }
}
