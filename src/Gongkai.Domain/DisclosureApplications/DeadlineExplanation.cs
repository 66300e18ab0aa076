using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.DisclosureApplications;

/// <summary>
/// How an application's deadlines were computed, in plain Chinese: the receipt rule, the answer deadline's steps
/// (pauses, correction restart, extension), an open pause, and each step's own limit. Shared by the timeline
/// (page and API) and the evidence pack, so both say the same.
/// </summary>
public static class DeadlineExplanation
{
    public static (IReadOnlyList<string> DeadlineSteps, IReadOnlyList<string> StepLimits) Of(DisclosureApplication application, StatutoryClock clock)
    {
        var steps = new List<string> { application.ReceiptExplanation };
        try
        {
            if (application.Deadline(clock) is { } deadline)
            {
                steps.AddRange(deadline.Steps);
            }
            else
            {
                steps.Add("已告知补正：答复期限自收到补正后的申请之日起重新计算（条例第三十条）");
            }

            if (application.OpenPause is { } open)
            {
                steps.Add($"{open.Party}：自 {ChineseDateText.Iso(open.From)} 起{(open.Kind == ClockPauseKind.FeeNotice ? "待缴费" : "征求意见")}，答复期限暂停计算，上列日期将顺延");
            }

            return (steps, application.StepLimits(clock).Select(l => l.Explanation).ToList());
        }
        catch (CalendarException outside)
        {
            steps.Add(outside.Message);
            return (steps, []);
        }
    }
}
