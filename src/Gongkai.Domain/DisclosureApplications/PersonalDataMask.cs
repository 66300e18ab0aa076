namespace Gongkai.Domain.DisclosureApplications;

/// <summary>
/// ID and phone numbers as lists and exports show them (all but the reply letter): enough to tell two
/// applicants apart on the telephone, not enough to use the number.
/// </summary>
public static class PersonalDataMask
{
    /// <summary>110105194912310021 → 110***********0021: the first 3 and the last 4 characters (of shorter numbers, a quarter at each end).</summary>
    public static string IdNumber(string? number) => Mask(number, 3, 4);

    /// <summary>13812345678 → 138****5678.</summary>
    public static string Phone(string? number) => Mask(number, 3, 4);

    /// <summary>zhang.san@example.cn → z***@example.cn.</summary>
    public static string Email(string? address)
    {
        if (string.IsNullOrEmpty(address))
        {
            return "";
        }

        var at = address.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? Mask(address, 1, 0) : address[..1] + "***" + address[at..];
    }

    private static string Mask(string? text, int head, int tail)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // Shorter values keep a quarter at each end, so that at least half is always hidden.
        if (text.Length < 11)
        {
            (head, tail) = (text.Length / 4, text.Length / 4);
        }

        return text[..head] + new string('*', text.Length - head - tail) + text[^tail..];
    }
}
