using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.DisclosureApplications;

public sealed partial class DisclosureApplication
{
    /// <summary>
    /// 答复期限: the last day to answer, pauses that have ended removed; while a pause is open, the date as it
    /// stood when the clock stopped. Null while 补正 is awaited (the period restarts from the corrected
    /// application) or when the calendar cannot tell (<see cref="DueProblem"/>). Frozen once decided.
    /// </summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>
    /// When the present step is due: the answer deadline, or, while the clock is stopped, the end of the
    /// correction period, the consulted party's 15 working days, or the fee's 20. The work list sorts by it and
    /// 督办 notices follow it.
    /// </summary>
    public DateOnly? StepDueOn { get; private set; }

    /// <summary>Why the deadline could not be computed (a year whose holiday notice is not loaded).</summary>
    public string? DueProblem { get; private set; }

    /// <summary>The clock's input as it stands: the receipt, the correction, the pauses that have ended, the extension.</summary>
    public AnswerClockInput ClockInput() => new(ReceivedOn)
    {
        CorrectedReceived = CorrectedOn,
        Pauses = _pauses.Select(p => p.AsClockPause()).OfType<ClockPause>().ToList(),
        ExtensionWorkingDays = ExtensionDays,
    };

    /// <summary>The answer deadline with its steps in plain Chinese; null while 补正 is awaited.</summary>
    public AnswerDeadline? Deadline(StatutoryClock clock) =>
        State == ApplicationState.CorrectionRequested ? null : clock.ComputeAnswerDeadline(ClockInput());

    /// <summary>The limits of the steps other than the answer itself, each with how it was computed.</summary>
    public IReadOnlyList<ClockLimit> StepLimits(StatutoryClock clock)
    {
        var limits = new List<ClockLimit> { clock.CorrectionNoticeDue(ReceivedOn) };
        if (CorrectionRequestedOn is { } asked)
        {
            var due = clock.Calendar.AddWorkingDays(asked, CorrectionPeriodDays);
            limits.Add(new ClockLimit(due, $"补正期限：自告知补正次日起算 {CorrectionPeriodDays} 个工作日：{clock.Calendar.Describe(due)}"));
        }

        limits.AddRange(_pauses.Where(p => p.Kind != ClockPauseKind.FeeNotice).Select(p => clock.ConsultationReplyDue(p.From)));
        if (FeeNoticeOn is { } notice)
        {
            limits.Add(clock.FeePaymentDue(notice));
        }

        return limits;
    }

    /// <summary>
    /// The deadline after a change of the calendar (an imported notice, an agency's override): computed again
    /// from the stored inputs; where it moved, an event says from what to what. False when nothing changed
    /// or the application is no longer open.
    /// </summary>
    public bool RecomputeAfterCalendarChange(ActionContext context, string change)
    {
        if (!ApplicationWorkflow.IsOpen(State))
        {
            return false;
        }

        var (due, step, problem) = (DueOn, StepDueOn, DueProblem);
        Recompute(context.Clock);
        if (due == DueOn && step == StepDueOn && problem == DueProblem)
        {
            return false;
        }

        var summary = $"{change}，重新计算：答复期限 {Shown(due)} → {Shown(DueOn)}" +
            (step != StepDueOn && step != due ? $"，本环节期限 {Shown(step)} → {Shown(StepDueOn)}" : "") +
            (DueProblem is { } p ? $"（{p}）" : "");
        Append(context, ApplicationEvent.Recomputed, State, summary, "条例第三十三条；国务院办公厅节假日安排通知");
        return true;
    }

    private void Recompute(StatutoryClock clock)
    {
        if (!ApplicationWorkflow.IsOpen(State))
        {
            // Decided: the deadline it was answered against stays on record; no step is due any more.
            StepDueOn = null;
            return;
        }

        try
        {
            DueOn = State == ApplicationState.CorrectionRequested ? null : clock.ComputeAnswerDeadline(ClockInput()).Due;
            StepDueOn = State switch
            {
                ApplicationState.CorrectionRequested => clock.Calendar.AddWorkingDays(CorrectionRequestedOn!.Value, CorrectionPeriodDays),
                ApplicationState.Consulting => clock.ConsultationReplyDue(OpenPause!.From).Due,
                ApplicationState.AwaitingFee => clock.FeePaymentDue(FeeNoticeOn!.Value).Due,
                _ => DueOn,
            };
            DueProblem = null;
        }
        catch (DateOutsideCalendarException outside)
        {
            (DueOn, StepDueOn, DueProblem) = (null, null, outside.Message);
        }
    }

    private static string Shown(DateOnly? date) => date is { } d ? ChineseDateText.Iso(d) : "未定";
}
