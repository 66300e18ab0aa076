namespace Gongkai.Domain.Calendar;

/// <summary>
/// What fixes an application's answer deadline (答复期限, 条例第三十条、第三十三条). The conventions
/// (docs/decisions, calendar counting conventions):
/// <list type="bullet">
/// <item>The period is <see cref="StatutoryClock.AnswerPeriod"/> working days counted from the receipt, the day
/// of receipt not counted unless <see cref="ClockOptions.CountReceiptDay"/>.</item>
/// <item>A corrected application (补正) restarts the period from <see cref="CorrectedReceived"/> (Art. 30).</item>
/// <item>A pause FROM:TO removes the working days after FROM up to and including TO (Art. 33(3)). Pauses
/// that overlap stop the clock once: a working day is removed at most once. Working days of a pause before
/// the period starts, or a pause that begins on or after the day the period ran out, remove nothing.</item>
/// <item>An extension (延期答复, Art. 33(2)) adds up to 20 working days after the original due date; pauses
/// in the extended part are removed the same way.</item>
/// </list>
/// Refused as impossible: a correction received before the application, a pause ending before it starts or
/// starting before the application was received, an extension of more than 20 working days or a negative one.
/// </summary>
public sealed record AnswerClockInput(DateOnly Received)
{
    /// <summary>When the corrected application was received (补正); the period restarts from it.</summary>
    public DateOnly? CorrectedReceived { get; init; }

    public IReadOnlyList<ClockPause> Pauses { get; init; } = [];

    /// <summary>0 (no extension) or the working days of the extension, at most 20.</summary>
    public int ExtensionWorkingDays { get; init; }
}

/// <summary>
/// An application's answer deadline and how it was computed. The dates are computed at once; the steps
/// (one plain-Chinese line each, ending with the due date) are written on first use.
/// </summary>
public sealed class AnswerDeadline
{
    private readonly StatutoryClock _clock;
    private readonly AnswerClockInput _input;
    private readonly int _countedFrom;
    private readonly PauseInterval[] _pauses;
    private readonly Walked _original;
    private readonly Walked _final;
    private IReadOnlyList<string>? _steps;

    internal AnswerDeadline(StatutoryClock clock, AnswerClockInput input, int countedFrom, PauseInterval[] pauses, Walked original, Walked final)
    {
        (_clock, _input, _countedFrom, _pauses, _original, _final) = (clock, input, countedFrom, pauses, original, final);
        Due = clock.Calendar.DateOf(final.Due);
        OriginalDue = clock.Calendar.DateOf(original.Due);
        var effects = new PauseEffect[pauses.Length];
        for (var i = 0; i < pauses.Length; i++)
        {
            effects[pauses[i].Index] = final.Outcomes[i];
            DeductedWorkingDays += final.Outcomes[i].Deducted;
        }

        Pauses = effects;
    }

    /// <summary>The last day to answer.</summary>
    public DateOnly Due { get; }

    /// <summary>The last day before any extension (pauses removed); equal to <see cref="Due"/> without one.</summary>
    public DateOnly OriginalDue { get; }

    /// <summary>The receipt the period runs from: the corrected application's if there is one.</summary>
    public DateOnly ClockStart => _input.CorrectedReceived ?? _input.Received;

    /// <summary>Working days removed by the pauses, each at most once.</summary>
    public int DeductedWorkingDays { get; }

    /// <summary>What each pause did, in the order of the input.</summary>
    public IReadOnlyList<PauseEffect> Pauses { get; }

    /// <summary>How it was computed, one plain-Chinese line per step, ending with the due date.</summary>
    public IReadOnlyList<string> Steps => _steps ??= AnswerDeadlineSteps.Write(_clock, _input, _countedFrom, _pauses, _original, _final);
}
