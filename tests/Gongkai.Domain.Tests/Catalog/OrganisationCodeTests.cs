using Gongkai.Domain.Catalog;

namespace Gongkai.Domain.Tests.Catalog;

/// <summary>The codes that open a 索引号 carry a check character; a mistyped code is refused when configured.</summary>
public sealed class OrganisationCodeTests
{
    private const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    [Fact]
    public void RandomValidCodesOfBothKindsAreAcceptedAndEveryOneCharacterChangeIsCaught()
    {
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var organisation = OrganisationCodeFor(random);
            var credit = CreditCodeFor(random);
            Assert.Null(OrganisationCode.Problem(organisation));
            Assert.Null(OrganisationCode.Problem(organisation[..8] + "-" + organisation[8]));
            Assert.Null(OrganisationCode.Problem(credit));

            var position = random.Next(17);
            var changed = credit.ToCharArray();
            changed[position] = CreditAlphabet[(CreditAlphabet.IndexOf(changed[position], StringComparison.Ordinal) + 1 + random.Next(30)) % 31];
            Assert.NotNull(OrganisationCode.Problem(new string(changed)));
        }
    }

    [Theory]
    [InlineData("", "不能为空")]
    [InlineData("12345", "9 位组织机构代码或 18 位统一社会信用代码")]
    [InlineData("91110000I00000000X", "校验码")]
    public void AWrongCodeIsRefusedInChinese(string code, string expected) =>
        Assert.Contains(expected, OrganisationCode.Problem(code), StringComparison.Ordinal);

    /// <summary>GB 11714, computed here independently of the product: weights 3 7 9 10 5 8 4 2, 11 minus the sum mod 11.</summary>
    private static string OrganisationCodeFor(Random random)
    {
        var body = new string(Enumerable.Range(0, 8).Select(_ => "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"[random.Next(34)]).ToArray());
        int[] weights = [3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10) * weights[i]).Sum();
        var check = 11 - sum % 11;
        return body + (check == 10 ? 'X' : check == 11 ? '0' : (char)('0' + check));
    }

    /// <summary>GB 32100: weights 3^i mod 31, 31 minus the sum mod 31.</summary>
    private static string CreditCodeFor(Random random)
    {
        var body = new string(Enumerable.Range(0, 17).Select(_ => CreditAlphabet[random.Next(31)]).ToArray());
        var sum = 0;
        var weight = 1;
        foreach (var c in body)
        {
            sum += CreditAlphabet.IndexOf(c, StringComparison.Ordinal) * weight;
            weight = weight * 3 % 31;
        }

        return body + CreditAlphabet[(31 - sum % 31) % 31];
    }
}
