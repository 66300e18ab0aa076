using Gongkai.Domain.Catalog;

namespace Gongkai.Domain.Tests.Catalog;

/// <summary>Personal numbers in text: found when they are real (check digits), left alone when they only look so.</summary>
public sealed class TextLeakScannerTests
{
    [Fact]
    public void ValidIdentityNumbersInRandomTextAreFoundAndMasked()
    {
        var random = new Random(11);
        for (var i = 0; i < 200; i++)
        {
            var id = IdentityNumber(random);
            var text = Filler(random) + id + Filler(random);

            var leak = Assert.Single(TextLeakScanner.Scan(text));

            Assert.Equal(LeakKind.IdentityNumber, leak.Kind);
            Assert.Equal(text.IndexOf(id, StringComparison.Ordinal), leak.Index);
            Assert.Equal(id[..6] + new string('*', 8) + id[^4..], leak.Masked);
            Assert.DoesNotContain(id, leak.Masked, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void IdentityLikeNumbersWithAWrongCheckDigitOrDateAreNotFlagged()
    {
        var random = new Random(12);
        for (var i = 0; i < 200; i++)
        {
            var id = IdentityNumber(random);
            var wrongCheck = id[..17] + "0123456789X".Where(c => c != id[17]).ElementAt(random.Next(10));
            var wrongDate = id[..10] + "13" + id[12..17];
            wrongDate += TextLeakScanner.IdentityCheckDigit(wrongDate);

            var text = $"编号{wrongCheck}，另{wrongDate}。";
            var leaks = TextLeakScanner.Scan(text);
            Assert.True(leaks.Count == 0, $"{text}: {string.Join(", ", leaks)}");
        }
    }

    [Fact]
    public void MobileNumbersAreFoundWithOrWithoutSeparatorsButNotInsideLongerNumbers()
    {
        Assert.Equal(LeakKind.MobileNumber, Assert.Single(TextLeakScanner.Scan("联系人电话13812345678。")).Kind);
        Assert.Equal("138****5678", Assert.Single(TextLeakScanner.Scan("电话：138 1234 5678")).Masked);
        Assert.Single(TextLeakScanner.Scan("+86-139-0000-1111"));
        Assert.Empty(TextLeakScanner.Scan("办公电话 0470-5212345，文号 2024138123456789 号"));
        Assert.Empty(TextLeakScanner.Scan("12812345678"));
    }

    [Fact]
    public void BankCardNumbersThatPassLuhnAreFoundAndOthersAreNot()
    {
        var random = new Random(13);
        for (var i = 0; i < 200; i++)
        {
            var card = CardNumber(random, 16 + random.Next(4));
            var broken = card[..^1] + (char)('0' + (card[^1] - '0' + 1 + random.Next(9)) % 10);

            var leak = Assert.Single(TextLeakScanner.Scan($"账号{card}。"));
            Assert.Equal(LeakKind.BankCardNumber, leak.Kind);
            Assert.Empty(TextLeakScanner.Scan($"账号{broken}。"));
        }

        Assert.Single(TextLeakScanner.Scan("卡号 6222 0200 0000 0000 0 结束".Replace("6222 0200 0000 0000 0", Grouped(CardNumber(new Random(1), 17)), StringComparison.Ordinal)));
    }

    [Fact]
    public void OrdinaryOfficialTextHasNoFindings() =>
        Assert.Empty(TextLeakScanner.Scan("根城管发〔2026〕3号 关于开展2026年城市管理执法专项整治的通知。2026年2月20日，统一社会信用代码11150783011607545C，金额 1234567.89 元。"));

    /// <summary>A random valid 居民身份证号码: region, birth date 1930–2009, sequence, GB 11643 check digit computed here.</summary>
    internal static string IdentityNumber(Random random)
    {
        var born = new DateOnly(1930, 1, 1).AddDays(random.Next(29000));
        var first17 = $"{random.Next(11, 66)}{random.Next(0, 10000):0000}{born:yyyyMMdd}{random.Next(0, 1000):000}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }

    internal static string CardNumber(Random random, int length)
    {
        var digits = "62" + new string(Enumerable.Range(0, length - 3).Select(_ => (char)('0' + random.Next(10))).ToArray());
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }

        return digits + (char)('0' + (10 - sum % 10) % 10);
    }

    private static string Grouped(string digits) => string.Join(' ', digits.Chunk(4).Select(c => new string(c)));

    private static string Filler(Random random)
    {
        string[] words = ["申请人", "住址", "根河市", "，", "。", "联系", "情况说明", "附件"];
        return string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => words[random.Next(words.Length)]));
    }
}
