using System.Globalization;
using System.Text;
using Gongkai.Domain.AnnualReports;
using Gongkai.Reading;

namespace Gongkai.Cli.Reading;

/// <summary>The supervisor's table: one row per file, aligned for a terminal (CJK counts double) or as CSV.</summary>
public static class ReadTable
{
    private static readonly string[] Header = ["文件", "机关", "年度", "格式", "已读", "未定", "错误", "警告", "结果"];

    public static IEnumerable<string[]> Rows(IReadOnlyList<string> files, IReadOnlyList<ReadResult> results) =>
        results.Select((r, i) => new[]
        {
            files[i],
            r.Figures?.Agency ?? r.Agency ?? "",
            (r.Figures?.Year ?? r.Year)?.ToString(CultureInfo.InvariantCulture) ?? "",
            r.Figures?.Template.Id ?? "",
            r.Stats.CellsRead.ToString(CultureInfo.InvariantCulture),
            r.Stats.CellsUnresolved.ToString(CultureInfo.InvariantCulture),
            r.Findings.CountOf(FindingSeverity.Error).ToString(CultureInfo.InvariantCulture),
            r.Findings.CountOf(FindingSeverity.Warning).ToString(CultureInfo.InvariantCulture),
            r.Message is { } m ? $"{ReadSummary.OutcomeName(r.Outcome)}：{m}" : ReadSummary.OutcomeName(r.Outcome),
        });

    public static async Task PrintAsync(TextWriter output, IReadOnlyList<string> files, IReadOnlyList<ReadResult> results)
    {
        var rows = Rows(files, results).Prepend(Header).ToList();
        var widths = Enumerable.Range(0, Header.Length - 1).Select(c => rows.Max(r => Width(r[c]))).ToArray();
        foreach (var row in rows)
        {
            var line = new StringBuilder();
            for (var c = 0; c < row.Length; c++)
            {
                line.Append(row[c]);
                if (c < widths.Length)
                {
                    line.Append(' ', widths[c] - Width(row[c]) + 2);
                }
            }

            await output.WriteLineAsync(line.ToString().TrimEnd());
        }

        var failed = results.Count(r => r.Outcome is ReadOutcome.Failed or ReadOutcome.NotAReport);
        await output.WriteLineAsync($"共 {results.Count} 个文件：已读取 {results.Count(r => r.Outcome == ReadOutcome.Read)}，" +
            $"2019年以前格式 {results.Count(r => r.Outcome == ReadOutcome.Pre2019)}，未能读取 {failed}；" +
            $"有错误的报告 {results.Count(r => r.Findings.HasErrors())} 份");
    }

    public static async Task WriteCsvAsync(string path, IReadOnlyList<string> files, IReadOnlyList<ReadResult> results, CancellationToken cancel)
    {
        var csv = new StringBuilder();
        foreach (var row in Rows(files, results).Prepend(Header))
        {
            csv.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        // UTF-8 with a byte order mark, so that Excel opens the Chinese correctly.
        await File.WriteAllTextAsync(path, csv.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), cancel);
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;

    /// <summary>Terminal columns: East Asian wide characters take two.</summary>
    private static int Width(string text) => text.Sum(ch => ch >= 0x1100 && (ch <= 0x115F || (ch >= 0x2E80 && ch <= 0xA4CF) || (ch >= 0xAC00 && ch <= 0xD7A3) || (ch >= 0xF900 && ch <= 0xFAFF) || (ch >= 0xFE30 && ch <= 0xFE4F) || (ch >= 0xFF00 && ch <= 0xFF60) || (ch >= 0xFFE0 && ch <= 0xFFE6)) ? 2 : 1);
}
