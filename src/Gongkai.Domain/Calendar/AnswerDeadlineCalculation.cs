namespace Gongkai.Domain.Calendar;

/// <summary>
/// The answer-deadline walk in working-day ordinals: counting starts after ordinal s, each pause is the
/// ordinal interval (FROM, TO], and the due date is the ordinal where the count of unpaused working days
/// reaches the period. Pauses are taken in order of FROM; the walk never goes back, so overlapping days
/// are removed once. The steps are written only when asked for (<see cref="AnswerDeadline.Steps"/>).
/// </summary>
internal static class AnswerDeadlineCalculation
{
    public static AnswerDeadline Compute(StatutoryClock clock, AnswerClockInput input)
    {
        Validate(input);
        var calendar = clock.Calendar;
        var start = input.CorrectedReceived ?? input.Received;
        calendar.Ordinal(input.Received);
        var s = calendar.Ordinal(start) - (clock.CountsReceiptDay(start) ? 1 : 0);
        var pauses = new PauseInterval[input.Pauses.Count];
        for (var i = 0; i < pauses.Length; i++)
        {
            var pause = input.Pauses[i];
            pauses[i] = new PauseInterval(pause, calendar.Ordinal(pause.From), calendar.Ordinal(pause.To), i);
        }

        if (pauses.Length > 1)
        {
            Array.Sort(pauses, static (x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B != y.B ? x.B.CompareTo(y.B) : x.Index.CompareTo(y.Index));
        }

        var original = Walk(s, StatutoryClock.AnswerPeriod, pauses);
        var final = input.ExtensionWorkingDays > 0 ? Walk(s, StatutoryClock.AnswerPeriod + input.ExtensionWorkingDays, pauses) : original;
        if (final.Due > calendar.Reach(start))
        {
            throw calendar.BeyondReach(start, "答复期限");
        }

        return new AnswerDeadline(clock, input, s, pauses, original, final);
    }

    private static void Validate(AnswerClockInput input)
    {
        if (input.CorrectedReceived is { } corrected && corrected < input.Received)
        {
            throw new ClockInputException($"收到补正申请的日期 {ChineseDateText.Iso(corrected)} 早于收到原申请的日期 {ChineseDateText.Iso(input.Received)}，不可能");
        }

        if (input.ExtensionWorkingDays is < 0 or > StatutoryClock.MaxExtension)
        {
            throw new ClockInputException($"延长答复期限应为 1 至 {StatutoryClock.MaxExtension} 个工作日（条例第三十三条第二款），实际为 {input.ExtensionWorkingDays} 个");
        }

        foreach (var pause in input.Pauses)
        {
            if (pause.To < pause.From)
            {
                throw new ClockInputException($"{pause.Label} {pause.Period}：开始日期晚于结束日期（应为 发出日期:收到答复日期）");
            }

            if (pause.From < input.Received)
            {
                throw new ClockInputException($"{pause.Label} {pause.Period}：开始日期早于收到申请的日期 {ChineseDateText.Iso(input.Received)}，不可能");
            }
        }
    }

    private static Walked Walk(int s, int period, PauseInterval[] pauses)
    {
        var outcomes = new PauseEffect[pauses.Length];
        var pos = s;
        var remaining = period;
        for (var i = 0; i < pauses.Length; i++)
        {
            var (pause, a, b, _) = pauses[i];
            var before = Math.Max(0, Math.Min(b, s) - a);
            if (remaining <= a - pos)
            {
                // The period runs out on or before FROM; so does it for every later pause.
                outcomes[i] = new(pause, PauseOutcome.AfterDue, b - a, 0, 0);
                continue;
            }

            if (b <= pos)
            {
                outcomes[i] = new(pause, b <= s ? PauseOutcome.BeforeStart : PauseOutcome.Overlapped, b - a, 0, before);
                continue;
            }

            if (a > pos)
            {
                remaining -= a - pos;
                pos = a;
            }

            outcomes[i] = new(pause, PauseOutcome.Deducted, b - a, b - pos, before);
            pos = b;
        }

        return new Walked(pos + remaining, outcomes);
    }
}

/// <summary>A pause as ordinals: it removes the working days with ordinals in (A, B]; Index is its place in the input.</summary>
internal readonly record struct PauseInterval(ClockPause Pause, int A, int B, int Index);

/// <summary>The walk's result: the due ordinal and what each pause (in walk order) did.</summary>
internal sealed record Walked(int Due, PauseEffect[] Outcomes);
