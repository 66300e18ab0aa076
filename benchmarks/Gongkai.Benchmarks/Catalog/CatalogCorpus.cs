using System.Globalization;
using System.Text;
using Gongkai.Application.Catalog.Import;

namespace Gongkai.Benchmarks.Catalog;

/// <summary>
/// A realistic catalog for the search figures: agencies' items with official titles, 文号, categories and
/// bodies of 0.5–2 KB of Chinese built from the phrases such documents use. Seeded: the same corpus every run.
/// Written as the import's CSV (one file per agency), so the items go in the way a migration brings them.
/// </summary>
public static class CatalogCorpus
{
    private static readonly string[] Subjects =
    [
        "城市管理执法", "市容环境卫生", "户外广告设置", "渣土运输", "占道经营", "违法建设治理", "园林绿化养护", "市政设施维护", "排水防涝",
        "生活垃圾分类", "清雪除冰", "燃气安全", "停车泊位管理", "夜市经营", "流动摊贩疏导", "建筑垃圾处置", "供热管网改造", "犬只管理",
        "行政处罚", "行政许可", "安全生产", "食品安全", "道路交通", "校园周边环境", "农贸市场秩序", "噪声污染防治",
    ];

    private static readonly string[] Kinds = ["通知", "通告", "公告", "意见", "决定", "报告", "批复", "函"];

    private static readonly string[] Phrases =
    [
        "为进一步加强{0}工作", "根据有关法律法规的规定", "结合本地实际", "现将有关事项通知如下", "各有关单位要高度重视",
        "明确责任分工", "加强协调配合", "确保各项工作落到实处", "对违反规定的行为依法予以处罚", "广大市民如发现问题可拨打服务热线反映",
        "按照属地管理的原则", "建立健全长效管理机制", "定期开展监督检查", "将检查结果纳入年度考核", "进一步规范{0}秩序",
        "切实提升群众满意度", "积极营造良好氛围", "坚持问题导向", "强化源头治理", "做好宣传引导工作", "依法依规有序推进",
        "本通知自发布之日起施行", "各街道办事处、各有关部门", "严格执行审批程序", "对发现的问题及时整改",
    ];

    /// <summary>The title words the queries ask for, by how common they are.</summary>
    public static IReadOnlyList<string> SubjectWords => Subjects;

    /// <summary>One agency's import file: <paramref name="count"/> items with 索引号 given (no organisation code needed).</summary>
    public static byte[] AgencyCsv(Random random, int agency, int count)
    {
        var csv = new StringBuilder(count * 2000);
        csv.Append(string.Join(',', CatalogImport.Header)).Append("\r\n");
        for (var i = 0; i < count; i++)
        {
            var subject = Subjects[random.Next(Subjects.Length)];
            var kind = Kinds[random.Next(Kinds.Length)];
            var written = new DateOnly(2019, 1, 1).AddDays(random.Next(2850));
            var body = Body(random, subject, 500 + random.Next(1500));
            string[] cells =
            [
                $"BENCH{agency:0000}/{written.Year}-{i:00000}",
                $"关于{(random.Next(3) == 0 ? "进一步" : "")}加强{subject}工作的{kind}",
                random.Next(4) == 0 ? "" : $"基{agency}发〔{written.Year}〕{random.Next(1, 200)}号",
                "",
                written.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                written.AddDays(random.Next(15)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Gongkai.Domain.Catalog.CatalogVocabulary.Categories[random.Next(22)],
                kind,
                random.Next(10) == 0 ? "废止" : "有效",
                $"{subject} {kind}",
                $"就{subject}有关事项作出规定。",
                body,
                "主动公开",
            ];
            csv.Append(string.Join(',', cells.Select(c => c.Contains(',') || c.Contains('"') ? "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : c))).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static string Body(Random random, string subject, int length)
    {
        var body = new StringBuilder(length + 100);
        while (body.Length < length)
        {
            body.Append(string.Format(CultureInfo.InvariantCulture, Phrases[random.Next(Phrases.Length)], Subjects[random.Next(4) == 0 ? random.Next(Subjects.Length) : Array.IndexOf(Subjects, subject)]));
            body.Append(random.Next(4) == 0 ? "。" : "，");
        }

        return body.ToString();
    }
}
