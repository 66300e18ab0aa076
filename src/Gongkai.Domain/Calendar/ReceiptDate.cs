namespace Gongkai.Domain.Calendar;

/// <summary>How an application reached the agency (条例第二十九条、第三十一条); each has its own receipt-date rule.</summary>
public enum ReceiptChannel
{
    /// <summary>当面提交: the day of submission (Art. 31(一)).</summary>
    InPerson,

    /// <summary>邮寄 with signature (挂号信、快递): the day the agency signs for it (Art. 31(二)).</summary>
    Post,

    /// <summary>平常信函 and other mail needing no signature: the day of confirmation with the applicant (Art. 31(二)).</summary>
    OrdinaryLetter,

    /// <summary>传真: the day both parties confirm (Art. 31(三)).</summary>
    Fax,

    /// <summary>互联网渠道 (the agency's online application platform): the day both parties confirm (Art. 31(三)).</summary>
    Internet,

    /// <summary>电子邮件: the day both parties confirm (Art. 31(三)).</summary>
    Email,

    /// <summary>其他在线渠道 (e.g. a government app or mini-program): the day both parties confirm (Art. 31(三)).</summary>
    OtherOnline,
}

/// <summary>
/// The dates recorded for an application's arrival. Which date fixes the receipt depends on the channel:
/// <see cref="SubmittedOn"/> for 当面, <see cref="SignedForOn"/> for 邮寄, <see cref="ConfirmedOn"/> for
/// 平常信函, 传真 and online channels. <see cref="SentOn"/> and <see cref="ArrivedOn"/> are optional and only
/// checked for order.
/// </summary>
public sealed record ReceiptEvidence(ReceiptChannel Channel)
{
    /// <summary>当面提交之日.</summary>
    public DateOnly? SubmittedOn { get; init; }

    /// <summary>The day the applicant posted or sent it.</summary>
    public DateOnly? SentOn { get; init; }

    /// <summary>行政机关签收之日 (邮寄).</summary>
    public DateOnly? SignedForOn { get; init; }

    /// <summary>The day an unsigned letter, fax or online submission reached the office.</summary>
    public DateOnly? ArrivedOn { get; init; }

    /// <summary>与申请人确认之日 / 双方确认之日.</summary>
    public DateOnly? ConfirmedOn { get; init; }
}

/// <summary>The receipt date (收到申请之日) and the rule that fixed it.</summary>
public sealed record ReceiptDate(DateOnly Date, string Explanation)
{
    /// <summary>
    /// Applies Art. 31. Refused: the channel's own date missing, a date that does not belong to the channel
    /// (a signed-for date on an application handed in person), and dates out of order (sent after it was
    /// signed for, confirmed before it was sent or before it arrived).
    /// </summary>
    public static ReceiptDate Determine(ReceiptEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var name = ChannelName(evidence.Channel);
        var (date, rule, article) = evidence.Channel switch
        {
            ReceiptChannel.InPerson => (Required(evidence.SubmittedOn, name, "提交日期"), "以提交之日为收到申请之日", "（一）"),
            ReceiptChannel.Post => (Required(evidence.SignedForOn, name, "签收日期"), "以行政机关签收之日为收到申请之日", "（二）"),
            ReceiptChannel.OrdinaryLetter => (Required(evidence.ConfirmedOn, name, "与申请人确认的日期"), "以与申请人确认之日为收到申请之日", "（二）"),
            _ => (Required(evidence.ConfirmedOn, name, "双方确认的日期"), "以双方确认之日为收到申请之日", "（三）"),
        };

        Forbid(evidence.Channel != ReceiptChannel.InPerson ? evidence.SubmittedOn : null, name, "当面提交日期");
        Forbid(evidence.Channel != ReceiptChannel.Post ? evidence.SignedForOn : null, name, "签收日期");
        Forbid(evidence.Channel is ReceiptChannel.InPerson or ReceiptChannel.Post ? evidence.ConfirmedOn : null, name, "确认日期");
        Forbid(evidence.Channel is ReceiptChannel.InPerson or ReceiptChannel.Post ? evidence.ArrivedOn : null, name, "到达日期");
        Forbid(evidence.Channel == ReceiptChannel.InPerson ? evidence.SentOn : null, name, "寄出或发送日期");
        NotBefore(evidence.ArrivedOn, "到达日期", evidence.SentOn, "寄出或发送日期");
        NotBefore(date, FixingName(evidence.Channel), evidence.SentOn, "寄出或发送日期");
        NotBefore(date, FixingName(evidence.Channel), evidence.ArrivedOn, "到达日期");

        var late = evidence.Channel == ReceiptChannel.OrdinaryLetter && evidence.ArrivedOn is { } arrived && arrived != date
            ? $"；信函于 {ChineseDateText.Iso(arrived)} 到达，条例要求收到当日与申请人确认"
            : "";
        return new ReceiptDate(date, $"{name}：{rule}，即 {ChineseDateText.WithWeekday(date)}（条例第三十一条第{article}项）{late}");
    }

    public static string ChannelName(ReceiptChannel channel) => channel switch
    {
        ReceiptChannel.InPerson => "当面提交",
        ReceiptChannel.Post => "邮寄",
        ReceiptChannel.OrdinaryLetter => "平常信函",
        ReceiptChannel.Fax => "传真",
        ReceiptChannel.Internet => "互联网渠道",
        ReceiptChannel.Email => "电子邮件",
        _ => "其他在线渠道",
    };

    private static string FixingName(ReceiptChannel channel) => channel switch
    {
        ReceiptChannel.InPerson => "提交日期",
        ReceiptChannel.Post => "签收日期",
        _ => "确认日期",
    };

    private static DateOnly Required(DateOnly? date, string channel, string what) =>
        date ?? throw new ClockInputException($"{channel}的申请应填写{what}（条例第三十一条）");

    private static void Forbid(DateOnly? date, string channel, string what)
    {
        if (date is not null)
        {
            throw new ClockInputException($"{channel}的申请不应填写{what}（条例第三十一条按渠道确定收到申请之日）");
        }
    }

    private static void NotBefore(DateOnly? later, string laterName, DateOnly? earlier, string earlierName)
    {
        if (later is { } l && earlier is { } e && l < e)
        {
            throw new ClockInputException($"{laterName} {ChineseDateText.Iso(l)} 早于{earlierName} {ChineseDateText.Iso(e)}，不可能");
        }
    }
}
