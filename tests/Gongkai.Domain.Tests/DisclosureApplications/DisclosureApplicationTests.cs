using Gongkai.Domain.Calendar;
using Gongkai.Domain.DisclosureApplications;
using static Gongkai.Domain.Tests.DisclosureApplications.ApplicationScenarios;

namespace Gongkai.Domain.Tests.DisclosureApplications;

/// <summary>The aggregate's rules: dates, the deadline on every change, correction, pauses, extension, fees, decisions.</summary>
public sealed class DisclosureApplicationTests
{
    private static DateOnly Add(DateOnly day, int n) => Clock.Calendar.AddWorkingDays(day, n);

    [Fact]
    public void AnOnlineApplicationIsReceivedTheDayItIsSubmittedAndDueTwentyWorkingDaysLater()
    {
        var application = Online(new DateOnly(2024, 9, 27));

        Assert.Equal((ApplicationState.Submitted, new DateOnly(2024, 9, 27)), (application.State, application.ReceivedOn));
        Assert.Equal(new DateOnly(2024, 10, 30), application.DueOn);
        Assert.Equal(application.DueOn, application.StepDueOn);
        var first = Assert.Single(application.Events);
        Assert.Equal((1, ApplicationEvent.Submitted, ApplicationState.Submitted), (first.Sequence, first.Action, first.ToState));
        Assert.Contains("条例第三十一条第（三）项", first.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ACorrectionStopsTheClockAndTheCorrectedApplicationRestartsIt()
    {
        var application = InState(ApplicationState.SignedFor);
        var asked = Add(Received, 3);
        application.RequestCorrection(Context(asked), "请写明文号", 10);

        Assert.Null(application.DueOn);
        Assert.Equal(Add(asked, 10), application.StepDueOn);

        var corrected = Add(asked, 6);
        application.ReceiveCorrection(Context(corrected));
        Assert.Equal(Add(corrected, 20), application.DueOn);
        Assert.Equal(ApplicationState.Accepted, application.State);
        Assert.Contains(application.Deadline(Clock)!.Steps, s => s.Contains("答复期限自此重新起算", StringComparison.Ordinal));
    }

    [Fact]
    public void ACorrectionIsAskedOnceAndOnlyWithinSevenWorkingDays()
    {
        var late = InState(ApplicationState.Accepted);
        var refusal = Assert.Throws<RefusedException>(() => late.RequestCorrection(Context(Add(Received, 8)), "请写明文号", 10));
        Assert.Contains("7 个工作日内", refusal.Message, StringComparison.Ordinal);

        var application = InState(ApplicationState.Accepted);
        application.RequestCorrection(Next(application), "请写明文号", 5);
        application.ReceiveCorrection(Next(application));
        var again = Assert.Throws<WorkflowException>(() => application.RequestCorrection(Next(application), "再补充", 5));
        Assert.Contains("已一次性告知补正", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AConsultationPausesTheClockFromTheDayAfterTheLetterToTheDayTheAnswerCameIn()
    {
        var application = InState(ApplicationState.Accepted);
        var before = application.DueOn;
        var sent = Add(Received, 5);
        application.ConsultThirdParty(Context(sent), "某公司", "是否同意公开");

        Assert.Equal(before, application.DueOn);
        Assert.Equal(Clock.ConsultationReplyDue(sent).Due, application.StepDueOn);

        var answered = Add(sent, 6);
        application.ReceiveOpinions(Context(answered), "不同意公开");
        Assert.Equal(Add(Received, 26), application.DueOn);
        Assert.Contains(application.Deadline(Clock)!.Steps, s => s.Contains("扣除 6 个工作日", StringComparison.Ordinal));
    }

    [Fact]
    public void AnExtensionIsApprovedOnceAndNotAfterTheDeadline()
    {
        var application = InState(ApplicationState.Accepted);
        application.Extend(Next(application), "需调取档案");
        Assert.Equal(Add(Received, 40), application.DueOn);
        Assert.Throws<WorkflowException>(() => application.Extend(Next(application), "再延"));

        var late = InState(ApplicationState.Accepted);
        var refusal = Assert.Throws<RefusedException>(() => late.Extend(Context(Add(Received, 21)), "需调取档案"));
        Assert.Contains("已届满", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFeeNoticeMustChargeWhatTheBandsGiveAndPausesTheClockUntilPaid()
    {
        var application = InState(ApplicationState.Accepted);
        var wrong = Assert.Throws<RefusedException>(() => application.NoticeFee(Next(application), InformationProcessingFee.PerPage(150), 1500m));
        Assert.Contains("应为按量计收，150 页：1700 元", wrong.Message, StringComparison.Ordinal);
        var free = Assert.Throws<RefusedException>(() => application.NoticeFee(Next(application), InformationProcessingFee.PerApplication(10), 0m));
        Assert.Contains("不收费", free.Message, StringComparison.Ordinal);
        Assert.Equal(ApplicationState.Accepted, application.State);

        var notice = Add(Received, 4);
        application.NoticeFee(Context(notice), InformationProcessingFee.PerApplication(11), 100m);
        Assert.Equal(Clock.FeePaymentDue(notice).Due, application.StepDueOn);
        var paid = Add(notice, 3);
        application.ConfirmPayment(Context(paid));
        Assert.Equal(Add(Received, 23), application.DueOn);
        Assert.Equal(100m, application.Fee!.Amount);
    }

    [Fact]
    public void AbandonmentWaitsForTheEndOfThePeriodAndCountsInItsOwnRow()
    {
        var application = InState(ApplicationState.AwaitingFee);
        var due = Clock.FeePaymentDue(application.FeeNoticeOn!.Value).Due;
        Assert.Throws<RefusedException>(() => application.AbandonUnpaid(Context(due)));
        application.AbandonUnpaid(Context(Add(due, 1)));
        Assert.Equal((ApplicationState.Decided, DisclosureOutcome.OtherNoFee, Add(due, 1)), (application.State, application.Outcome!.Value, application.DecidedOn!.Value));
    }

    [Theory]
    [InlineData(-1, "早于收到申请之日")]
    [InlineData(400, "晚于今天")]
    public void AStepDatedBeforeTheReceiptOrAfterTodayIsRefused(int days, string message)
    {
        var application = InState(ApplicationState.Accepted);
        var revision = application.Revision;
        var on = Received.AddDays(days);
        var refusal = Assert.Throws<RefusedException>(() => application.SubmitDraft(new ActionContext("editor", DateTimeOffset.UnixEpoch, on, Today, Clock), DisclosureOutcome.Granted, null, "予以公开"));
        Assert.Contains(message, refusal.Message, StringComparison.Ordinal);
        Assert.Equal((ApplicationState.Accepted, revision), (application.State, application.Revision));
    }

    [Fact]
    public void StepsAreRecordedInOrderAndInsideTheLoadedCalendar()
    {
        var application = InState(ApplicationState.Accepted);
        var refusal = Assert.Throws<RefusedException>(() => application.Assign(Context(Add(Received, 1)), "handler", 8, "市政科"));
        Assert.Contains("早于上一步“受理”的日期", refusal.Message, StringComparison.Ordinal);

        var outside = Online(new DateOnly(2026, 12, 30));
        Assert.Null(outside.DueOn);
        Assert.Contains("请先导入 2027 年", outside.DueProblem, StringComparison.Ordinal);
        Assert.Throws<DateOutsideCalendarException>(() => Online(new DateOnly(2027, 1, 4)));
    }

    [Theory]
    [InlineData(DisclosureOutcome.Granted, "条例第十四条", "依据应为")]
    [InlineData(DisclosureOutcome.OtherOther, null, "须写明处理依据")]
    [InlineData(DisclosureOutcome.UnableUnclearAfterCorrection, null, "未经补正")]
    [InlineData(DisclosureOutcome.OtherNoCorrection, null, "只能在补正或缴费期限届满后")]
    public void ADecisionRestsOnTheBasisItsRowAllows(DisclosureOutcome outcome, string? basis, string message)
    {
        var application = InState(ApplicationState.Accepted);
        var refusal = Assert.Throws<RefusedException>(() => application.SubmitDraft(Next(application), outcome, basis, "答复"));
        Assert.Contains(message, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADecisionServedLateSaysSoAndKeepsTheDeadlineItMissed()
    {
        var application = InState(ApplicationState.Approved);
        var due = application.DueOn!.Value;
        application.Decide(Context(Add(due, 2)));
        Assert.Equal(due, application.DueOn);
        Assert.Null(application.StepDueOn);
        Assert.Contains("已超过答复期限", application.Events[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ANewCalendarMovesTheDeadlineOfAnOpenApplicationAndSaysSo()
    {
        var application = Online(new DateOnly(2026, 12, 21));
        Assert.Null(application.DueOn);
        var with2027 = OfficialArrangement.Calendar.WithArrangement([new ArrangementRow(new DateOnly(2027, 1, 1), DayKind.Off, "元旦", 2027)]);
        var clock = new StatutoryClock(with2027);
        var context = new ActionContext("命令行", DateTimeOffset.UnixEpoch, Today, Today, clock);

        Assert.True(application.RecomputeAfterCalendarChange(context, "导入 2027 年放假安排"));
        Assert.Equal(clock.Calendar.AddWorkingDays(new DateOnly(2026, 12, 21), 20), application.DueOn);
        Assert.Contains("答复期限 未定 → ", application.Events[^1].Summary, StringComparison.Ordinal);
        Assert.False(application.RecomputeAfterCalendarChange(context, "导入 2027 年放假安排"));
        Assert.Equal(2, application.Events.Count);
    }

    /// <summary>
    /// Random histories through the workflow: after every step the stored deadline is what a day-by-day count
    /// on an independent reading of the calendar gives, and the log grows by one event in date order.
    /// </summary>
    [Fact]
    public void RandomHistoriesKeepTheDeadlineOfADayByDayCount()
    {
        var naive = Calendar.NaiveCalendar.FromCsv(OfficialArrangement.CsvText());
        var random = new Random(1212);
        for (var history = 0; history < 300; history++)
        {
            var application = Online(new DateOnly(2019, 1, 2).AddDays(random.Next(0, 2000)));
            for (var step = 0; step < 12 && ApplicationWorkflow.IsOpen(application.State); step++)
            {
                var choices = Enum.GetValues<ApplicationAction>().Where(a => ApplicationWorkflow.Table.Allows(application.State, a))
                    .Where(a => a != ApplicationAction.Extend || application.ExtensionDays == 0)
                    .Where(a => a != ApplicationAction.RequestCorrection || application.CorrectionRequestedOn is null)
                    .ToList();
                var action = choices[random.Next(choices.Count)];
                var gap = Math.Max(DaysFor(application, action), random.Next(0, 4));
                var events = application.Events.Count;
                try
                {
                    var on = Add(application.LastEventOn, gap);
                    Invoke(application, action, new ActionContext("editor", DateTimeOffset.UnixEpoch, on, new DateOnly(2026, 12, 31), Clock));
                }
                catch (RefusedException)
                {
                    // A late correction or extension is the rules refusing; nothing changed.
                    Assert.Equal(events, application.Events.Count);
                    continue;
                }
                catch (DateOutsideCalendarException)
                {
                    break;
                }

                Assert.Equal(events + 1, application.Events.Count);
                Assert.True(application.Events[^1].On >= application.Events[^2].On);
                if (ApplicationWorkflow.IsOpen(application.State) && application.DueProblem is null)
                {
                    Assert.Equal(NaiveDue(naive, application), application.DueOn);
                }
            }
        }
    }

    private static DateOnly? NaiveDue(Calendar.NaiveCalendar naive, DisclosureApplication application)
    {
        if (application.State == ApplicationState.CorrectionRequested)
        {
            return null;
        }

        var day = application.CorrectedOn ?? application.ReceivedOn;
        var paused = application.Pauses.Where(p => p.To is not null).ToList();
        for (var counted = 0; counted < 20 + application.ExtensionDays;)
        {
            day = day.AddDays(1);
            if (naive.IsWorking(day) == true && !paused.Any(p => day > p.From && day <= p.To))
            {
                counted++;
            }
        }

        return day;
    }
}
