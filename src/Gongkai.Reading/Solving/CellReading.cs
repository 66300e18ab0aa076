using System.Globalization;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Reading.Solving;

/// <summary>A printed cell read as a figure: its value (0 for a dash), and whether it was a dash.</summary>
internal readonly record struct CellToken(decimal Value, bool Dash);

/// <summary>
/// What a printed figure may look like, per kind of cell. Counts: “0”, or digits not starting with 0,
/// optionally with thousands separators (1,234) and a unit (件). Signed counts may carry + or −.
/// Amounts: a decimal with an optional unit (万元/元/亿元). A lone “-”, “/” or “无” stands for zero.
/// Leading zeros are refused, which is what makes run-together digits splittable at all.
/// </summary>
internal static class CellReading
{
    public const int MaxDigits = 9;

    /// <summary>The figure in <paramref name="text"/> (already width-normalised), or null where it is not one.</summary>
    public static CellToken? Read(ReadOnlySpan<char> text, CellKind kind)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (text is "-" or "/" or "无")
        {
            return new CellToken(0, Dash: true);
        }

        return kind switch
        {
            CellKind.Count => Whole(StripUnit(text, CountUnits), signed: false),
            CellKind.SignedCount => Whole(StripUnit(text, CountUnits), signed: true),
            _ => Amount(text),
        };
    }

    /// <summary>
    /// True where no longer text starting with <paramref name="prefix"/> can be a figure of this kind: it
    /// lets the splitter stop extending a cell (a leading zero followed by a digit, too many digits, a
    /// zero mark followed by anything).
    /// </summary>
    public static bool IsDeadPrefix(ReadOnlySpan<char> prefix, CellKind kind)
    {
        if (prefix.Length > 1 && (prefix[0] is '/' or '无' || (prefix[0] == '-' && kind != CellKind.SignedCount)))
        {
            return true;
        }

        var body = prefix.Length > 0 && prefix[0] is '+' or '-' ? prefix[1..] : prefix;
        if (body.Length >= 2 && body[0] == '0' && char.IsAsciiDigit(body[1]))
        {
            return true;
        }

        var digits = 0;
        foreach (var c in body)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return digits > (kind is CellKind.Count or CellKind.SignedCount ? MaxDigits : MaxDigits + 3);
    }

    private static readonly string[] CountUnits = ["件", "个", "项", "次", "条"];

    private static ReadOnlySpan<char> StripUnit(ReadOnlySpan<char> text, string[] units)
    {
        foreach (var unit in units)
        {
            if (text.EndsWith(unit, StringComparison.Ordinal) && text.Length > unit.Length)
            {
                return text[..^unit.Length];
            }
        }

        return text;
    }

    private static CellToken? Whole(ReadOnlySpan<char> text, bool signed)
    {
        var negative = false;
        if (text.Length > 1 && text[0] is '+' or '-')
        {
            if (!signed && text[0] == '+')
            {
                return null;
            }

            negative = text[0] == '-';
            text = text[1..];
            if (text is "0")
            {
                return null;
            }
        }

        if (!IsDigitsWithGrouping(text, out var digitCount) || digitCount > MaxDigits)
        {
            return null;
        }

        var value = decimal.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        return new CellToken(negative ? -value : value, Dash: false);
    }

    /// <summary>“0”, “17”, “1,234”: no leading zero, commas only between groups of three.</summary>
    private static bool IsDigitsWithGrouping(ReadOnlySpan<char> text, out int digits)
    {
        digits = 0;
        if (text.Length == 0 || !char.IsAsciiDigit(text[0]) || (text[0] == '0' && text.Length > 1))
        {
            return false;
        }

        var comma = text.IndexOf(',');
        if (comma < 0)
        {
            digits = text.Length;
            return !text.ContainsAnyExceptInRange('0', '9');
        }

        if (comma > 3)
        {
            return false;
        }

        for (var i = comma; i < text.Length; i += 4)
        {
            if (text[i] != ',' || i + 4 > text.Length || text.Slice(i + 1, 3).ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }
        }

        digits = text.Length - (text.Length - comma) / 4;
        return !text[..comma].ContainsAnyExceptInRange('0', '9');
    }

    private static CellToken? Amount(ReadOnlySpan<char> text)
    {
        var body = StripUnit(text, ["万元", "亿元", "元"]);
        var point = body.IndexOf('.');
        var whole = point < 0 ? body : body[..point];
        if (!IsDigitsWithGrouping(whole, out var digits) || digits > MaxDigits + 3)
        {
            return null;
        }

        if (point >= 0 && (point == body.Length - 1 || body[(point + 1)..].ContainsAnyExceptInRange('0', '9')))
        {
            return null;
        }

        var reading = AmountReading.Parse(text.ToString());
        return reading is null ? null : new CellToken(reading.Wan ?? reading.Value, Dash: false);
    }
}
