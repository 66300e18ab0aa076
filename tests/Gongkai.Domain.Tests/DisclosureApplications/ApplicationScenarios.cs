using Gongkai.Domain.Calendar;
using Gongkai.Domain.DisclosureApplications;

namespace Gongkai.Domain.Tests.DisclosureApplications;

/// <summary>
/// Applications driven through the aggregate's own methods to any state, on the official calendar; each step
/// dated the working day after the one before, so that only the step under test can be refused.
/// </summary>
internal static class ApplicationScenarios
{
    public static readonly StatutoryClock Clock = new(OfficialArrangement.Calendar);
    public static readonly DateOnly Received = new(2024, 3, 4);
    public static readonly DateOnly Today = new(2024, 12, 31);

    public static ApplicantDetails Person(string id = "11010519491231002X") => new()
    {
        Type = ApplicantType.NaturalPerson,
        Name = "张三",
        IdDocumentType = ApplicationIntakeRules.ResidentIdCard,
        IdNumber = id,
        Phone = "13812345678",
        Address = "北京市东城区某街 1 号",
    };

    public static InformationRequest Request() => new()
    {
        Description = "2023年度城市道路占用挖掘许可的批准文件",
        Form = DeliveryForm.Electronic,
        Way = DeliveryWay.Online,
    };

    public static DisclosureApplication Online(DateOnly? received = null, StatutoryClock? clock = null)
    {
        var on = received ?? Received;
        var evidence = new ReceiptEvidence(ReceiptChannel.Internet) { ArrivedOn = on, ConfirmedOn = on };
        return DisclosureApplication.Receive(7, "GK-TEST", Person(), Request(), evidence, registeredByStaff: false, Context(on, clock));
    }

    /// <summary>A context dated <paramref name="on"/>; today is 2024-12-31, or that date if later.</summary>
    public static ActionContext Context(DateOnly on, StatutoryClock? clock = null, string actor = "editor") =>
        new(actor, new DateTimeOffset(on.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)), on, on > Today ? on : Today, clock ?? Clock);

    /// <summary>The working day after the last event: a date every step accepts.</summary>
    public static ActionContext Next(DisclosureApplication application, int workingDays = 1) =>
        Context(Clock.Calendar.AddWorkingDays(application.LastEventOn, workingDays));

    /// <summary>An application in <paramref name="state"/>, reached by the shortest path of the workflow.</summary>
    public static DisclosureApplication InState(ApplicationState state)
    {
        var application = Online();
        foreach (var action in PathTo(state))
        {
            Invoke(application, action, Next(application, DaysFor(application, action)));
        }

        Assert.Equal(state, application.State);
        return application;
    }

    public static IEnumerable<ApplicationAction> PathTo(ApplicationState state) => state switch
    {
        ApplicationState.Submitted => [],
        ApplicationState.SignedFor => [ApplicationAction.Sign],
        ApplicationState.Accepted => [ApplicationAction.Sign, ApplicationAction.Accept],
        ApplicationState.Assigned => [.. PathTo(ApplicationState.Accepted), ApplicationAction.Assign],
        ApplicationState.UnderReview => [.. PathTo(ApplicationState.Accepted), ApplicationAction.SubmitDraft],
        ApplicationState.Approved => [.. PathTo(ApplicationState.UnderReview), ApplicationAction.ApproveDraft],
        ApplicationState.CorrectionRequested => [ApplicationAction.Sign, ApplicationAction.RequestCorrection],
        ApplicationState.Consulting => [.. PathTo(ApplicationState.Accepted), ApplicationAction.ConsultThirdParty],
        ApplicationState.AwaitingFee => [.. PathTo(ApplicationState.Accepted), ApplicationAction.NoticeFee],
        ApplicationState.Decided => [.. PathTo(ApplicationState.Approved), ApplicationAction.Decide],
        _ => [.. PathTo(ApplicationState.Decided), ApplicationAction.Close],
    };

    /// <summary>Working days to wait before an action: past the correction or payment period for the two abandonments.</summary>
    public static int DaysFor(DisclosureApplication application, ApplicationAction action) => action switch
    {
        ApplicationAction.AbandonUncorrected => application.CorrectionPeriodDays + 1,
        ApplicationAction.AbandonUnpaid => StatutoryClock.FeePaymentPeriod + 1,
        _ => 1,
    };

    /// <summary>Calls the aggregate's method for <paramref name="action"/> with valid arguments.</summary>
    public static void Invoke(DisclosureApplication application, ApplicationAction action, ActionContext context)
    {
        switch (action)
        {
            case ApplicationAction.Sign: application.Sign(context); break;
            case ApplicationAction.Accept: application.Accept(context); break;
            case ApplicationAction.RequestCorrection: application.RequestCorrection(context, "请说明所需信息的具体年份和路段", 10); break;
            case ApplicationAction.ReceiveCorrection: application.ReceiveCorrection(context); break;
            case ApplicationAction.AbandonUncorrected: application.AbandonUncorrected(context); break;
            case ApplicationAction.Assign: application.Assign(context, "handler", 8, "市政科"); break;
            case ApplicationAction.SendBack: application.SendBack(context, "不属于本科室职责"); break;
            case ApplicationAction.ConsultThirdParty: application.ConsultThirdParty(context, "某建设公司", "是否同意公开其施工许可材料"); break;
            case ApplicationAction.ConsultAgency: application.ConsultAgency(context, "市自然资源局", "共同制作的批准文件能否公开"); break;
            case ApplicationAction.ReceiveOpinions: application.ReceiveOpinions(context, "同意公开"); break;
            case ApplicationAction.Extend: application.Extend(context, "需调取档案"); break;
            case ApplicationAction.NoticeFee: application.NoticeFee(context, InformationProcessingFee.PerPage(50), 200m); break;
            case ApplicationAction.ConfirmPayment: application.ConfirmPayment(context); break;
            case ApplicationAction.AbandonUnpaid: application.AbandonUnpaid(context); break;
            case ApplicationAction.SubmitDraft: application.SubmitDraft(context, DisclosureOutcome.Granted, null, "予以公开，见附件"); break;
            case ApplicationAction.ApproveDraft: application.ApproveDraft(context); break;
            case ApplicationAction.RejectDraft: application.RejectDraft(context, "依据引用不准确"); break;
            case ApplicationAction.Decide: application.Decide(context); break;
            default: application.Close(context); break;
        }
    }
}
