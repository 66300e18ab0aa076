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

/// <param name="Due">The last day to answer.</param>
/// <param name="OriginalDue">The last day before any extension (pauses removed); equal to Due without extension.</param>
/// <param name="Steps">How it was computed, one plain-Chinese line per step, ending with the due date.</param>
public sealed record AnswerDeadline(
    DateOnly Due,
    DateOnly OriginalDue,
    DateOnly ClockStart,
    int DeductedWorkingDays,
    IReadOnlyList<PauseEffect> Pauses,
    IReadOnlyList<string> Steps);
