using System.Globalization;
using System.Text;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>A line of a generated enforcement register file, as an office would type it.</summary>
public sealed record RegisterLine(string Category, string Number, string Name, DateOnly Date, DateOnly? PublishedOn, long? AmountFen, DateOnly? EndsOn, string AmountText)
{
    public const string MatterPrefix = "事项清单：";

    public bool IsMatter => Category.StartsWith(MatterPrefix, StringComparison.Ordinal);

    /// <summary>The table 二 row key, read from the 类别 text by the test itself (not by the product's mapping).</summary>
    public string Row => Category.Replace(MatterPrefix, "", StringComparison.Ordinal) switch
    {
        "行政许可" => "licensing",
        "其他对外管理服务事项" => "other_services",
        "行政处罚" => "penalty",
        "行政强制" => "coercion",
        "行政事业性收费" => "fees",
        "政府集中采购" => "procurement",
        var other => throw new InvalidOperationException(other),
    };

    public string[] Cells => [Category, Number, Name, Iso(Date), PublishedOn is { } p ? Iso(p) : "", AmountText, EndsOn is { } e ? Iso(e) : ""];

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// Seeded random registers: decisions of the four kinds (some made public late, some not yet), fees and
/// procurement with amounts in 元 typed in several ways, and 事项 lists entering and leaving over the years.
/// </summary>
public static class EnforcementCorpus
{
    public static readonly string[] Header = ["类别", "编号", "名称", "日期", "公示日期", "金额（元）", "移出日期"];

    private static readonly string[] Decisions = ["行政许可", "行政处罚", "行政强制", "其他对外管理服务事项"];
    private static readonly string[] Subjects = ["某某餐饮有限公司", "张某", "李某某", "某建筑工程有限公司", "某广告传媒有限公司", "王某", "某物流有限公司"];

    public static List<RegisterLine> Generate(Random random, int count, DateOnly first, DateOnly last, string tag = "")
    {
        var span = last.DayNumber - first.DayNumber;
        var lines = new List<RegisterLine>(count);
        for (var i = 0; i < count; i++)
        {
            var date = first.AddDays(random.Next(span + 1));
            var pick = random.Next(100);
            if (pick < 60)
            {
                var kind = Decisions[random.Next(Decisions.Length)];
                DateOnly? published = random.Next(5) == 0 ? null : date.AddDays(random.Next(0, 25));
                if (published > last)
                {
                    published = null;
                }

                lines.Add(new RegisterLine(kind, $"根{kind[2..]}决字〔{date.Year}〕{tag}{i}号", $"{Subjects[random.Next(Subjects.Length)]}{kind}决定", date, published, null, null, ""));
            }
            else if (pick < 85)
            {
                var kind = random.Next(3) == 0 ? "政府集中采购" : "行政事业性收费";
                var fen = random.NextInt64(1, kind == "政府集中采购" ? 500_000_000 : 5_000_000);
                lines.Add(new RegisterLine(kind, $"{(kind == "政府集中采购" ? "CG" : "SF")}-{date.Year}-{tag}{i:00000}", kind == "政府集中采购" ? "办公设备采购" : "城市道路占用费", date, null, fen, null, Amount(random, fen)));
            }
            else
            {
                string[] kinds = ["行政许可", "行政处罚", "行政强制", "其他对外管理服务事项", "行政事业性收费"];
                var kind = kinds[random.Next(kinds.Length)];
                var listed = first.AddDays(-random.Next(0, 900) + random.Next(span + 1));
                DateOnly? ends = random.Next(3) == 0 ? listed.AddDays(random.Next(1, 1200)) : null;
                lines.Add(new RegisterLine(RegisterLine.MatterPrefix + kind, $"SX-{tag}{i:00000}", $"{kind}事项{i}", listed, null, null, ends, ""));
            }
        }

        return lines;
    }

    /// <summary>元 as offices type it: 1234.5, 1,234.50, 1234元.</summary>
    private static string Amount(Random random, long fen)
    {
        var yuan = fen / 100m;
        return random.Next(3) switch
        {
            0 => yuan.ToString("0.##", CultureInfo.InvariantCulture),
            1 => yuan.ToString("#,##0.00", CultureInfo.InvariantCulture),
            _ => yuan.ToString("0.00", CultureInfo.InvariantCulture) + "元",
        };
    }

    public static string Csv(IEnumerable<string[]> rows) =>
        string.Join("\r\n", rows.Select(r => string.Join(",", r.Select(c => c.Contains(',') || c.Contains('"') || c.Contains('\n') ? "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : c)))) + "\r\n";

    public static byte[] CsvBytes(IEnumerable<RegisterLine> lines) => Encoding.UTF8.GetBytes(Csv([Header, .. lines.Select(l => l.Cells)]));

    /// <summary>Table 二 (五)(六)(八)(九) of a year counted from the lines, in the format of that year.</summary>
    public static Dictionary<string, decimal> Expected(IReadOnlyList<RegisterLine> lines, int year)
    {
        var (end, before) = (new DateOnly(year, 12, 31), new DateOnly(year - 1, 12, 31));
        bool On(RegisterLine m, DateOnly day) => m.Date <= day && (m.EndsOn is null || m.EndsOn > day);
        int DecisionsOf(string row) => lines.Count(l => !l.IsMatter && l.Row == row && l.Date.Year == year);
        decimal YuanOf(string row) => lines.Where(l => !l.IsMatter && l.Row == row && l.Date.Year == year).Sum(l => l.AmountFen!.Value) / 100m;
        var expected = new Dictionary<string, decimal>();
        if (year >= 2021)
        {
            foreach (var row in new[] { "licensing", "penalty", "coercion" })
            {
                expected[$"proactive.{row}.decisions"] = DecisionsOf(row);
            }

            expected["proactive.fees.amount_wan"] = YuanOf("fees") / 10000m;
            return expected;
        }

        foreach (var row in new[] { "licensing", "other_services", "penalty", "coercion", "fees" })
        {
            var prev = lines.Count(l => l.IsMatter && l.Row == row && On(l, before));
            expected[$"proactive.{row}.prev_items"] = prev;
            expected[$"proactive.{row}.change"] = lines.Count(l => l.IsMatter && l.Row == row && On(l, end)) - prev;
            if (row != "fees")
            {
                expected[$"proactive.{row}.decisions"] = DecisionsOf(row);
            }
        }

        expected["proactive.procurement.items"] = DecisionsOf("procurement");
        expected["proactive.procurement.amount_wan"] = YuanOf("procurement") / 10000m;
        return expected;
    }
}
