using Gongkai.Domain.Calendar;
using static Gongkai.Domain.Tests.Calendar.WorkingDayCalendarTests;

namespace Gongkai.Domain.Tests.Calendar;

/// <summary>The 补正 notice (7), the consulted party's reply (15) and the fee payment (20 working days).</summary>
public sealed class StatutoryLimitTests
{
    private static readonly StatutoryClock Clock = new(OfficialArrangement.Calendar);
    private static readonly StatutoryClock CountingReceiptDay = new(OfficialArrangement.Calendar, new ClockOptions { CountReceiptDay = true });
    private static readonly NaiveCalendar Naive = NaiveCalendar.FromCsv(OfficialArrangement.CsvText());

    [Theory]
    // 09-29 (Sun) and 10-12 (Sat) are 调休 working days
    [InlineData("2024-09-27", false, "2024-10-12")]
    [InlineData("2024-09-27", true, "2024-10-11")]
    [InlineData("2025-01-24", false, "2025-02-10")]
    public void TheCorrectionNoticeIsDueWithinSevenWorkingDaysOfReceipt(string received, bool countReceiptDay, string due)
    {
        var limit = (countReceiptDay ? CountingReceiptDay : Clock).CorrectionNoticeDue(D(received));
        Assert.Equal(D(due), limit.Due);
        Assert.Contains("7 个工作日内（条例第三十条）", limit.Explanation, StringComparison.Ordinal);
        Assert.EndsWith(OfficialArrangement.Calendar.Describe(D(due)), limit.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    // 除夕 2025-01-28 and the Spring Festival off; 01-26 (Sun) and 02-08 (Sat) worked
    [InlineData("2025-01-20", false, "2025-02-14")]
    [InlineData("2025-01-20", true, "2025-02-13")]
    public void TheConsultedPartyRepliesWithinFifteenWorkingDays(string letterReceived, bool countReceiptDay, string due)
    {
        var limit = (countReceiptDay ? CountingReceiptDay : Clock).ConsultationReplyDue(D(letterReceived));
        Assert.Equal(D(due), limit.Due);
        Assert.Contains("条例第三十二条、第三十四条", limit.Explanation, StringComparison.Ordinal);
        Assert.Contains(countReceiptDay ? "收到征求意见书当日计入，自当日起算 15 个工作日内" : "自收到征求意见书次日起算 15 个工作日内", limit.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFeeIsPaidWithinTwentyWorkingDaysFromTheDayAfterTheNoticeWhateverTheOption()
    {
        Assert.Equal(D("2025-10-30"), Clock.FeePaymentDue(D("2025-09-26")).Due);
        Assert.Equal(D("2025-10-30"), CountingReceiptDay.FeePaymentDue(D("2025-09-26")).Due);
        Assert.Equal("缴纳信息处理费期限：自收到收费通知次日起算 20 个工作日内（国办函〔2020〕109号）：2025-10-30（星期四）",
            Clock.FeePaymentDue(D("2025-09-26")).Explanation);
    }

    [Fact]
    public void RandomLimitsAgreeWithTheWalk()
    {
        var random = new Random(7);
        for (var i = 0; i < 3000; i++)
        {
            var day = D("2019-01-01").AddDays(random.Next(0, 2860));
            var counts = Naive.IsWorking(day) == true;
            Assert.Equal(Naive.Add(day, 7), Clock.CorrectionNoticeDue(day).Due);
            Assert.Equal(Naive.Add(day, counts ? 6 : 7), CountingReceiptDay.CorrectionNoticeDue(day).Due);
            Assert.Equal(Naive.Add(day, 15), Clock.ConsultationReplyDue(day).Due);
            Assert.Equal(Naive.Add(day, counts ? 14 : 15), CountingReceiptDay.ConsultationReplyDue(day).Due);
            Assert.Equal(Naive.Add(day, 20), CountingReceiptDay.FeePaymentDue(day).Due);
        }
    }
}
