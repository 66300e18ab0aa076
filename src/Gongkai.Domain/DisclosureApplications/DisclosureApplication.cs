using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.DisclosureApplications;

/// <summary>
/// 政府信息公开申请: one application to one agency, from its receipt to its answer. One method per action
/// (<see cref="ApplicationAction"/>), each asking <see cref="ApplicationWorkflow.Table"/> first, checking its
/// dates, then appending to <see cref="Events"/>. The answer deadline is computed and stored on every change
/// (<see cref="DueOn"/>, <see cref="StepDueOn"/>); whether it is near or past is the reader's business.
/// </summary>
public sealed partial class DisclosureApplication
{
    private readonly List<ApplicationEvent> _events = [];
    private readonly List<ApplicationPause> _pauses = [];

    private DisclosureApplication()
    {
    }

    public int Id { get; private set; }

    /// <summary>The receiving agency: only its staff may open the application.</summary>
    public int AgencyId { get; private set; }

    /// <summary>申请编号, printed on the receipt; not a secret (the query code is).</summary>
    public string TrackingNumber { get; private set; } = "";

    public ApplicationState State { get; private set; }

    /// <summary>Bumped by every change; an action based on an older revision is refused.</summary>
    public int Revision { get; private set; }

    public ApplicantDetails Applicant { get; private set; } = new();

    /// <summary>The applicant as 109号 counts them (per applicant per month): a hash of type and ID number.</summary>
    public string ApplicantKey { get; private set; } = "";

    public InformationRequest Request { get; private set; } = new();

    public ReceiptChannel Channel { get; private set; }
    public DateOnly? EvidenceSubmittedOn { get; private set; }
    public DateOnly? EvidenceSentOn { get; private set; }
    public DateOnly? EvidenceSignedForOn { get; private set; }
    public DateOnly? EvidenceArrivedOn { get; private set; }
    public DateOnly? EvidenceConfirmedOn { get; private set; }

    /// <summary>收到申请之日 (条例第三十一条): table 三 counts 本年新收 by it.</summary>
    public DateOnly ReceivedOn { get; private set; }

    /// <summary>Which rule of Art. 31 fixed <see cref="ReceivedOn"/>, in Chinese.</summary>
    public string ReceiptExplanation { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    public IReadOnlyList<ApplicationEvent> Events => _events;
    public IReadOnlyList<ApplicationPause> Pauses => _pauses;

    /// <summary>How the application arrived, as <see cref="ReceiptDate.Determine"/> reads it.</summary>
    public ReceiptEvidence Evidence => new(Channel)
    {
        SubmittedOn = EvidenceSubmittedOn,
        SentOn = EvidenceSentOn,
        SignedForOn = EvidenceSignedForOn,
        ArrivedOn = EvidenceArrivedOn,
        ConfirmedOn = EvidenceConfirmedOn,
    };

    public DateOnly LastEventOn => _events.Count == 0 ? ReceivedOn : _events[^1].On;

    /// <summary>
    /// An application as it arrives: <see cref="ApplicationState.Submitted"/> through the public form (the
    /// office still signs for it), <see cref="ApplicationState.SignedFor"/> when staff register one received
    /// in person, by post, fax, e-mail or another channel. Refused: bad applicant or request details, receipt
    /// evidence out of order (Art. 31), a receipt after today or outside the loaded calendar.
    /// </summary>
    public static DisclosureApplication Receive(int agencyId, string trackingNumber, ApplicantDetails applicant, InformationRequest request,
        ReceiptEvidence evidence, bool registeredByStaff, ActionContext context)
    {
        if (ApplicationIntakeRules.Check(applicant, request).FirstOrDefault() is { } problem)
        {
            throw new RefusedException(problem.Message);
        }

        var receipt = ReceiptDate.Determine(evidence);
        if (receipt.Date > context.Today)
        {
            throw new RefusedException($"收到申请之日 {ChineseDateText.Iso(receipt.Date)} 晚于今天 {ChineseDateText.Iso(context.Today)}，不可能");
        }

        context.Clock.Calendar.IsWorkingDay(receipt.Date);
        var application = new DisclosureApplication
        {
            AgencyId = agencyId,
            TrackingNumber = trackingNumber,
            Applicant = applicant,
            ApplicantKey = ApplicationIntakeRules.ApplicantKey(applicant),
            Request = request,
            Channel = evidence.Channel,
            EvidenceSubmittedOn = evidence.SubmittedOn,
            EvidenceSentOn = evidence.SentOn,
            EvidenceSignedForOn = evidence.SignedForOn,
            EvidenceArrivedOn = evidence.ArrivedOn,
            EvidenceConfirmedOn = evidence.ConfirmedOn,
            ReceivedOn = receipt.Date,
            ReceiptExplanation = receipt.Explanation,
            State = registeredByStaff ? ApplicationState.SignedFor : ApplicationState.Submitted,
            CreatedAt = context.At,
        };
        application.Recompute(context.Clock);
        var summary = registeredByStaff
            ? $"登记并签收{ReceiptDate.ChannelName(evidence.Channel)}的申请（{ApplicantDetails.TypeCaption(applicant.Type)}）。{receipt.Explanation}"
            : $"通过本平台提交申请（{ApplicantDetails.TypeCaption(applicant.Type)}），平台即时出具申请编号，视为双方确认。{receipt.Explanation}";
        // The first event counts from the receipt, so that steps taken since can be recorded with their own dates.
        application.Append(context with { On = receipt.Date }, registeredByStaff ? ApplicationEvent.Registered : ApplicationEvent.Submitted, null, summary, "条例第二十九条、第三十一条");
        return application;
    }

    /// <summary>
    /// One step: the table's answer (409 when it has none), the date's checks (422), the step's own checks and
    /// changes (<paramref name="apply"/>, which checks before it changes anything), the new state, the deadline
    /// recomputed, and the event.
    /// </summary>
    private void Step(ApplicationAction action, ActionContext context, Func<string> apply)
    {
        var next = ApplicationWorkflow.Table.Next(State, action);
        CheckDate(context);
        var summary = apply();
        var before = State;
        State = next;
        Recompute(context.Clock);
        Append(context, action.ToString(), before, summary, ApplicationWorkflow.BasisOf(action));
    }

    private void CheckDate(ActionContext context)
    {
        var on = context.On;
        context.Clock.Calendar.IsWorkingDay(on);
        if (on > context.Today)
        {
            throw new RefusedException($"日期 {ChineseDateText.Iso(on)} 晚于今天 {ChineseDateText.Iso(context.Today)}，不能预先登记");
        }

        if (on < ReceivedOn)
        {
            throw new RefusedException($"日期 {ChineseDateText.Iso(on)} 早于收到申请之日 {ChineseDateText.Iso(ReceivedOn)}，不可能");
        }

        // A letter e-mailed today is not a step: a step dated before it is still in order.
        if (_events.LastOrDefault(e => e.Action != ApplicationEvent.LetterSent) is { } last && on < last.On)
        {
            throw new RefusedException($"日期 {ChineseDateText.Iso(on)} 早于上一步“{last.ActionName}”的日期 {ChineseDateText.Iso(last.On)}，请按办理顺序登记");
        }
    }

    private void Append(ActionContext context, string action, ApplicationState? before, string summary, string? basis)
    {
        _events.Add(new ApplicationEvent(_events.Count + 1, context.At, context.On, context.Actor, action, before, State, summary, basis, HandlerUserName, DueOn));
        UpdatedAt = context.At;
        UpdatedBy = context.Actor;
        Revision++;
    }

    /// <summary>E-mail delivery of a letter (条例第四十条): one line in the event log, state and deadlines unchanged.</summary>
    public void RecordLetterSent(string actor, DateTimeOffset at, DateOnly on, string letterTitle, string address) =>
        RecordServing(actor, at, on, $"以电子邮件向 {address} 送达《{letterTitle}》");

    /// <summary>A letter served to the applicant another way than e-mail (邮寄, 当面领取, 在线查看): recorded like an e-mail sending.</summary>
    public void RecordLetterServed(string actor, DateTimeOffset at, DateOnly on, string letterTitle, DeliveryWay way) =>
        RecordServing(actor, at, on, $"以{InformationRequest.WayName(way)}方式送达《{letterTitle}》");

    private void RecordServing(string actor, DateTimeOffset at, DateOnly on, string summary)
    {
        _events.Add(new ApplicationEvent(_events.Count + 1, at, on, actor, ApplicationEvent.LetterSent, State, State,
            summary, "条例第四十条", HandlerUserName, DueOn));
        UpdatedAt = at;
        UpdatedBy = actor;
        Revision++;
    }

    /// <summary>The query code's secrets and the idempotency key, set once by the intake (never the code or key themselves).</summary>
    public void SetIntakeKeys(string idempotencyKeyHash, string requestHash, string queryCodeSalt, string queryCodeHash)
    {
        if (IdempotencyKeyHash.Length > 0)
        {
            throw new InvalidOperationException("intake keys are set once");
        }

        (IdempotencyKeyHash, RequestHash, QueryCodeSalt, QueryCodeHash) = (idempotencyKeyHash, requestHash, queryCodeSalt, queryCodeHash);
    }

    /// <summary>SHA-256 of the idempotency key the client sent with the submission.</summary>
    public string IdempotencyKeyHash { get; private set; } = "";

    /// <summary>SHA-256 of the submission as received: the same key with another body is refused.</summary>
    public string RequestHash { get; private set; } = "";

    public string QueryCodeSalt { get; private set; } = "";

    /// <summary>SHA-256 of the private query code (查询码); the code itself is never stored.</summary>
    public string QueryCodeHash { get; private set; } = "";
}
