using Gongkai.Domain.Calendar;
using static Gongkai.Domain.Tests.Calendar.WorkingDayCalendarTests;

namespace Gongkai.Domain.Tests.Calendar;

/// <summary>Art. 31: the receipt date by channel, and the dates that cannot be true.</summary>
public sealed class ReceiptDateTests
{
    [Fact]
    public void EachChannelTakesItsOwnDate()
    {
        var sent = D("2024-09-20");
        var arrived = D("2024-09-25");
        var fixedOn = D("2024-09-27");
        var cases = new (ReceiptEvidence Evidence, string Explanation)[]
        {
            (new(ReceiptChannel.InPerson) { SubmittedOn = fixedOn }, "当面提交：以提交之日为收到申请之日，即 2024-09-27（星期五）（条例第三十一条第（一）项）"),
            (new(ReceiptChannel.Post) { SentOn = sent, SignedForOn = fixedOn }, "邮寄：以行政机关签收之日为收到申请之日，即 2024-09-27（星期五）（条例第三十一条第（二）项）"),
            (new(ReceiptChannel.OrdinaryLetter) { SentOn = sent, ConfirmedOn = fixedOn }, "平常信函：以与申请人确认之日为收到申请之日，即 2024-09-27（星期五）（条例第三十一条第（二）项）"),
            (new(ReceiptChannel.Fax) { ArrivedOn = arrived, ConfirmedOn = fixedOn }, "传真：以双方确认之日为收到申请之日，即 2024-09-27（星期五）（条例第三十一条第（三）项）"),
            (new(ReceiptChannel.Internet) { SentOn = sent, ArrivedOn = arrived, ConfirmedOn = fixedOn }, "互联网渠道：以双方确认之日为收到申请之日"),
            (new(ReceiptChannel.Email) { ConfirmedOn = fixedOn }, "电子邮件：以双方确认之日为收到申请之日"),
            (new(ReceiptChannel.OtherOnline) { ConfirmedOn = fixedOn }, "其他在线渠道：以双方确认之日为收到申请之日"),
        };
        foreach (var (evidence, explanation) in cases)
        {
            var receipt = ReceiptDate.Determine(evidence);
            Assert.Equal(fixedOn, receipt.Date);
            Assert.StartsWith(explanation, receipt.Explanation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnOrdinaryLetterConfirmedAfterItArrivedSaysTheConfirmationWasDueThatDay()
    {
        var receipt = ReceiptDate.Determine(new ReceiptEvidence(ReceiptChannel.OrdinaryLetter) { ArrivedOn = D("2024-09-26"), ConfirmedOn = D("2024-09-27") });
        Assert.Equal(D("2024-09-27"), receipt.Date);
        Assert.EndsWith("；信函于 2024-09-26 到达，条例要求收到当日与申请人确认", receipt.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void RandomEvidenceInOrderGivesTheChannelsDate()
    {
        var random = new Random(31);
        for (var i = 0; i < 2000; i++)
        {
            var channel = (ReceiptChannel)random.Next(7);
            var sent = D("2019-01-01").AddDays(random.Next(0, 2900));
            var arrived = sent.AddDays(random.Next(0, 10));
            var fixedOn = arrived.AddDays(random.Next(0, 5));
            var evidence = channel switch
            {
                ReceiptChannel.InPerson => new ReceiptEvidence(channel) { SubmittedOn = fixedOn },
                ReceiptChannel.Post => new ReceiptEvidence(channel) { SentOn = sent, SignedForOn = fixedOn },
                _ => new ReceiptEvidence(channel) { SentOn = sent, ArrivedOn = arrived, ConfirmedOn = fixedOn },
            };
            Assert.Equal(fixedOn, ReceiptDate.Determine(evidence).Date);
        }
    }

    [Fact]
    public void ImpossibleOrMisplacedDatesAreRefused()
    {
        var cases = new (ReceiptEvidence Evidence, string Message)[]
        {
            (new(ReceiptChannel.InPerson), "当面提交的申请应填写提交日期"),
            (new(ReceiptChannel.Post) { SentOn = D("2024-09-20") }, "邮寄的申请应填写签收日期"),
            (new(ReceiptChannel.OrdinaryLetter) { ArrivedOn = D("2024-09-27") }, "平常信函的申请应填写与申请人确认的日期"),
            (new(ReceiptChannel.Email) { ArrivedOn = D("2024-09-27") }, "电子邮件的申请应填写双方确认的日期"),
            (new(ReceiptChannel.InPerson) { SubmittedOn = D("2024-09-27"), SignedForOn = D("2024-09-27") }, "当面提交的申请不应填写签收日期"),
            (new(ReceiptChannel.InPerson) { SubmittedOn = D("2024-09-27"), SentOn = D("2024-09-27") }, "当面提交的申请不应填写寄出或发送日期"),
            (new(ReceiptChannel.Post) { SignedForOn = D("2024-09-27"), ConfirmedOn = D("2024-09-27") }, "邮寄的申请不应填写确认日期"),
            (new(ReceiptChannel.Fax) { SignedForOn = D("2024-09-27"), ConfirmedOn = D("2024-09-27") }, "传真的申请不应填写签收日期"),
            (new(ReceiptChannel.Internet) { SubmittedOn = D("2024-09-27"), ConfirmedOn = D("2024-09-27") }, "互联网渠道的申请不应填写当面提交日期"),
            (new(ReceiptChannel.Post) { SentOn = D("2024-09-28"), SignedForOn = D("2024-09-27") }, "签收日期 2024-09-27 早于寄出或发送日期 2024-09-28，不可能"),
            (new(ReceiptChannel.Internet) { SentOn = D("2024-09-28"), ConfirmedOn = D("2024-09-27") }, "确认日期 2024-09-27 早于寄出或发送日期 2024-09-28，不可能"),
            (new(ReceiptChannel.Fax) { ArrivedOn = D("2024-09-28"), ConfirmedOn = D("2024-09-29"), SentOn = D("2024-09-29") }, "到达日期 2024-09-28 早于寄出或发送日期 2024-09-29，不可能"),
            (new(ReceiptChannel.OrdinaryLetter) { ArrivedOn = D("2024-09-28"), ConfirmedOn = D("2024-09-27") }, "确认日期 2024-09-27 早于到达日期 2024-09-28，不可能"),
        };
        foreach (var (evidence, message) in cases)
        {
            Assert.Contains(message, Assert.Throws<ClockInputException>(() => ReceiptDate.Determine(evidence)).Message, StringComparison.Ordinal);
        }
    }
}
