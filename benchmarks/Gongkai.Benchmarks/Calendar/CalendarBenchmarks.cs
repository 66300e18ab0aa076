using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Gongkai.Domain.Calendar;

namespace Gongkai.Benchmarks.Calendar;

/// <summary>
/// Target: adding 20 working days at ≥ 0.5× the speed of a lookup in a precomputed array of working-day
/// ordinals, and ≥ 1,000,000 per second per core. The baseline is that lookup at its barest (two array
/// reads, no coverage check), over the same 4,096 random dates of 2019–2026 as
/// <see cref="WorkingDayCalendar.AddWorkingDays"/>; times are per date. The answer deadline (one
/// consultation pause and an extension), alone and with its steps written, has its own baseline: the same
/// deadlines by walking day by day over a dictionary of the arrangement.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CalendarBenchmarks
{
    internal const int Dates = 4096;
    private const int Applications = 256;
    private readonly WorkingDayCalendar _calendar = OfficialArrangement.Calendar;
    private DateOnly[] _starts = [];
    private int[] _ordinalOfDay = [];
    private DateOnly[] _dateOfOrdinal = [];
    private int _firstDay;
    private StatutoryClock _clock = null!;
    private AnswerClockInput[] _applications = [];
    private Dictionary<DateOnly, bool> _arrangement = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(Reports.Seed);
        var first = new DateOnly(2019, 1, 1);
        _firstDay = first.DayNumber;
        // Receipts up to 2026-10-31, so that 20 working days (and a paused, extended deadline) stay in 2026.
        _starts = [.. Enumerable.Range(0, Dates).Select(_ => first.AddDays(random.Next(0, 2861)))];

        var days = new DateOnly(2026, 12, 31).DayNumber - _firstDay + 1;
        _ordinalOfDay = new int[days];
        var working = new List<DateOnly>();
        for (var i = 0; i < days; i++)
        {
            var day = first.AddDays(i);
            if (_calendar.IsWorkingDay(day))
            {
                working.Add(day);
            }

            _ordinalOfDay[i] = working.Count;
        }

        _dateOfOrdinal = [.. working];
        if (Lookup() != AddWorkingDays())
        {
            throw new InvalidOperationException("the baseline and the calendar disagree: the benchmark would compare different answers");
        }

        _clock = new StatutoryClock(_calendar);
        _arrangement = OfficialArrangement.Rows.ToDictionary(r => r.Date, r => r.Kind == DayKind.Work);
        _applications = [.. Enumerable.Range(0, Applications).Select(_ =>
        {
            var received = first.AddDays(random.Next(0, 2800));
            var from = received.AddDays(random.Next(1, 20));
            return new AnswerClockInput(received)
            {
                Pauses = [new ClockPause(from, from.AddDays(random.Next(3, 15)))],
                ExtensionWorkingDays = StatutoryClock.MaxExtension,
            };
        })];
        if (AnswerDeadline() != WalkDeadlines())
        {
            throw new InvalidOperationException("the day-by-day walk and the clock disagree: the benchmark would compare different answers");
        }
    }

    [BenchmarkCategory("add 20 working days")]
    [Benchmark(Baseline = true, OperationsPerInvoke = Dates, Description = "ordinal-array lookup (+20)")]
    public int Lookup()
    {
        var sum = 0;
        foreach (var start in _starts)
        {
            sum += _dateOfOrdinal[_ordinalOfDay[start.DayNumber - _firstDay] + 20 - 1].DayNumber;
        }

        return sum;
    }

    [BenchmarkCategory("add 20 working days")]
    [Benchmark(OperationsPerInvoke = Dates, Description = "WorkingDayCalendar.AddWorkingDays(d, 20)")]
    public int AddWorkingDays()
    {
        var sum = 0;
        foreach (var start in _starts)
        {
            sum += _calendar.AddWorkingDays(start, 20).DayNumber;
        }

        return sum;
    }

    [BenchmarkCategory("answer deadline")]
    [Benchmark(Baseline = true, OperationsPerInvoke = Applications, Description = "day-by-day walk, no steps")]
    public int WalkDeadlines()
    {
        var sum = 0;
        foreach (var application in _applications)
        {
            var pause = application.Pauses[0];
            var day = application.Received;
            for (var counted = 0; counted < StatutoryClock.AnswerPeriod + application.ExtensionWorkingDays;)
            {
                day = day.AddDays(1);
                var working = _arrangement.TryGetValue(day, out var work) ? work : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
                counted += working && !(pause.From < day && day <= pause.To) ? 1 : 0;
            }

            sum += day.DayNumber;
        }

        return sum;
    }

    [BenchmarkCategory("answer deadline")]
    [Benchmark(OperationsPerInvoke = Applications, Description = "StatutoryClock: due date (pause + extension)")]
    public int AnswerDeadline()
    {
        var sum = 0;
        foreach (var application in _applications)
        {
            sum += _clock.ComputeAnswerDeadline(application).Due.DayNumber;
        }

        return sum;
    }

    [BenchmarkCategory("answer deadline")]
    [Benchmark(OperationsPerInvoke = Applications, Description = "StatutoryClock: due date and its steps")]
    public int AnswerDeadlineWithSteps()
    {
        var sum = 0;
        foreach (var application in _applications)
        {
            var deadline = _clock.ComputeAnswerDeadline(application);
            sum += deadline.Due.DayNumber + deadline.Steps.Count;
        }

        return sum;
    }
}
