using System.Diagnostics;
using System.Globalization;

namespace Gongkai.Benchmarks.Calendar;

/// <summary>
/// <c>calendar-interleaved [ROUNDS]</c>: the two "add 20 working days" benchmarks of
/// <see cref="CalendarBenchmarks"/> run in alternation, a few milliseconds each, in one process. On a machine
/// shared with other work, BenchmarkDotNet's one-after-the-other runs see different loads; alternating,
/// both sides see the same, and the ratio of the fastest rounds (and the median ratio) stays put.
/// </summary>
internal static class InterleavedCalendarRun
{
    public static int Run(int rounds)
    {
        var benchmarks = new CalendarBenchmarks();
        benchmarks.Setup();
        const int Batches = 30;
        for (var warm = 0; warm < 3000; warm++)
        {
            benchmarks.Lookup();
            benchmarks.AddWorkingDays();
        }

        var ratios = new List<double>(rounds);
        double fastestLookup = double.MaxValue, fastestAdd = double.MaxValue;
        var clock = new Stopwatch();
        for (var round = 0; round < rounds; round++)
        {
            clock.Restart();
            for (var b = 0; b < Batches; b++)
            {
                benchmarks.Lookup();
            }

            var lookup = clock.Elapsed.TotalNanoseconds;
            clock.Restart();
            for (var b = 0; b < Batches; b++)
            {
                benchmarks.AddWorkingDays();
            }

            var add = clock.Elapsed.TotalNanoseconds;
            ratios.Add(add / lookup);
            (fastestLookup, fastestAdd) = (Math.Min(fastestLookup, lookup), Math.Min(fastestAdd, add));
        }

        ratios.Sort();
        var perDate = Batches * (double)CalendarBenchmarks.Dates;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rounds} alternating rounds of {Batches} × {CalendarBenchmarks.Dates} dates: fastest lookup {fastestLookup / perDate:F2} ns, " +
            $"fastest AddWorkingDays {fastestAdd / perDate:F2} ns ({1e9 / (fastestAdd / perDate):N0}/s), ratio of the fastest {fastestAdd / fastestLookup:F2}, " +
            $"median ratio {ratios[rounds / 2]:F2} (speed {fastestLookup / fastestAdd:F2}× the lookup)"));
        return 0;
    }
}
