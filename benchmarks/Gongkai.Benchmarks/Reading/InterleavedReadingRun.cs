using System.Diagnostics;
using System.Globalization;

namespace Gongkai.Benchmarks.Reading;

/// <summary>
/// <c>reading-interleaved [ROUNDS]</c>: for each form of <see cref="ReadingBenchmarks"/>, its 50 reports read
/// and the baseline (UTF-8 decode + split lines of the same bytes) in alternation, on one thread, so that
/// both see the same load on a shared machine. Prints per form the fastest and the median round per report,
/// reports per second per core from each, and the ratio to the baseline in the same rounds; and the
/// process's CPU time over wall time, which says how much of a core it got.
/// </summary>
internal static class InterleavedReadingRun
{
    private static readonly string[] Forms = ["pipe", "html", "portal-html", "run-together", "line-broken", "converted-pdf"];

    public static int Run(int rounds)
    {
        Console.WriteLine($"{rounds} alternating rounds per form, 50 reports a round; {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        Console.WriteLine("form            fastest/report  reports/s  median/report  reports/s  × baseline (fastest, median of ratios)  CPU/wall");
        var benchmarks = Forms.Select(form => new ReadingBenchmarks { Form = form }).ToList();
        benchmarks.ForEach(b => b.Setup());
        // Every form first, for several seconds: the JIT's tiers settle (its background compiler gets little CPU on a loaded machine).
        var warming = Stopwatch.StartNew();
        while (warming.Elapsed < TimeSpan.FromSeconds(15))
        {
            foreach (var b in benchmarks)
            {
                b.Decode();
                b.Read();
                b.ProseCheck();
            }
        }

        foreach (var benchmark in benchmarks)
        {
            var form = benchmark.Form;

            var reads = new List<double>(rounds);
            var prose = new List<double>(rounds);
            var ratios = new List<double>(rounds);
            double fastestDecode = double.MaxValue;
            var clock = new Stopwatch();
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            for (var round = 0; round < rounds; round++)
            {
                clock.Restart();
                benchmark.Decode();
                var decode = clock.Elapsed.TotalMicroseconds;
                clock.Restart();
                benchmark.Read();
                var read = clock.Elapsed.TotalMicroseconds;
                reads.Add(read);
                clock.Restart();
                benchmark.ProseCheck();
                prose.Add(clock.Elapsed.TotalMicroseconds);
                ratios.Add(read / decode);
                fastestDecode = Math.Min(fastestDecode, decode);
            }

            process.Refresh();
            var cpuShare = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / wall.Elapsed.TotalMilliseconds;
            reads.Sort();
            ratios.Sort();
            prose.Sort();
            const double PerRound = 50;
            var fastest = reads[0] / PerRound;
            var median = reads[rounds / 2] / PerRound;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{form,-15} {fastest,10:F0} µs {1e6 / fastest,10:N0} {median,10:F0} µs {1e6 / median,10:N0}  {reads[0] / fastestDecode,8:F0} , {ratios[rounds / 2],6:F0}                          {cpuShare,5:F2}   C12 alone {prose[0] / PerRound:F0} µs ({prose[0] / reads[0]:P1} of the fastest reading)"));
        }

        Console.WriteLine($"load average after: {LoadAverage()}");
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
