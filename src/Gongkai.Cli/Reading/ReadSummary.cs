using Gongkai.Domain.AnnualReports;
using Gongkai.Reading;

namespace Gongkai.Cli.Reading;

/// <summary>One read report as a person reads it: what it is, how much was read, every finding.</summary>
public static class ReadSummary
{
    public static async Task PrintAsync(TextWriter output, ReadResult result)
    {
        await output.WriteLineAsync($"文件：{result.FileName}（{FormatName(result.DetectedFormat)}）");
        if (result.Title is { } title)
        {
            await output.WriteLineAsync($"标题：{title}");
        }

        await output.WriteLineAsync($"结果：{OutcomeName(result.Outcome)}{(result.Message is { } m ? "：" + m : "")}");
        if (result.Figures is { } figures)
        {
            await output.WriteLineAsync($"机关：{figures.Agency ?? "（未注明）"}　年度：{figures.Year}　格式：{figures.Template.Id}年格式");
            await output.WriteLineAsync($"单元格：已读 {result.Stats.CellsRead}，未能确定 {result.Stats.CellsUnresolved}，未找到 {result.Stats.CellsMissing}");
        }
        else if (result.Year is { } year)
        {
            await output.WriteLineAsync($"机关：{result.Agency ?? "（未注明）"}　年度：{year}");
        }

        if (result.Stated.Count > 0)
        {
            // For an old-format report these are all that is read of its figures; for others, what C12 compared.
            await output.WriteLineAsync(result.Outcome == ReadOutcome.Pre2019 ? "报告写明的数字（旧格式，不按模板读取表格）：" : "正文所述数字：");
            foreach (var stated in result.Stated)
            {
                await output.WriteLineAsync($"  {stated.Label}：{ReportChecker.Format(stated.Value)}{stated.Unit}（原文：“{stated.Quote}”）");
            }
        }

        var findings = result.Findings;
        await output.WriteLineAsync($"检查：{findings.CountOf(FindingSeverity.Error)} 处错误，{findings.CountOf(FindingSeverity.Warning)} 处警告，{findings.CountOf(FindingSeverity.Info)} 处提示");
        foreach (var finding in findings)
        {
            await output.WriteLineAsync($"  {finding.Severity.Chinese()} {finding.Rule} {finding.Where ?? "-"}：{finding.Message}");
        }
    }

    public static string OutcomeName(ReadOutcome outcome) => outcome switch
    {
        ReadOutcome.Read => "已读取",
        ReadOutcome.Pre2019 => "2019年以前格式（不按模板读取表格，只列出报告写明的数字）",
        ReadOutcome.NotAReport => "不是年度报告",
        _ => "读取失败",
    };

    public static string FormatName(InputFormat format) => format switch
    {
        InputFormat.Html => "网页",
        InputFormat.Markdown => "Markdown",
        InputFormat.Docx => "Word",
        InputFormat.Pdf => "PDF",
        _ => "文本",
    };
}
