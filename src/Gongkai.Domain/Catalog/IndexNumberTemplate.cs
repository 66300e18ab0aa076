using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Domain.Catalog;

/// <summary>
/// How an agency writes its 索引号 (domain.md §5.1–5.2): a template of literal characters and the fields
/// <c>{code}</c> (the agency's 组织机构代码 or 统一社会信用代码), <c>{yyyy}</c> or <c>{yyyymm}</c> (of the
/// publication date) and <c>{seq:N}</c> (the sequence, N digits). The default is the national guide's
/// <c>{code}/{yyyy}-{seq:5}</c> → <c>000014349/2021-00123</c>. The sequence restarts with each period the
/// template names (a year, or a month with <c>{yyyymm}</c>) and is never reused.
/// </summary>
public sealed partial class IndexNumberTemplate
{
    public const string Default = "{code}/{yyyy}-{seq:5}";

    private IndexNumberTemplate(string text, int digits, bool monthly, bool yearly)
    {
        Text = text;
        Digits = digits;
        Monthly = monthly;
        Yearly = yearly;
    }

    public string Text { get; }
    public int Digits { get; }
    private bool Monthly { get; }
    private bool Yearly { get; }

    /// <summary>The largest sequence number the template can write.</summary>
    public int MaxSequence => (int)Math.Pow(10, Digits) - 1;

    [GeneratedRegex(@"\{([a-z]+)(?::(\d+))?\}")]
    private static partial Regex Field();

    [GeneratedRegex(@"^[0-9A-Za-z/\-._]*$")]
    private static partial Regex Literal();

    /// <summary>A template, or a <see cref="RefusedException"/> saying what is wrong with it.</summary>
    public static IndexNumberTemplate Parse(string? text)
    {
        var template = (text ?? "").Trim();
        if (template.Length is 0 or > 60)
        {
            throw new RefusedException("索引号格式不能为空，且不超过 60 个字符");
        }

        var fields = Field().Matches(template);
        var names = fields.Select(f => f.Groups[1].Value).ToList();
        var unknown = names.Where(n => n is not ("code" or "yyyy" or "yyyymm" or "seq")).ToList();
        if (unknown.Count > 0)
        {
            throw new RefusedException($"索引号格式中的“{{{unknown[0]}}}”无法识别，可用 {{code}}、{{yyyy}}、{{yyyymm}}、{{seq:5}}");
        }

        if (names.Count(n => n == "seq") != 1)
        {
            throw new RefusedException("索引号格式须含且仅含一个顺序号 {seq:N}，N 为位数（如 {seq:5}）");
        }

        var seq = fields.First(f => f.Groups[1].Value == "seq");
        if (!int.TryParse(seq.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) || digits is < 3 or > 8)
        {
            throw new RefusedException("顺序号位数应为 3 至 8，如 {seq:5}");
        }

        if (names.Count(n => n is "yyyy" or "yyyymm") > 1)
        {
            throw new RefusedException("索引号格式只能含一个年份 {yyyy} 或年月 {yyyymm}");
        }

        if (!Literal().IsMatch(Field().Replace(template, "")) || template.Replace("{", "", StringComparison.Ordinal).Length != template.Length - fields.Count)
        {
            throw new RefusedException("索引号格式中字段以外只能有字母、数字和 / - . _");
        }

        return new IndexNumberTemplate(template, digits, names.Contains("yyyymm"), names.Contains("yyyy"));
    }

    /// <summary>The period whose sequence a date's number belongs to: "2024", "202405", or "" where the template names none.</summary>
    public string PeriodOf(DateOnly date) =>
        Monthly ? date.ToString("yyyyMM", CultureInfo.InvariantCulture) : Yearly ? date.ToString("yyyy", CultureInfo.InvariantCulture) : "";

    public string Format(string code, DateOnly date, int sequence)
    {
        if (sequence < 1 || sequence > MaxSequence)
        {
            throw new RefusedException($"{PeriodText(date)}的索引号顺序号已用完（最多 {MaxSequence} 个），请在目录设置中增加顺序号位数");
        }

        var result = new StringBuilder();
        var last = 0;
        foreach (Match field in Field().Matches(Text))
        {
            result.Append(Text, last, field.Index - last);
            result.Append(field.Groups[1].Value switch
            {
                "code" => code.Trim().ToUpperInvariant(),
                "yyyy" => date.ToString("yyyy", CultureInfo.InvariantCulture),
                "yyyymm" => date.ToString("yyyyMM", CultureInfo.InvariantCulture),
                _ => sequence.ToString(new string('0', Digits), CultureInfo.InvariantCulture),
            });
            last = field.Index + field.Length;
        }

        return result.Append(Text, last, Text.Length - last).ToString();
    }

    private string PeriodText(DateOnly date) => Monthly ? $"{date.Year}年{date.Month}月" : Yearly ? $"{date.Year}年" : "本机关";
}
