namespace Gongkai.Domain.Calendar;

/// <summary>The steps of an answer deadline in plain Chinese, one line each, citing the article, ending with the due date.</summary>
internal static class AnswerDeadlineSteps
{
    public static IReadOnlyList<string> Write(StatutoryClock clock, AnswerClockInput input, int countedFrom, PauseInterval[] pauses, Walked original, Walked final)
    {
        var calendar = clock.Calendar;
        var steps = new List<string> { $"收到申请：{calendar.Describe(input.Received)}" };
        if (input.CorrectedReceived is { } corrected)
        {
            steps.Add($"收到补正后的申请：{calendar.Describe(corrected)}，答复期限自此重新起算（条例第三十条）");
        }

        var start = input.CorrectedReceived ?? input.Received;
        var what = input.CorrectedReceived is null ? "收到申请" : "收到补正申请";
        steps.Add($"{clock.PeriodPhrase(start, what, StatutoryClock.AnswerPeriod)}（条例第三十三条第二款）：{Date(calendar, countedFrom + StatutoryClock.AnswerPeriod)}");
        var firstPhase = Enumerable.Range(0, pauses.Length).Where(i => original.Outcomes[i].Outcome != PauseOutcome.AfterDue).ToList();
        steps.AddRange(firstPhase.Select(i => Line(pauses[i].Pause, original.Outcomes[i])));
        var extended = input.ExtensionWorkingDays > 0;
        if (firstPhase.Count > 0)
        {
            steps.Add($"扣除暂停后{(extended ? "，原答复期限" : "的答复期限")}：{Date(calendar, original.Due)}");
        }

        if (extended)
        {
            steps.Add($"延长答复期限 {input.ExtensionWorkingDays} 个工作日（条例第三十三条第二款）：{Date(calendar, original.Due + input.ExtensionWorkingDays)}");
            var secondPhase = Enumerable.Range(0, pauses.Length)
                .Where(i => original.Outcomes[i].Outcome == PauseOutcome.AfterDue && final.Outcomes[i].Outcome != PauseOutcome.AfterDue).ToList();
            steps.AddRange(secondPhase.Select(i => Line(pauses[i].Pause, final.Outcomes[i])));
            if (secondPhase.Count > 0)
            {
                steps.Add($"扣除延长期内的暂停后：{Date(calendar, final.Due)}");
            }
        }

        var due = calendar.DateOf(final.Due);
        steps.AddRange(Enumerable.Range(0, pauses.Length).Where(i => final.Outcomes[i].Outcome == PauseOutcome.AfterDue)
            .Select(i => $"{pauses[i].Pause.Label} {pauses[i].Pause.Period}，在答复期限 {ChineseDateText.Iso(due)} 届满之日或之后才开始，不扣除"));
        steps.Add($"答复期限：{calendar.Describe(due)}");
        return steps;
    }

    private static string Line(ClockPause pause, PauseEffect effect)
    {
        var head = $"{pause.Label} {pause.Period}";
        return effect.Outcome switch
        {
            _ when effect.WorkingDays == 0 => $"{head}，其间没有工作日，不扣除",
            PauseOutcome.BeforeStart => $"{head}，在答复期限起算之前，不扣除",
            PauseOutcome.Overlapped when effect.BeforeStart == 0 => $"{head}，其 {effect.WorkingDays} 个工作日已在前项暂停中扣除，不重复扣除",
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
}
