using Gongkai.Domain.Calendar;
using static Gongkai.Domain.Tests.Calendar.WorkingDayCalendarTests;

namespace Gongkai.Domain.Tests.Calendar;

/// <summary>
/// The answer deadline (条例第三十条、第三十三条): hand-checked cases on the 2019–2026 notices, and thousands of
/// random receipts, corrections, pauses and extensions against a day-by-day walk.
/// </summary>
public sealed class AnswerDeadlineTests
{
    private static readonly StatutoryClock Clock = new(OfficialArrangement.Calendar);
    private static readonly StatutoryClock CountingReceiptDay = new(OfficialArrangement.Calendar, new ClockOptions { CountReceiptDay = true });
    private static readonly NaiveCalendar Naive = NaiveCalendar.FromCsv(OfficialArrangement.CsvText());

    [Fact]
    public void APauseAndAnExtensionAreExplainedStepByStep()
    {
        var deadline = Clock.ComputeAnswerDeadline(new AnswerClockInput(D("2024-09-27"))
        {
            Pauses = [new ClockPause(D("2024-10-08"), D("2024-10-15"))],
            ExtensionWorkingDays = 20,
        });

        Assert.Equal(D("2024-12-05"), deadline.Due);
        Assert.Equal(D("2024-11-07"), deadline.OriginalDue);
        Assert.Equal(6, deadline.DeductedWorkingDays);
        Assert.Equal(
        [
            "收到申请：2024-09-27（星期五）",
            "自收到申请次日起算 20 个工作日（条例第三十三条第二款）：2024-10-30（星期三）",
            // 10-09, 10, 11, 12 (Saturday, 调休上班), 14, 15
            "征求第三方意见 2024-10-08 至 2024-10-15，扣除 6 个工作日（条例第三十二条、第三十三条第三款）",
            "扣除暂停后，原答复期限：2024-11-07（星期四）",
            "延长答复期限 20 个工作日（条例第三十三条第二款）：2024-12-05（星期四）",
            "答复期限：2024-12-05（星期四）",
        ], deadline.Steps);
    }

    [Theory]
    // Friday receipt before National Day 2024
    [InlineData("2024-09-27", null, false, "2024-10-30")]
    // Monday receipt: day of receipt not counted / counted
    [InlineData("2024-03-11", null, false, "2024-04-09")]
    [InlineData("2024-03-11", null, true, "2024-04-08")]
    // Saturday receipt: counted or not, counting starts on Monday
    [InlineData("2024-03-16", null, false, "2024-04-15")]
    [InlineData("2024-03-16", null, true, "2024-04-15")]
    // a receipt on a 调休 Saturday that is a working day, counted
    [InlineData("2024-10-12", null, true, "2024-11-07")]
    [InlineData("2024-10-12", null, false, "2024-11-08")]
    // correction restarts the period: 09-14 (Sat) worked, 09-15..17 off, 09-29 (Sun) worked
    [InlineData("2024-09-02", "2024-09-13", false, "2024-10-17")]
    // the 2020 extended Spring Festival
    [InlineData("2020-01-23", null, false, "2020-02-28")]
    // year boundary into 2026
    [InlineData("2025-12-20", null, false, "2026-01-19")]
    public void HandCheckedDeadlines(string received, string? corrected, bool countReceiptDay, string due)
    {
        var clock = countReceiptDay ? CountingReceiptDay : Clock;
        var deadline = clock.ComputeAnswerDeadline(new AnswerClockInput(D(received)) { CorrectedReceived = corrected is null ? null : D(corrected) });
        Assert.Equal(D(due), deadline.Due);
        Assert.Equal(deadline.Due, deadline.OriginalDue);
        Assert.Equal(D(corrected ?? received), deadline.ClockStart);
        Assert.Equal($"答复期限：{OfficialArrangement.Calendar.Describe(D(due))}", deadline.Steps[^1]);
    }

    [Fact]
    public void OverlappingPausesStopTheClockOnce()
    {
        var deadline = Clock.ComputeAnswerDeadline(new AnswerClockInput(D("2024-03-01"))
        {
            Pauses =
            [
                new ClockPause(D("2024-03-06"), D("2024-03-12"), ClockPauseKind.AgencyConsultation),
                new ClockPause(D("2024-03-04"), D("2024-03-08")),
                new ClockPause(D("2024-03-05"), D("2024-03-07")),
            ],
        });

        // Paused: 03-05..08, 11, 12 (six working days). 03-04 (1), 13..15, 18..22, 25..29, 04-01..03, 04-07 (Sun), 04-08, 04-09 (20).
        Assert.Equal(D("2024-04-09"), deadline.Due);
        Assert.Equal(6, deadline.DeductedWorkingDays);
        Assert.Equal([PauseOutcome.Deducted, PauseOutcome.Deducted, PauseOutcome.Overlapped], deadline.Pauses.Select(p => p.Outcome));
        Assert.Equal([2, 4, 0], deadline.Pauses.Select(p => p.Deducted));
        Assert.Equal([2, 0, 2], deadline.Pauses.Select(p => p.Overlapping));
        Assert.Contains("征求其他机关意见 2024-03-06 至 2024-03-12，共 4 个工作日，其中 2 个已在前项暂停中扣除，扣除 2 个工作日（条例第三十四条、第三十三条第三款）", deadline.Steps);
        Assert.Contains("征求第三方意见 2024-03-05 至 2024-03-07，其 2 个工作日已在前项暂停中扣除，不重复扣除", deadline.Steps);
    }

    [Fact]
    public void PauseDaysBeforeTheCorrectedApplicationAreNotDeducted()
    {
        var deadline = Clock.ComputeAnswerDeadline(new AnswerClockInput(D("2024-05-06"))
        {
            CorrectedReceived = D("2024-05-09"),
            Pauses = [new ClockPause(D("2024-05-07"), D("2024-05-10")), new ClockPause(D("2024-05-06"), D("2024-05-08"), ClockPauseKind.AgencyConsultation)],
        });

        // 05-10 paused; 05-11 (Sat, 调休) is day 1; 05-13..17, 20..24, 27..31, 06-03..06 (20).
        Assert.Equal(D("2024-06-06"), deadline.Due);
        Assert.Equal([PauseOutcome.Deducted, PauseOutcome.BeforeStart], deadline.Pauses.Select(p => p.Outcome));
        Assert.Equal([1, 0], deadline.Pauses.Select(p => p.Deducted));
        Assert.Contains("征求第三方意见 2024-05-07 至 2024-05-10，共 3 个工作日，其中 2 个在答复期限起算之前，扣除 1 个工作日（条例第三十二条、第三十三条第三款）", deadline.Steps);
        Assert.Contains("征求其他机关意见 2024-05-06 至 2024-05-08，在答复期限起算之前，不扣除", deadline.Steps);
        Assert.Equal("收到补正后的申请：2024-05-09（星期四），答复期限自此重新起算（条例第三十条）", deadline.Steps[1]);
    }

    [Fact]
    public void APauseThatBeginsWhenThePeriodHasRunOutChangesNothing()
    {
        var deadline = Clock.ComputeAnswerDeadline(new AnswerClockInput(D("2024-09-27"))
        {
            Pauses = [new ClockPause(D("2024-10-30"), D("2024-11-05"), ClockPauseKind.FeeNotice)],
        });
        Assert.Equal(D("2024-10-30"), deadline.Due);
        Assert.Equal(PauseOutcome.AfterDue, Assert.Single(deadline.Pauses).Outcome);
        Assert.Contains("收费通知至缴费 2024-10-30 至 2024-11-05，在答复期限 2024-10-30 届满之日或之后才开始，不扣除", deadline.Steps);
    }

    [Fact]
    public void APauseWithoutWorkingDaysSaysSo()
    {
        var deadline = Clock.ComputeAnswerDeadline(new AnswerClockInput(D("2024-03-01")) { Pauses = [new ClockPause(D("2024-03-08"), D("2024-03-10"))] });
        Assert.Equal(D("2024-03-29"), deadline.Due);
        Assert.Contains("征求第三方意见 2024-03-08 至 2024-03-10，其间没有工作日，不扣除", deadline.Steps);
    }

    [Fact]
    public void APauseInTheExtendedPartIsDeductedAfterTheExtension()
    {
        var deadline = Clock.ComputeAnswerDeadline(new AnswerClockInput(D("2024-09-27"))
        {
            Pauses = [new ClockPause(D("2024-11-20"), D("2024-11-22"), ClockPauseKind.FeeNotice)],
            ExtensionWorkingDays = 20,
        });
        // Original 10-30; extended 11-27; 11-21 and 11-22 paused: 11-29.
        Assert.Equal(D("2024-10-30"), deadline.OriginalDue);
        Assert.Equal(D("2024-11-29"), deadline.Due);
        Assert.Equal(
        [
            "收到申请：2024-09-27（星期五）",
            "自收到申请次日起算 20 个工作日（条例第三十三条第二款）：2024-10-30（星期三）",
            "延长答复期限 20 个工作日（条例第三十三条第二款）：2024-11-27（星期三）",
            "收费通知至缴费 2024-11-20 至 2024-11-22，扣除 2 个工作日（《政府信息公开信息处理费管理办法》，国办函〔2020〕109号）",
            "扣除延长期内的暂停后：2024-11-29（星期五）",
            "答复期限：2024-11-29（星期五）",
        ], deadline.Steps);
    }

    [Fact]
    public void RandomApplicationsAgreeWithADayByDayWalk()
    {
        var random = new Random(33);
        var calendar = OfficialArrangement.Calendar;
        var refused = 0;
        for (var i = 0; i < 5000; i++)
        {
            var count = random.Next(2) == 0;
            var (input, pauses) = RandomInput(random, D("2019-01-01").AddDays(random.Next(0, 2922)));
            var clock = count ? CountingReceiptDay : Clock;
            var start = input.CorrectedReceived ?? input.Received;
            var expected = Naive.Due(start, pauses, 20 + input.ExtensionWorkingDays, count);
            if (expected is null || pauses.Any(p => !Naive.Covers(p.To)) || !Naive.Covers(input.Received))
            {
                refused++;
                Assert.Throws<DateOutsideCalendarException>(() => clock.ComputeAnswerDeadline(input));
                continue;
            }

            var deadline = clock.ComputeAnswerDeadline(input);
            Assert.Equal(expected.Value, deadline.Due);
            Assert.Equal(Naive.Due(start, pauses, 20, count), deadline.OriginalDue);
            var counted = calendar.WorkingDaysBetween(start, deadline.Due) + (count && calendar.IsWorkingDay(start) ? 1 : 0);
            Assert.Equal(counted - 20 - input.ExtensionWorkingDays, deadline.DeductedWorkingDays);
            Assert.Equal(deadline.DeductedWorkingDays, deadline.Pauses.Sum(p => p.Deducted));
            Assert.Equal($"答复期限：{calendar.Describe(deadline.Due)}", deadline.Steps[^1]);
            foreach (var same in input.Pauses.GroupBy(p => $"{p.Label} {p.Period}，"))
            {
                Assert.Equal(same.Count(), deadline.Steps.Count(line => line.StartsWith(same.Key, StringComparison.Ordinal)));
            }
        }

        Assert.InRange(refused, 1, 1000);
    }

    [Fact]
    public void RandomArrangementsAgreeWithADayByDayWalk()
    {
        var random = new Random(34);
        for (var round = 0; round < 60; round++)
        {
            var years = RandomArrangements.Years(random);
            var rows = RandomArrangements.Rows(random, years);
            var overrides = RandomArrangements.Overrides(random, years);
            var naive = RandomArrangements.Naive(rows, overrides);
            var clock = new StatutoryClock(WorkingDayCalendar.Create(rows, overrides));
            for (var i = 0; i < 50; i++)
            {
                var (input, pauses) = RandomInput(random, new DateOnly(years[0], 1, 1).AddDays(random.Next(0, 365 * years.Count)));
                var start = input.CorrectedReceived ?? input.Received;
                var coveredInput = naive.Covers(input.Received) && naive.Covers(start) && pauses.All(p => naive.Covers(p.From) && naive.Covers(p.To));
                var expected = coveredInput ? naive.Due(start, pauses, 20 + input.ExtensionWorkingDays, false) : null;
                if (expected is null)
                {
                    Assert.Throws<DateOutsideCalendarException>(() => clock.ComputeAnswerDeadline(input));
                }
                else
                {
                    Assert.Equal(expected.Value, clock.ComputeAnswerDeadline(input).Due);
                }
            }
        }
    }

    [Theory]
    [InlineData("2024-09-27", "2024-09-20", "2024-10-08", "2024-10-15", 0, "收到补正申请的日期 2024-09-20 早于收到原申请的日期 2024-09-27，不可能")]
    [InlineData("2024-09-27", null, "2024-10-15", "2024-10-08", 0, "征求第三方意见 2024-10-15 至 2024-10-08：开始日期晚于结束日期")]
    [InlineData("2024-09-27", null, "2024-09-26", "2024-10-08", 0, "征求第三方意见 2024-09-26 至 2024-10-08：开始日期早于收到申请的日期 2024-09-27，不可能")]
    [InlineData("2024-09-27", null, "2024-10-08", "2024-10-15", 21, "延长答复期限应为 1 至 20 个工作日（条例第三十三条第二款），实际为 21 个")]
    [InlineData("2024-09-27", null, "2024-10-08", "2024-10-15", -1, "延长答复期限应为 1 至 20 个工作日")]
    public void ImpossibleInputIsRefused(string received, string? corrected, string from, string to, int extension, string message)
    {
        var input = new AnswerClockInput(D(received))
        {
            CorrectedReceived = corrected is null ? null : D(corrected),
            Pauses = [new ClockPause(D(from), D(to))],
            ExtensionWorkingDays = extension,
        };
        Assert.Contains(message, Assert.Throws<ClockInputException>(() => Clock.ComputeAnswerDeadline(input)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-20", null, "2027-01-01")]
    [InlineData("2018-12-28", null, "2018-12-28")]
    [InlineData("2026-12-01", "2027-01-05", "2027-01-05")]
    public void ADeadlineThatNeedsAYearNotLoadedIsRefused(string received, string? pauseTo, string firstUnknown)
    {
        var input = new AnswerClockInput(D(received)) { Pauses = pauseTo is null ? [] : [new ClockPause(D(received), D(pauseTo))] };
        var refusal = Assert.Throws<DateOutsideCalendarException>(() => Clock.ComputeAnswerDeadline(input));
        Assert.Equal(D(firstUnknown), refusal.Date);
        Assert.Contains(firstUnknown, refusal.Message, StringComparison.Ordinal);
    }

    private static (AnswerClockInput Input, List<(DateOnly From, DateOnly To)> Pauses) RandomInput(Random random, DateOnly received)
    {
        var corrected = random.Next(3) == 0 ? received.AddDays(random.Next(0, 30)) : (DateOnly?)null;
        var pauses = Enumerable.Range(0, random.Next(0, 4)).Select(_ =>
        {
            var from = received.AddDays(random.Next(0, 45));
            return new ClockPause(from, from.AddDays(random.Next(0, 25)), (ClockPauseKind)random.Next(3));
        }).ToList();
        var input = new AnswerClockInput(received)
        {
            CorrectedReceived = corrected,
            Pauses = pauses,
            ExtensionWorkingDays = random.Next(3) switch { 0 => 0, 1 => 20, _ => random.Next(1, 21) },
        };
        return (input, pauses.Select(p => (p.From, p.To)).ToList());
    }
}
