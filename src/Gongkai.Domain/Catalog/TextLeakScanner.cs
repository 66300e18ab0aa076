using System.Text.RegularExpressions;

namespace Gongkai.Domain.Catalog;

/// <summary>A personal number found in text: its kind, where it starts, and a masked copy for the ledger.</summary>
public sealed record TextLeak(LeakKind Kind, int Index, string Masked);

/// <summary>
/// Finds in any text what must not be published about a person: 居民身份证号码 (18 characters, a real birth
/// date and the GB 11643 check digit — numbers that merely look like one are left alone), 手机号码, and
/// bank-card numbers (16–19 digits that pass the Luhn check). What it returns is masked: the ledger keeps
/// that a number was there, not the number.
/// </summary>
public static partial class TextLeakScanner
{
    private static readonly int[] IdentityWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdentityChecks = "10X98765432";

    [GeneratedRegex(@"(?<![0-9A-Za-z])[1-9]\d{16}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex IdentityPattern();

    [GeneratedRegex(@"(?<![0-9])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![0-9Xx])")]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"(?<![0-9A-Za-z])[3-6]\d{3}(?:[ -]?\d){12,15}(?![0-9A-Za-z])")]
    private static partial Regex CardPattern();

    public static IReadOnlyList<TextLeak> Scan(string text)
    {
        var found = new List<TextLeak>();
        var taken = new List<(int Start, int End)>();
        foreach (Match m in IdentityPattern().Matches(text))
        {
            if (IsIdentityNumber(m.Value))
            {
                found.Add(new TextLeak(LeakKind.IdentityNumber, m.Index, Mask(m.Value, 6, 4)));
                taken.Add((m.Index, m.Index + m.Length));
            }
        }

        foreach (Match m in CardPattern().Matches(text))
        {
            var digits = Digits(m.Value);
            if (digits.Length is >= 16 and <= 19 && PassesLuhn(digits) && !LooksLikeIdentity(digits) && !Overlaps(taken, m))
            {
                found.Add(new TextLeak(LeakKind.BankCardNumber, m.Index, Mask(digits, 4, 4)));
                taken.Add((m.Index, m.Index + m.Length));
            }
        }

        foreach (Match m in MobilePattern().Matches(text))
        {
            if (!Overlaps(taken, m))
            {
                var digits = Digits(m.Value);
                found.Add(new TextLeak(LeakKind.MobileNumber, m.Index, Mask(digits[^11..], 3, 4)));
            }
        }

        return found.OrderBy(f => f.Index).ToList();
    }

    /// <summary>18 characters, a region code, a real date of birth from 1900 on, and the right check digit.</summary>
    public static bool IsIdentityNumber(string text)
    {
        if (text.Length != 18 || !text[..17].All(char.IsAsciiDigit))
        {
            return false;
        }

        if (!DateOnly.TryParseExact(text.Substring(6, 8), "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var born)
            || born.Year < 1900)
        {
            return false;
        }

        return char.ToUpperInvariant(text[17]) == IdentityCheckDigit(text);
    }

    /// <summary>The GB 11643 check character of the first 17 digits.</summary>
    public static char IdentityCheckDigit(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * IdentityWeights[i];
        }

        return IdentityChecks[sum % 11];
    }

    public static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    /// <summary>18 digits with a year of birth where an ID number has one: a mistyped ID number, not a card.</summary>
    private static bool LooksLikeIdentity(string digits) => digits.Length == 18 && digits.Substring(6, 2) is "19" or "20";

    private static bool Overlaps(List<(int Start, int End)> taken, Match m) => taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length);

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    private static string Mask(string text, int head, int tail) =>
        text.Length <= head + tail ? new string('*', text.Length) : text[..head] + new string('*', text.Length - head - tail) + text[^tail..];
}
