using System.Globalization;
using Gongkai.Reading.Tests.Rendering;

namespace Gongkai.Benchmarks.Reading;

/// <summary>
/// Writes a folder of published reports for timing <c>gongkai report read DIR</c> (see benchmarks/read-dir.sh):
/// agencies with a report for each of the years 2019–2025 (so the batch audits consecutive years, C6
/// and C11), each file in one of the text and HTML forms in turn.
/// </summary>
internal static class Corpus
{
    private static readonly string[] Forms = ["pipe", "markdown", "html", "portal-html", "run-together", "line-broken"];

    public static int Write(string directory, int count)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(Reports.Seed);
        var bytes = 0L;
        for (var i = 0; i < count; i++)
        {
            var year = 2019 + (i % 7);
            var agency = $"基准市第{(i / 7 + 1).ToString(CultureInfo.InvariantCulture)}局";
            var form = Forms[i % Forms.Length];
            var (content, fileName) = ReportForms.Render(form, ReportForms.Report(random, year, agency), random);
            var name = $"{(i + 1).ToString("D5", CultureInfo.InvariantCulture)}-{year.ToString(CultureInfo.InvariantCulture)}-{form}{Path.GetExtension(fileName)}";
            File.WriteAllBytes(Path.Combine(directory, name), content);
            bytes += content.Length;
        }

        Console.WriteLine($"{count} reports, {bytes / (1 << 20)} MB, written to {directory}");
        return 0;
    }
}
