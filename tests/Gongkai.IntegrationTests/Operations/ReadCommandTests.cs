using System.Text.Json;
using Gongkai.Application.Demo;
using Gongkai.Cli;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.IntegrationTests.Operations;

/// <summary>`gongkai report read`: one file, a folder, JSON, CSV, and files that are not reports.</summary>
public sealed class ReadCommandTests : IDisposable
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "genhe-urban-management-2020-report.txt");
    private readonly string _work = Directory.CreateTempSubdirectory("gongkai-read-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task OneFileGivesAReadableSummaryWithItsNotes()
    {
        var (code, output, _) = await RunAsync("report", "read", Sample);
        Assert.Equal(0, code);
        Assert.Contains("机关：根河市城市管理综合执法局　年度：2020　格式：2019年格式", output);
        Assert.Contains("未能确定 0", output);
        Assert.Contains("第二十条第(一项)", output);
    }

    [Fact]
    public async Task AnOldFormatReportIsDescribedAsSuchWithTheFiguresItStates()
    {
        for (var seed = 0; seed < 6; seed++)
        {
            var old = Gongkai.TestSupport.OldFormatReports.Random(new Random(seed), seed % 2 == 0 ? "pipe" : "html");
            var file = Path.Combine(_work, $"old-{seed}{Path.GetExtension(old.FileName)}");
            await File.WriteAllTextAsync(file, old.Text);

            var (code, output, _) = await RunAsync("report", "read", file);

            Assert.Equal(0, code);
            Assert.Contains("结果：2019年以前格式（不按模板读取表格，只列出报告写明的数字）", output);
            Assert.Contains($"机关：{old.Agency}　年度：{old.Year}", output);
            Assert.Contains("报告写明的数字（旧格式，不按模板读取表格）：", output);
            Assert.Contains($"  收到政府信息公开申请：{old.Received}件", output);
            Assert.Contains($"  因政府信息公开被申请行政复议：{old.Reconsideration}件", output);
            Assert.Contains($"  因政府信息公开被提起行政诉讼：{old.Litigation}件", output);
            Assert.Contains($"  主动公开政府信息：{old.Proactive}", output);
            Assert.DoesNotContain("只读取标题", output);
        }
    }

    [Fact]
    public async Task WithJsonItPrintsTheCanonicalFiguresAndFindings()
    {
        var (code, output, _) = await RunAsync("report", "read", Sample, "--json");
        Assert.Equal(0, code);
        Assert.True(ReportJsonReader.Read(output).SameAs(DemoSeeder.SampleFigures()));
        Assert.Contains(JsonDocument.Parse(output).RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "R6");
    }

    [Fact]
    // The sample has one warning: C12, its “依申请公开政府信息相关数据5个” against an all-zero table 三.
    public async Task AFolderGivesATableACsvAndExitsOneWhenAFileIsNotAReport()
    {
        File.Copy(Sample, Path.Combine(_work, "genhe-2020.txt"));
        await File.WriteAllBytesAsync(Path.Combine(_work, "broken.docx"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        await File.WriteAllTextAsync(Path.Combine(_work, "notes.txt"), "会议纪要：讨论了明年的工作。");
        var csv = Path.Combine(Path.GetTempPath(), $"gongkai-read-{Guid.NewGuid():N}.csv");

        var (code, output, _) = await RunAsync("report", "read", _work, "--csv", csv);

        Assert.Equal(1, code);
        Assert.Contains("共 3 个文件：已读取 1，2019年以前格式 0，未能读取 2", output);
        Assert.Matches(@"genhe-2020\.txt\s+根河市城市管理综合执法局\s+2020\s+2019\s+198\s+0\s+0\s+1\s+已读取", output);
        Assert.Equal([0xEF, 0xBB, 0xBF], (await File.ReadAllBytesAsync(csv))[..3]);
        var lines = await File.ReadAllLinesAsync(csv);
        File.Delete(csv);
        Assert.Equal("文件,机关,年度,格式,已读,未定,错误,警告,结果", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.Contains("broken.docx") && l.Contains("读取失败"));
    }

    [Fact]
    public async Task SeveralFilesWithJsonGiveAnArrayInTheirOrder()
    {
        var copy = Path.Combine(_work, "copy.txt");
        File.Copy(Sample, copy);
        var (code, output, _) = await RunAsync("report", "read", Sample, copy, "--json");
        Assert.Equal(0, code);
        Assert.Equal(2, JsonDocument.Parse(output).RootElement.GetArrayLength());
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GongkaiCommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
