namespace Gongkai.Domain.Calendar;

/// <summary>How the clock counts; see docs/decisions (calendar counting conventions).</summary>
public sealed record ClockOptions
{
    public static ClockOptions Default { get; } = new();

    /// <summary>
    /// Whether the day of receipt counts as the first day of a period. Default <c>false</c>: counting starts
    /// on the next working day (the general rule that the starting day is not counted). When <c>true</c> and
    /// the receipt day is a working day, it is day 1; a receipt on a day off starts on the next working day
    /// either way. The fee payment period always starts the day after the notice (109号 says so).
    /// </summary>
    public bool CountReceiptDay { get; init; }
}

/// <summary>A period's last day and how it was computed, in one plain-Chinese line.</summary>
public sealed record ClockLimit(DateOnly Due, string Explanation);

/// <summary>
/// The statutory periods of 依申请公开 on one working-day calendar: the answer deadline (条例第三十条、第三十三条),
/// the 补正 notice (7 working days, Art. 30), the consulted party's reply (15 working days, Art. 32/34) and
/// the fee payment (20 working days, 109号). Pure: the same input always gives the same dates.
/// </summary>
public sealed class StatutoryClock(WorkingDayCalendar calendar, ClockOptions? options = null)
{
    public const int AnswerPeriod = 20;
    public const int MaxExtension = 20;
    public const int CorrectionNoticePeriod = 7;
    public const int ConsultationReplyPeriod = 15;
    public const int FeePaymentPeriod = 20;

    public WorkingDayCalendar Calendar { get; } = calendar;

    public ClockOptions Options { get; } = options ?? ClockOptions.Default;

    /// <summary>The answer deadline with its steps; see <see cref="AnswerClockInput"/> for the conventions.</summary>
    public AnswerDeadline ComputeAnswerDeadline(AnswerClockInput input) => AnswerDeadlineCalculation.Compute(this, input);

    /// <summary>补正告知: within 7 working days of receipt, in one notice (条例第三十条).</summary>
    public ClockLimit CorrectionNoticeDue(DateOnly received)
    {
        var due = CountFrom(received, CorrectionNoticePeriod);
        return new(due, $"一次性告知补正期限：{PeriodPhrase(received, "收到申请", CorrectionNoticePeriod)}内（条例第三十条）：{Calendar.Describe(due)}");
    }

    /// <summary>The consulted third party or agency answers within 15 working days of receiving the letter (条例第三十二条、第三十四条).</summary>
    public ClockLimit ConsultationReplyDue(DateOnly letterReceived)
    {
        var due = CountFrom(letterReceived, ConsultationReplyPeriod);
        return new(due, $"被征求意见方提出意见期限：{PeriodPhrase(letterReceived, "收到征求意见书", ConsultationReplyPeriod)}内（条例第三十二条、第三十四条）：{Calendar.Describe(due)}");
    }

    /// <summary>The fee is paid within 20 working days from the day after the notice is received (109号), whatever the options say.</summary>
    public ClockLimit FeePaymentDue(DateOnly noticeReceived)
    {
        var due = Calendar.AddWorkingDays(noticeReceived, FeePaymentPeriod);
        return new(due, $"缴纳信息处理费期限：自收到收费通知次日起算 {FeePaymentPeriod} 个工作日内（国办函〔2020〕109号）：{Calendar.Describe(due)}");
    }

    /// <summary>The last day of an <paramref name="n"/>-working-day period that starts with <paramref name="day"/>'s receipt.</summary>
    public DateOnly CountFrom(DateOnly day, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        return Calendar.AddWorkingDays(day, CountsReceiptDay(day) ? n - 1 : n);
    }

    /// <summary>Whether <paramref name="day"/> itself is day 1 of a period starting with it.</summary>
    internal bool CountsReceiptDay(DateOnly day) => Options.CountReceiptDay && Calendar.IsWorkingDay(day);

    /// <summary>“自收到申请次日起算 20 个工作日”, or “收到申请当日计入，自当日起算 20 个工作日” when the receipt day counts.</summary>
    internal string PeriodPhrase(DateOnly day, string what, int n) => !Options.CountReceiptDay
        ? $"自{what}次日起算 {n} 个工作日"
        : CountsReceiptDay(day) ? $"{what}当日计入，自当日起算 {n} 个工作日" : $"{what}当日不是工作日，自其后第一个工作日起算 {n} 个工作日";
}
