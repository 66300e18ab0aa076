using Gongkai.Domain.AnnualReports;

namespace Gongkai.Cli.AnnualReports;

/// <summary>Findings as lines a person reads: severity, rule, JSON path, message.</summary>
public static class FindingPrinter
{
    public static async Task PrintAsync(TextWriter output, ReportFigures figures, IReadOnlyList<Finding> findings)
    {
        await output.WriteLineAsync($"{figures.Agency ?? "（未注明机关）"} {figures.Year}年度报告（{figures.Template.Id}年格式）：" +
            $"{findings.CountOf(FindingSeverity.Error)} 处错误，{findings.CountOf(FindingSeverity.Warning)} 处警告");
        foreach (var finding in findings)
        {
            await output.WriteLineAsync($"  {finding.Severity.Chinese()} {finding.Rule} {finding.Where ?? "-"}：{finding.Message}");
        }
    }
}
