using BenchmarkDotNet.Running;

namespace Gongkai.Benchmarks;

/// <summary>Not a top-level Program: the web host's <c>Program</c> is the entry point <see cref="WebPageBenchmarks"/> starts.</summary>
public static class BenchmarkProgram
{
    /// <summary>
    /// <c>ocr [N]</c> times reading N (4) scanned reports by OCR (benchmarks/ocr.sh). <c>corpus DIR [N]</c> writes N (10,000) reports to read with <c>gongkai report read DIR</c>;
    /// <c>catalog-search [N] [AGENCIES] [ROUNDS]</c> times the catalog search over a generated catalog (<see cref="Catalog.SearchLatency"/>);
    /// <c>enforcement-import [N] [ROUNDS]</c> times the import of N (100,000) enforcement register lines beside a raw insert (<see cref="Catalog.EnforcementImportRun"/>);
    /// <c>calendar-interleaved [ROUNDS]</c> runs the working-day benchmark and its baseline in alternation, <c>reading-interleaved [ROUNDS]</c>
    /// the reading benchmark's forms and their baseline; <c>intake-load [N] [CONNECTIONS]</c> measures the public application form's
    /// throughput; anything else goes to
    /// BenchmarkDotNet's switcher. <c>--quick</c> is shorthand for <c>--job short</c> (3 warm-ups, 3
    /// iterations, 1 launch): a rough figure in about a minute per class instead of several.
    /// </summary>
    public static int Main(string[] args)
    {
        if (args is ["corpus", var directory, ..])
        {
            return Reading.Corpus.Write(directory, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
        }

        if (args is ["catalog-search", ..])
        {
            int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], System.Globalization.CultureInfo.InvariantCulture) : fallback;
            return Catalog.SearchLatency.RunAsync(Arg(1, 100_000), args.Length > 2 ? Arg(2, 0) : null, Arg(3, 20)).GetAwaiter().GetResult();
        }

        if (args is ["enforcement-import", ..])
        {
            return Catalog.EnforcementImportRun.RunAsync(
                args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3).GetAwaiter().GetResult();
        }

        if (args is ["calendar-interleaved", ..])
        {
            return Calendar.InterleavedCalendarRun.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 401);
        }

        if (args is ["reading-interleaved", ..])
        {
            return Reading.InterleavedReadingRun.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 41);
        }

        if (args is ["ocr", ..])
        {
            return Reading.OcrTiming.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4);
        }

        if (args is ["seed-statistics", ..])
        {
            return DisclosureApplications.StatisticsBenchmark.SeedAsync().GetAwaiter().GetResult();
        }

        if (args is ["intake-load", ..])
        {
            return DisclosureApplications.IntakeThroughput.RunAsync(
                args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 16).GetAwaiter().GetResult();
        }

        var arguments = args.SelectMany(a => a == "--quick" ? ["--job", "short"] : new[] { a }).ToArray();
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(arguments);
        return 0;
    }
}
