using System.Globalization;
using Gongkai.Application.Catalog.Import;
using Gongkai.Domain;
using Gongkai.Domain.Catalog.Enforcement;

namespace Gongkai.Application.Catalog.Enforcement;

/// <summary>One checked line of an enforcement register file, with the line it came from.</summary>
public sealed record EnforcementLine(int Line, EnforcementKind Kind, bool IsMatter, string Number, string Name, DateOnly Date, DateOnly? PublishedOn, DateOnly? EndsOn, long? AmountFen);

/// <summary>
/// The import file of the enforcement register (docs/enforcement-register.md): header
/// <c>类别,编号,名称,日期,公示日期,金额（元）,移出日期</c>; each line checked on its own, every problem said in
/// Chinese with its line number.
/// </summary>
public static class EnforcementLines
{
    public static readonly IReadOnlyList<string> Header = ["类别", "编号", "名称", "日期", "公示日期", "金额（元）", "移出日期"];

    /// <summary>An amount above this (一万亿元) is a typing error, not a fee.</summary>
    private const decimal MaxAmount = 1_000_000_000_000m;

    public static EnforcementLine? Parse(int line, string[] cells, DateOnly today, List<JsonProblem> problems)
    {
        var before = problems.Count;
        string Cell(int i) => i < cells.Length ? cells[i].Trim() : "";
        void Problem(string column, string message) => problems.Add(new JsonProblem($"第 {line} 行", $"{column}：{message}"));
        if (cells.Length > Header.Count && cells.Skip(Header.Count).Any(c => c.Trim().Length > 0))
        {
            Problem("列数", $"有 {cells.Length} 列，应为 {Header.Count} 列");
        }

        var category = EnforcementKinds.Parse(Cell(0));
        if (category is null)
        {
            Problem("类别", Cell(0).Length == 0 ? "不能为空" : $"“{Cell(0)}”不是可导入的类别（应为行政许可、行政处罚、行政强制、其他对外管理服务事项、行政事业性收费、政府集中采购，或“事项清单：”加前五类之一）");
        }

        var number = Cell(1);
        if (number.Length == 0)
        {
            Problem("编号", "不能为空（决定的文书号，收费、采购或事项的编号）");
        }
        else if (number.Length > EnforcementRecord.NumberMax)
        {
            Problem("编号", $"超过 {EnforcementRecord.NumberMax} 个字符");
        }

        var name = Cell(2);
        if (name.Length == 0)
        {
            Problem("名称", "不能为空");
        }
        else if (name.Length > EnforcementRecord.NameMax)
        {
            Problem("名称", $"超过 {EnforcementRecord.NameMax} 个字符");
        }

        var date = DateCell(Cell(3), "日期", today, Problem, required: true);
        var published = DateCell(Cell(4), "公示日期", today, Problem, required: false);
        var endsOn = DateCell(Cell(6), "移出日期", today: null, Problem, required: false);
        var amount = AmountCell(Cell(5), Problem);
        if (category is { } c)
        {
            var (kind, matter) = c;
            var decision = !matter && EnforcementKinds.IsDecision(kind);
            if (!decision && Cell(4).Length > 0)
            {
                Problem("公示日期", "只有行政许可、行政处罚、行政强制和其他对外管理服务事项的决定填写公示日期");
            }

            if (!matter && Cell(6).Length > 0)
            {
                Problem("移出日期", "只有事项清单的行填写移出日期");
            }

            if ((matter || !EnforcementKinds.HasAmount(kind)) && Cell(5).Length > 0)
            {
                Problem("金额（元）", "只有行政事业性收费和政府集中采购填写金额");
            }
            else if (!matter && EnforcementKinds.HasAmount(kind) && Cell(5).Length == 0)
            {
                Problem("金额（元）", $"{EnforcementKinds.Name(kind)}应填写金额");
            }

            if (published < date)
            {
                Problem("公示日期", $"{published:yyyy-MM-dd} 早于决定日期 {date:yyyy-MM-dd}");
            }

            if (endsOn <= date)
            {
                Problem("移出日期", $"{endsOn:yyyy-MM-dd} 不晚于列入日期 {date:yyyy-MM-dd}");
            }
        }

        return problems.Count == before && category is { } ok && date is { } day
            ? new EnforcementLine(line, ok.Kind, ok.IsMatter, number, name, day, published, endsOn, amount)
            : null;
    }

    private static DateOnly? DateCell(string text, string column, DateOnly? today, Action<string, string> problem, bool required)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                problem(column, "不能为空");
            }

            return null;
        }

        var date = TableFile.Date(text);
        if (date is null)
        {
            problem(column, $"“{text}”不是有效的日期（应为 YYYY-MM-DD）");
        }
        else if (date > today)
        {
            problem(column, $"{date:yyyy-MM-dd} 晚于今天");
        }

        return date;
    }

    /// <summary>元 with at most two decimals (分), thousands separators and a trailing 元 allowed.</summary>
    private static long? AmountCell(string text, Action<string, string> problem)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var t = Gongkai.Domain.AnnualReports.AmountReading.NormaliseWidth(text).Replace(",", "", StringComparison.Ordinal).TrimEnd('元').Trim();
        if (!decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan) || yuan >= MaxAmount)
        {
            problem("金额（元）", $"“{text}”不是以元为单位的金额（如 1234.50）");
            return null;
        }

        if (yuan * 100 != decimal.Truncate(yuan * 100))
        {
            problem("金额（元）", $"“{text}”精确到分即可（最多两位小数）");
            return null;
        }

        return (long)(yuan * 100);
    }
}
