namespace Gongkai.Reading.Tests;

public sealed class PlaceholderTests
{
    [Fact]
    public void TheSampleReportIsInTheRepository() =>
        Assert.Contains("政府信息公開工作年度報告", File.ReadAllText(Path.Combine(RepoRoot(), "samples", "genhe-urban-management-2020-report.txt")));

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Gongkai.slnx")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }
}
