using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// An amount of money as reports print it: "343.98万元", "251000元", "1,234.5 万元", "０.５亿元".
/// The unit is kept; <see cref="Wan"/> is the amount in 万元, or null where no unit is printed.
/// </summary>
public sealed partial record AmountReading(decimal Value, string? Unit)
{
    public decimal? Wan => Unit switch
    {
        "元" => Value / 10000m,
        "万元" => Value,
        "亿元" => Value * 10000m,
        _ => null,
    };

    /// <summary>The amount, or null when the text holds no number.</summary>
    public static AmountReading? Parse(string text)
    {
        var normal = NormaliseWidth(text).Replace(",", "", StringComparison.Ordinal);
        var match = AmountPattern().Match(normal);
        if (!match.Success ||
            !decimal.TryParse(match.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var unit = match.Groups["u"].Success ? match.Groups["u"].Value : null;
        return new AmountReading(value, unit);
    }

    /// <summary>Full-width digits and punctuation to ASCII (reports mix both).</summary>
    public static string NormaliseWidth(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            builder.Append(ch is >= '\uFF01' and <= '\uFF5E' ? (char)(ch - 0xFEE0) : ch == '\u3000' ? ' ' : ch);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^\s*[¥￥]?\s*(?<n>\d+(?:\.\d+)?)\s*(?<u>亿元|万元|元)?\s*$")]
    private static partial Regex AmountPattern();
}
