using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.DisclosureApplications;

public sealed partial class DisclosureApplication
{
    public const int MaxCorrectionPeriod = 60;
    public const int MaxNoteLength = 2000;

    public string? HandlerUserName { get; private set; }

    /// <summary>The agency of the handler it was 转办 to (the office's own agency or a department beneath it).</summary>
    public int? HandlingAgencyId { get; private set; }

    public DateOnly? CorrectionRequestedOn { get; private set; }
    public int CorrectionPeriodDays { get; private set; }
    public string? CorrectionNote { get; private set; }
    public DateOnly? CorrectedOn { get; private set; }
    public int ExtensionDays { get; private set; }
    public DateOnly? ExtendedOn { get; private set; }

    /// <summary>The pause the clock is in now, if any.</summary>
    public ApplicationPause? OpenPause => _pauses.FirstOrDefault(p => p.To is null);

    public FeeMethod? FeeMethod { get; private set; }

    /// <summary>The first and last unit charged: the applicant's n-th application of the month, or pages 1 to n.</summary>
    public int? FeeFirstUnit { get; private set; }
    public int? FeeLastUnit { get; private set; }
    public decimal? FeeAmount { get; private set; }
    public DateOnly? FeeNoticeOn { get; private set; }
    public DateOnly? FeePaidOn { get; private set; }

    /// <summary>The fee notice's assessment, with its bands.</summary>
    public FeeAssessment? Fee => (FeeMethod, FeeFirstUnit, FeeLastUnit) switch
    {
        (DisclosureApplications.FeeMethod.PerPage, _, { } pages) => InformationProcessingFee.PerPage(pages),
        (DisclosureApplications.FeeMethod.PerApplication, { } first, { } last) => InformationProcessingFee.PerApplication(first, last - first + 1),
        _ => null,
    };

    public DisclosureOutcome? ProposedOutcome { get; private set; }
    public string? ProposedBasis { get; private set; }
    public string? ProposedReply { get; private set; }

    /// <summary>The row of table 三 the application counts in, once decided.</summary>
    public DisclosureOutcome? Outcome { get; private set; }
    public string? DecisionBasis { get; private set; }

    /// <summary>What the answer says, in brief (the letter itself comes from the event log and this).</summary>
    public string? Reply { get; private set; }

    /// <summary>答复之日: table 三 counts the outcome in the year of this date.</summary>
    public DateOnly? DecidedOn { get; private set; }
    public DateOnly? ClosedOn { get; private set; }

    public void Sign(ActionContext context) => Step(ApplicationAction.Sign, context, () => "公开办签收申请");

    public void Accept(ActionContext context) => Step(ApplicationAction.Accept, context, () => "受理申请");

    /// <summary>一次性告知补正: once, within 7 working days of receipt, with a correction period of <paramref name="periodDays"/> working days.</summary>
    public void RequestCorrection(ActionContext context, string what, int periodDays) => Step(ApplicationAction.RequestCorrection, context, () =>
    {
        if (CorrectionRequestedOn is not null)
        {
            throw new WorkflowException("已一次性告知补正，不能再次要求补正（条例第三十条）");
        }

        var limit = context.Clock.CorrectionNoticeDue(ReceivedOn);
        if (context.On > limit.Due)
        {
            throw new RefusedException($"告知补正应在收到申请之日起 {StatutoryClock.CorrectionNoticePeriod} 个工作日内（{ChineseDateText.Iso(limit.Due)} 前），{ChineseDateText.Iso(context.On)} 已逾期，请依现有内容答复（条例第三十条）");
        }

        var text = Required(what, "补正内容");
        if (periodDays is < 1 or > MaxCorrectionPeriod)
        {
            throw new RefusedException($"补正期限应为 1 至 {MaxCorrectionPeriod} 个工作日，实际为 {periodDays}");
        }

        (CorrectionRequestedOn, CorrectionPeriodDays, CorrectionNote) = (context.On, periodDays, text);
        return $"一次性告知补正：{text}；补正期限 {periodDays} 个工作日，至 {ChineseDateText.Iso(context.Clock.Calendar.AddWorkingDays(context.On, periodDays))}";
    });

    public void ReceiveCorrection(ActionContext context) => Step(ApplicationAction.ReceiveCorrection, context, () =>
    {
        CorrectedOn = context.On;
        return "收到补正后的申请，答复期限自收到之日重新起算";
    });

    public void AbandonUncorrected(ActionContext context) => Step(ApplicationAction.AbandonUncorrected, context, () =>
    {
        var due = context.Clock.Calendar.AddWorkingDays(CorrectionRequestedOn!.Value, CorrectionPeriodDays);
        if (context.On <= due)
        {
            throw new RefusedException($"补正期限至 {ChineseDateText.Iso(due)} 届满，届满后申请人仍未补正的，才能不再处理（条例第三十条）");
        }

        return Conclude(DisclosureOutcome.OtherNoCorrection, DecisionBases.AllowedFor(DisclosureOutcome.OtherNoCorrection)[0], "申请人无正当理由逾期不补正，视为放弃申请，不再处理", context.On);
    });

    /// <summary>转办 to a handler (an Editor of the agency or a department beneath it).</summary>
    public void Assign(ActionContext context, string handler, int handlingAgencyId, string handlingAgencyName) => Step(ApplicationAction.Assign, context, () =>
    {
        (HandlerUserName, HandlingAgencyId) = (Required(handler, "承办人"), handlingAgencyId);
        return $"转办{handlingAgencyName}（承办人 {handler}）承办，由其拟办答复意见";
    });

    public void SendBack(ActionContext context, string reason) => Step(ApplicationAction.SendBack, context, () =>
    {
        var text = Required(reason, "退回理由");
        var from = HandlerUserName;
        (HandlerUserName, HandlingAgencyId) = (null, null);
        return $"承办人 {from} 退回公开办：{text}";
    });

    public void ConsultThirdParty(ActionContext context, string party, string matter) =>
        Step(ApplicationAction.ConsultThirdParty, context, () => Pause(context, ClockPauseKind.ThirdPartyConsultation, party, matter));

    public void ConsultAgency(ActionContext context, string agency, string matter) =>
        Step(ApplicationAction.ConsultAgency, context, () => Pause(context, ClockPauseKind.AgencyConsultation, agency, matter));

    public void ReceiveOpinions(ActionContext context, string opinion) => Step(ApplicationAction.ReceiveOpinions, context, () =>
    {
        var pause = _pauses.Single(p => p.To is null);
        var text = Required(opinion, "意见内容");
        pause.End(context.On);
        return $"收到{pause.Party}的意见（{ChineseDateText.Iso(pause.From)} 发出）：{text}；暂停期间不计入答复期限";
    });

    /// <summary>延期答复: once, approved by the head of the disclosure office, before the deadline passes.</summary>
    public void Extend(ActionContext context, string reason) => Step(ApplicationAction.Extend, context, () =>
    {
        if (ExtensionDays > 0)
        {
            throw new WorkflowException("已延期答复一次，不能再次延期（条例第三十三条第二款）");
        }

        if (DueOn is { } due && context.On > due)
        {
            throw new RefusedException($"答复期限 {ChineseDateText.Iso(due)} 已届满，不能再延期（条例第三十三条第二款）");
        }

        var text = Required(reason, "延期理由");
        (ExtensionDays, ExtendedOn) = (StatutoryClock.MaxExtension, context.On);
        return $"经政府信息公开工作机构负责人同意，延长答复期限 {StatutoryClock.MaxExtension} 个工作日：{text}";
    });

    /// <summary>收费通知: the amount must be what the bands give (<paramref name="assessment"/>, computed by the caller from the applicant's month).</summary>
    public void NoticeFee(ActionContext context, FeeAssessment assessment, decimal amount) => Step(ApplicationAction.NoticeFee, context, () =>
    {
        var check = assessment.Check(amount);
        if (!check.Matches)
        {
            throw new RefusedException(check.Message);
        }

        if (assessment.Amount == 0)
        {
            throw new RefusedException($"按收费标准本申请不收费（{assessment.Summary}），不能发出收费通知");
        }

        (FeeMethod, FeeFirstUnit, FeeLastUnit, FeeAmount, FeeNoticeOn) = (assessment.Method, assessment.FirstUnit, assessment.LastUnit, amount, context.On);
        _pauses.Add(new ApplicationPause(ClockPauseKind.FeeNotice, context.On, "申请人"));
        return $"发出收费通知：{assessment.Summary}；缴费期限至 {ChineseDateText.Iso(context.Clock.FeePaymentDue(context.On).Due)}";
    });

    public void ConfirmPayment(ActionContext context) => Step(ApplicationAction.ConfirmPayment, context, () =>
    {
        _pauses.Single(p => p.To is null).End(context.On);
        FeePaidOn = context.On;
        return $"申请人已缴纳信息处理费 {FeeBandCharge.Money(FeeAmount ?? 0)} 元，答复期限自次日继续计算";
    });

    public void AbandonUnpaid(ActionContext context) => Step(ApplicationAction.AbandonUnpaid, context, () =>
    {
        var due = context.Clock.FeePaymentDue(FeeNoticeOn!.Value).Due;
        if (context.On <= due)
        {
            throw new RefusedException($"缴费期限至 {ChineseDateText.Iso(due)} 届满，届满后仍未缴费的，才能不再处理（国办函〔2020〕109号）");
        }

        _pauses.Single(p => p.To is null).End(context.On);
        return Conclude(DisclosureOutcome.OtherNoFee, DecisionBases.AllowedFor(DisclosureOutcome.OtherNoFee)[0], "申请人逾期未缴纳信息处理费，视为放弃申请，不再处理", context.On);
    });

    /// <summary>拟办意见: the proposed outcome (one row of table 三) with its basis and the answer in brief, for the office's 审核.</summary>
    public void SubmitDraft(ActionContext context, DisclosureOutcome outcome, string? basis, string reply) => Step(ApplicationAction.SubmitDraft, context, () =>
    {
        if (!DecisionBases.Decidable.Contains(outcome))
        {
            throw new RefusedException($"“{DecisionBases.Caption(outcome)}”只能在补正或缴费期限届满后由相应操作作出");
        }

        if (outcome == DisclosureOutcome.UnableUnclearAfterCorrection && CorrectedOn is null)
        {
            throw new RefusedException("申请未经补正，不能以“补正后申请内容仍不明确”答复（条例第三十条）");
        }

        var resolved = DecisionBases.Resolve(outcome, basis);
        (ProposedOutcome, ProposedBasis, ProposedReply) = (outcome, resolved.Text, Required(reply, "答复内容"));
        return $"提交审核，拟办意见：{DecisionBases.Caption(outcome)}（{resolved.Text}）";
    });

    public void ApproveDraft(ActionContext context) =>
        Step(ApplicationAction.ApproveDraft, context, () => $"审核通过拟办意见：{DecisionBases.Caption(ProposedOutcome!.Value)}");

    public void RejectDraft(ActionContext context, string reason) => Step(ApplicationAction.RejectDraft, context, () =>
    {
        var text = Required(reason, "退回理由");
        (ProposedOutcome, ProposedBasis, ProposedReply, HandlerUserName, HandlingAgencyId) = (null, null, null, null, null);
        return $"审核退回公开办：{text}";
    });

    /// <summary>答复: the approved outcome is served; the date decides the year table 三 counts it in.</summary>
    public void Decide(ActionContext context) => Step(ApplicationAction.Decide, context, () =>
    {
        var late = DueOn is { } due && context.On > due ? $"（已超过答复期限 {ChineseDateText.Iso(due)}）" : "";
        return Conclude(ProposedOutcome!.Value, ProposedBasis!, ProposedReply!, context.On) + late;
    });

    public void Close(ActionContext context) => Step(ApplicationAction.Close, context, () =>
    {
        ClosedOn = context.On;
        return "办结归档";
    });

    private string Pause(ActionContext context, ClockPauseKind kind, string party, string matter)
    {
        var who = Required(party, kind == ClockPauseKind.AgencyConsultation ? "协办机关" : "第三方");
        var text = Required(matter, "征求意见事项");
        _pauses.Add(new ApplicationPause(kind, context.On, who));
        var reply = context.Clock.ConsultationReplyDue(context.On);
        return $"向{who}发出征求意见书：{text}；答复期限暂停计算，对方应于 {ChineseDateText.Iso(reply.Due)} 前提出意见";
    }

    private string Conclude(DisclosureOutcome outcome, string basis, string reply, DateOnly on)
    {
        (Outcome, DecisionBasis, Reply, DecidedOn) = (outcome, basis, reply, on);
        return $"{DecisionBases.Caption(outcome)}（{basis}）：{reply}";
    }

    private static string Required(string? text, string what)
    {
        var trimmed = text?.Trim() ?? "";
        return trimmed.Length switch
        {
            0 => throw new RefusedException($"请填写{what}"),
            > MaxNoteLength => throw new RefusedException($"{what}不超过 {MaxNoteLength} 字，实际为 {trimmed.Length} 字"),
            _ => trimmed,
        };
    }
}
