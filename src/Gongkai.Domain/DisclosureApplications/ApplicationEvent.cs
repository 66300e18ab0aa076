using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.DisclosureApplications;

/// <summary>
/// One line of an application's event log: who did what, when, on which date it counts, on what legal basis,
/// and the answer deadline after it. Appended by the aggregate only, never changed: the timeline, the
/// letters and the evidence pack (卷宗) are written from it.
/// </summary>
public sealed class ApplicationEvent
{
    private ApplicationEvent()
    {
    }

    internal ApplicationEvent(int sequence, DateTimeOffset at, DateOnly on, string actor, string action, ApplicationState? from, ApplicationState to,
        string summary, string? basis, string? handler, DateOnly? dueOn)
    {
        (Sequence, At, On, Actor, Action, FromState, ToState, Summary, Basis, Handler, DueOn) =
            (sequence, at, on, actor, action, from, to, summary, basis, handler, dueOn);
    }

    public long Id { get; private set; }
    public int ApplicationId { get; private set; }

    /// <summary>1, 2, 3… in the order the events happened.</summary>
    public int Sequence { get; private set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>The date it counts from (the letter sent, the answer received), in Asia/Shanghai.</summary>
    public DateOnly On { get; private set; }

    public string Actor { get; private set; } = "";

    /// <summary>An <see cref="ApplicationAction"/>'s name, or <see cref="Submitted"/>, <see cref="Registered"/>, <see cref="Recomputed"/>, <see cref="LetterSent"/>.</summary>
    public string Action { get; private set; } = "";

    public ApplicationState? FromState { get; private set; }
    public ApplicationState ToState { get; private set; }

    /// <summary>What happened, in plain Chinese.</summary>
    public string Summary { get; private set; } = "";

    /// <summary>The article or document it rests on.</summary>
    public string? Basis { get; private set; }

    /// <summary>Who holds the application after it (承办人).</summary>
    public string? Handler { get; private set; }

    /// <summary>The answer deadline after the event; null while it is not running (补正) or cannot be computed.</summary>
    public DateOnly? DueOn { get; private set; }

    public const string Submitted = "Submitted";
    public const string Registered = "Registered";
    public const string Recomputed = "Recomputed";

    /// <summary>A letter served by e-mail: recorded beside the steps, changes neither state nor deadline.</summary>
    public const string LetterSent = "LetterSent";

    /// <summary>The action's Chinese name for the timeline.</summary>
    public string ActionName => Action switch
    {
        Submitted => "网上提交",
        Registered => "登记",
        Recomputed => "重新计算期限",
        LetterSent => "电子邮件送达",
        _ => Enum.TryParse<ApplicationAction>(Action, out var action) ? ApplicationWorkflow.ActionName(action) : Action,
    };

    public override string ToString() => $"{ChineseDateText.Iso(On)} {ActionName} {Summary}";
}

/// <summary>A stop of the answer clock (征求意见, 收费通知); open until <see cref="To"/> is set.</summary>
public sealed class ApplicationPause
{
    private ApplicationPause()
    {
    }

    internal ApplicationPause(ClockPauseKind kind, DateOnly from, string party) => (Kind, From, Party) = (kind, from, party);

    public long Id { get; private set; }
    public int ApplicationId { get; private set; }
    public ClockPauseKind Kind { get; private set; }

    /// <summary>The letter or notice sent.</summary>
    public DateOnly From { get; private set; }

    /// <summary>The answer or payment received; null while the clock stays stopped.</summary>
    public DateOnly? To { get; private set; }

    /// <summary>Who was consulted, or the applicant for a fee.</summary>
    public string Party { get; private set; } = "";

    internal void End(DateOnly on) => To = on;

    public ClockPause? AsClockPause() => To is { } to ? new ClockPause(From, to, Kind) : null;
}

/// <summary>
/// Who acts, when it is recorded (<see cref="At"/>), the date it counts from (<see cref="On"/>, given by the
/// office: the day a letter was sent or an answer received), today's date, and the agency's statutory clock.
/// </summary>
public sealed record ActionContext(string Actor, DateTimeOffset At, DateOnly On, DateOnly Today, StatutoryClock Clock);
