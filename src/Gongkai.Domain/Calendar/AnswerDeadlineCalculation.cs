namespace Gongkai.Domain.Calendar;

/// <summary>
/// The answer-deadline walk in working-day ordinals: counting starts after ordinal s, each pause is the
/// ordinal interval (FROM, TO], and the due date is the ordinal where the count of unpaused working days
/// reaches the period. Pauses are taken in order of FROM; the walk never goes back, so overlapping days
/// are removed once.
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
        var pauses = input.Pauses
            .Select((p, i) => new Interval(p, calendar.Ordinal(p.From), calendar.Ordinal(p.To), i))
            .OrderBy(p => p.A).ThenBy(p => p.B).ToList();

        var original = Walk(s, StatutoryClock.AnswerPeriod, pauses);
        var final = input.ExtensionWorkingDays > 0 ? Walk(s, StatutoryClock.AnswerPeriod + input.ExtensionWorkingDays, pauses) : original;
        var reach = calendar.Reach(start);
        if (final.Due > reach)
        {
            throw calendar.BeyondReach(start, "答复期限");
        }

        var steps = new List<string> { $"收到申请：{calendar.Describe(input.Received)}" };
        if (input.CorrectedReceived is { } corrected)
        {
            steps.Add($"收到补正后的申请：{calendar.Describe(corrected)}，答复期限自此重新起算（条例第三十条）");
        }

        var what = input.CorrectedReceived is null ? "收到申请" : "收到补正申请";
        steps.Add($"{clock.PeriodPhrase(start, what, StatutoryClock.AnswerPeriod)}（条例第三十三条第二款）：{Date(calendar, s + StatutoryClock.AnswerPeriod)}");
        var firstPhase = pauses.Select((p, i) => (p, i)).Where(x => original.Outcomes[x.i].Outcome != PauseOutcome.AfterDue).ToList();
        steps.AddRange(firstPhase.Select(x => Line(x.p.Pause, original.Outcomes[x.i])));
        var extended = input.ExtensionWorkingDays > 0;
        if (firstPhase.Count > 0)
        {
            steps.Add($"扣除暂停后{(extended ? "，原答复期限" : "的答复期限")}：{Date(calendar, original.Due)}");
        }

        if (extended)
        {
            steps.Add($"延长答复期限 {input.ExtensionWorkingDays} 个工作日（条例第三十三条第二款）：{Date(calendar, original.Due + input.ExtensionWorkingDays)}");
            var secondPhase = pauses.Select((p, i) => (p, i))
                .Where(x => original.Outcomes[x.i].Outcome == PauseOutcome.AfterDue && final.Outcomes[x.i].Outcome != PauseOutcome.AfterDue).ToList();
            steps.AddRange(secondPhase.Select(x => Line(x.p.Pause, final.Outcomes[x.i])));
            if (secondPhase.Count > 0)
            {
                steps.Add($"扣除延长期内的暂停后：{Date(calendar, final.Due)}");
            }
        }

        var late = pauses.Select((p, i) => (p, i)).Where(x => final.Outcomes[x.i].Outcome == PauseOutcome.AfterDue).ToList();
        steps.AddRange(late.Select(x => $"{x.p.Pause.Label} {x.p.Pause.Period}，在答复期限 {ChineseDateText.Iso(calendar.DateOf(final.Due))} 届满之日或之后才开始，不扣除"));
        var due = calendar.DateOf(final.Due);
        steps.Add($"答复期限：{calendar.Describe(due)}");

        // Effects in the caller's order, not the walk's.
        var effects = new PauseEffect[pauses.Count];
        for (var i = 0; i < pauses.Count; i++)
        {
            effects[pauses[i].Index] = final.Outcomes[i];
        }

        return new AnswerDeadline(due, calendar.DateOf(original.Due), start, effects.Sum(e => e.Deducted), effects, steps);
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

    private static Walked Walk(int s, int period, List<Interval> pauses)
    {
        var outcomes = new PauseEffect[pauses.Count];
        var pos = s;
        var remaining = period;
        for (var i = 0; i < pauses.Count; i++)
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

    private static string Line(ClockPause pause, PauseEffect effect)
    {
        var head = $"{pause.Label} {pause.Period}";
        return effect.Outcome switch
        {
            PauseOutcome.BeforeStart => $"{head}，在答复期限起算之前，不扣除",
            PauseOutcome.Overlapped => $"{head}，其 {effect.WorkingDays} 个工作日已在前项暂停中扣除，不重复扣除",
            _ when effect.Deducted == effect.WorkingDays => $"{head}，扣除 {effect.Deducted} 个工作日（{pause.Basis}）",
            _ => $"{head}，共 {effect.WorkingDays} 个工作日，{Remainder(effect)}，扣除 {effect.Deducted} 个工作日（{pause.Basis}）",
        };
    }

    private static string Remainder(PauseEffect effect)
    {
        var parts = new List<string>();
        if (effect.BeforeStart > 0)
        {
            parts.Add($"{effect.BeforeStart} 个在答复期限起算之前");
        }

        if (effect.Overlapping > 0)
        {
            parts.Add($"{effect.Overlapping} 个已在前项暂停中扣除");
        }

        return "其中 " + string.Join("、", parts);
    }

    private static string Date(WorkingDayCalendar calendar, int ordinal) => calendar.Describe(calendar.DateOf(ordinal));

    private readonly record struct Interval(ClockPause Pause, int A, int B, int Index);

    private sealed record Walked(int Due, PauseEffect[] Outcomes);
}
