using System.CommandLine;
using System.Globalization;
using Gongkai.Reading;

namespace Gongkai.Cli.Reading;

/// <summary>
/// <c>gongkai report read FILE|DIR... [--json] [--format F] [--csv OUT]</c>: reads published reports back
/// into the canonical figures and audits them. One file: a readable summary (or its JSON). Several files or
/// a folder: a table (or a JSON array), C6/C11 between consecutive years of the same agency.
/// Exit 1 when any file could not be read as a report.
/// </summary>
public static class ReadCommand
{
    private static readonly Dictionary<string, InputFormat> Formats = new()
    {
        ["auto"] = InputFormat.Auto, ["text"] = InputFormat.Text, ["html"] = InputFormat.Html,
        ["md"] = InputFormat.Markdown, ["docx"] = InputFormat.Docx, ["pdf"] = InputFormat.Pdf,
    };

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "报告文件或文件夹（文本、网页、Markdown、Word、PDF）", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "输出年度报告数据 JSON（多个文件为 JSON 数组）" };
        var format = new Option<string>("--format") { Description = "输入格式：auto、text、html、md、docx、pdf", DefaultValueFactory = _ => "auto" };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var csv = new Option<FileInfo?>("--csv") { Description = "把汇总表写成 CSV 文件（可用 Excel 打开）" };
        var maxMegabytes = new Option<int>("--max-mb") { Description = "单个文件大小上限（MB）", DefaultValueFactory = _ => 20 };
        var seconds = new Option<double>("--timeout") { Description = "单个文件读取时限（秒）", DefaultValueFactory = _ => 10 };
        var similarity = new Option<double>("--similarity") { Description = "C11 文字雷同警告阈值（0–1）", DefaultValueFactory = _ => 0.5 };
        var command = new Command("read", "读取已公布的年度报告，还原为数据并体检（年报体检）") { paths, json, format, csv, maxMegabytes, seconds, similarity };
        command.SetAction((parse, cancel) => context.GuardAsync(async () =>
        {
            var limits = new ReadLimits(parse.GetValue(maxMegabytes) * 1024L * 1024L, TimeSpan.FromSeconds(parse.GetValue(seconds)));
            var files = FileSet.Expand(parse.GetValue(paths)!, out var folderGiven);
            if (files.Count == 0)
            {
                await context.Error.WriteLineAsync("错误：没有找到要读取的文件");
                return 1;
            }

            var batch = new BatchReader(new ReportReader(limits), Formats[parse.GetValue(format)!], parse.GetValue(similarity));
            var progress = Console.IsErrorRedirected || !ReferenceEquals(context.Error, Console.Error) ? null : new ProgressBar(context.Error, files.Count);
            var results = batch.Read(files, progress, cancel);
            progress?.Done();

            if (parse.GetValue(json))
            {
                await context.Output.WriteLineAsync(results.Count == 1 && !folderGiven
                    ? results[0].ToJson().TrimEnd()
                    : "[\n" + string.Join(",\n", results.Select(r => r.ToJson().TrimEnd())) + "\n]");
            }
            else if (results.Count == 1 && !folderGiven)
            {
                await ReadSummary.PrintAsync(context.Output, results[0]);
            }
            else
            {
                await ReadTable.PrintAsync(context.Output, files, results);
            }

            if (parse.GetValue(csv) is { } csvFile)
            {
                await ReadTable.WriteCsvAsync(csvFile.FullName, files, results, cancel);
                await context.Error.WriteLineAsync($"已写出 {csvFile.FullName}");
            }

            return results.Any(r => r.Outcome is ReadOutcome.Failed or ReadOutcome.NotAReport) ? 1 : 0;
        }));
        return command;
    }

    /// <summary>A progress line on the terminal: how many files, how far.</summary>
    public sealed class ProgressBar(TextWriter error, int total) : IProgress<int>
    {
        private long _lastTicks;

        public void Report(int done)
        {
            var now = Environment.TickCount64;
            if (done < total && now - Interlocked.Read(ref _lastTicks) < 100)
            {
                return;
            }

            Interlocked.Exchange(ref _lastTicks, now);
            var filled = total == 0 ? 30 : done * 30 / total;
            lock (error)
            {
                error.Write(string.Create(CultureInfo.InvariantCulture, $"\r读取 [{new string('#', filled)}{new string('.', 30 - filled)}] {done}/{total}"));
            }
        }

        public void Done() => error.WriteLine();
    }
}
