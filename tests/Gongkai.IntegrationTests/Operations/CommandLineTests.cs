using Gongkai.Application.Demo;
using Gongkai.Cli;
using Gongkai.Domain.AnnualReports;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Operations;

/// <summary>The `gongkai` command line, run in-process against a test database.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly string _work = Directory.CreateTempSubdirectory("gongkai-cli-").FullName;

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task CheckPrintsFindingsAndExitsOneOnErrors()
    {
        var good = Write("good.json", DemoSeeder.Resource("genhe-2020.json"));
        var (code, output, _) = await RunAsync("report", "check", good);
        Assert.Equal(0, code);
        Assert.Contains("根河市城市管理综合执法局 2020年度报告（2019年格式）：0 处错误，0 处警告", output);

        var bad = Write("bad.json", DemoSeeder.Resource("genhe-2020.json").Replace("\"total\": [0, 0", "\"total\": [4, 0", StringComparison.Ordinal));
        (code, output, _) = await RunAsync("report", "check", bad);
        Assert.Equal(1, code);
        Assert.Contains("错误 C1 applications.total[0]：自然人：一+二 (0) ≠ 三（七）总计 (4) + 四 (0)", output);
    }

    [Fact]
    public async Task CheckGivesTheJsonPathAndWhatWasExpected()
    {
        var file = Write("wrong.json", DemoSeeder.Resource("genhe-2020.json").Replace("\"items\": 2", "\"items\": \"两项\"", StringComparison.Ordinal));
        var (code, _, error) = await RunAsync("report", "check", file);
        Assert.Equal(1, code);
        Assert.Contains("$.proactive.procurement.items: 应为整数或 null，实际为 \"两项\"", error);
    }

    [Fact]
    public async Task ExportWritesTheStoredReportCreatingAndSeedingTheDatabaseOnFirstUse()
    {
        var output = Path.Combine(_work, "out.json");
        var (code, _, error) = await RunAsync("report", "export", "--agency", DemoSeeder.DemoDepartment, "--year", "2020", "--format", "json", "-o", output);
        Assert.True(code == 0, error);
        Assert.Equal(DemoSeeder.Resource("genhe-2020.json"), await File.ReadAllTextAsync(output));

        (code, _, error) = await RunAsync("report", "export", "--agency", "不存在的局", "--year", "2020", "--format", "json", "-o", output);
        Assert.Equal(1, code);
        Assert.Contains("机关“不存在的局”不存在", error);
    }

    [Fact]
    public async Task RenderWritesHtmlFromADataFile()
    {
        var input = Write("in.json", ReportJsonWriter.Write(ReportFigures.Zero(2022, "某市某局")));
        var output = Path.Combine(_work, "out.html");
        var (code, _, _) = await RunAsync("report", "render", input, "--format", "html", "-o", output);
        Assert.Equal(0, code);
        Assert.Contains("<h1>某市某局2022年政府信息公开工作年度报告</h1>", await File.ReadAllTextAsync(output));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_work, name);
        File.WriteAllText(path, content);
        return path;
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GongkaiCommandLine.RunAsync(args, output, error, new Dictionary<string, string?>
        {
            ["Database:Provider"] = _database.Provider,
            ["ConnectionStrings:Default"] = _database.ConnectionString,
        });
        return (code, output.ToString(), error.ToString());
    }
}
