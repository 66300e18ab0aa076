namespace Gongkai.Domain.Catalog;

/// <summary>
/// The code that opens an agency's 索引号: its 9-character 组织机构代码 (GB 11714, check character last; a
/// hyphen before it is allowed) or its 18-character 统一社会信用代码 (GB 32100). Both carry a check
/// character, so a mistyped code is caught when it is configured, not after a thousand items carry it.
/// </summary>
public static class OrganisationCode
{
    private const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];
    private static readonly int[] CreditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Null when the code is valid, else why not, in Chinese.</summary>
    public static string? Problem(string? code)
    {
        var text = (code ?? "").Trim().ToUpperInvariant();
        var plain = text.Length == 10 && text[8] == '-' ? text.Remove(8, 1) : text;
        return plain.Length switch
        {
            0 => "机构代码不能为空",
            9 => plain[8] == OrganisationCheck(plain) ? null : $"组织机构代码“{text}”的校验码不对，应为 {OrganisationCheck(plain)}",
            18 => CreditCheck(plain) is { } check && plain[17] == check ? null : $"统一社会信用代码“{text}”的校验码不对或含有不允许的字符",
            _ => $"机构代码“{text}”应为 9 位组织机构代码或 18 位统一社会信用代码",
        };
    }

    /// <summary>The check character of a 9-character organisation code (its first 8 characters), or '?' where one is not a digit or letter.</summary>
    public static char OrganisationCheck(string code)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = code[i];
            var value = c is >= '0' and <= '9' ? c - '0' : c is >= 'A' and <= 'Z' ? c - 'A' + 10 : -1;
            if (value < 0)
            {
                return '?';
            }

            sum += value * OrganisationWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var c => (char)('0' + c),
        };
    }

    /// <summary>The check character of an 18-character unified social credit code (from its first 17), or null where a character is not allowed.</summary>
    public static char? CreditCheck(string code)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = CreditAlphabet.IndexOf(code[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            sum += value * CreditWeights[i];
        }

        return CreditAlphabet[(31 - (sum % 31)) % 31];
    }
}
