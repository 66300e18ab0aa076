namespace Gongkai.Domain.Catalog;

/// <summary>How often inspectors expect a column (栏目) to get something new (国办秘函〔2019〕19号; domain.md §6).</summary>
public enum ColumnCadence
{
    /// <summary>动态、要闻: nothing new in 2 weeks is 不更新.</summary>
    News,
    /// <summary>通知公告、政策文件: nothing new in 6 months.</summary>
    NoticesAndPolicies,
    /// <summary>人事、规划计划 and the like: nothing new in a year.</summary>
    Yearly,
    /// <summary>No cadence (机构职能, 指南…): only a blank column is flagged.</summary>
    None,
}

/// <summary>A column of the agency's 政府信息公开 portal and how often it must be fed.</summary>
public sealed record CatalogColumn(string Name, ColumnCadence Cadence)
{
    public static string CadenceName(ColumnCadence cadence) => cadence switch
    {
        ColumnCadence.News => "动态",
        ColumnCadence.NoticesAndPolicies => "通知公告/政策文件",
        ColumnCadence.Yearly => "年度",
        _ => "不定期",
    };

    public static ColumnCadence? ParseCadence(string text) => text.Trim() switch
    {
        "动态" => ColumnCadence.News,
        "通知公告/政策文件" or "通知公告" or "政策文件" => ColumnCadence.NoticesAndPolicies,
        "年度" => ColumnCadence.Yearly,
        "不定期" => ColumnCadence.None,
        _ => null,
    };
}

/// <summary>
/// The lists an item's metadata is chosen from, as data: the 22 主题分类 of gov.cn, the 15 公文种类 of the
/// 2012《党政机关公文处理工作条例》, and the usual columns of a 政府信息公开 portal. Each agency keeps its
/// own copy and may change it (local lists differ); these are the defaults.
/// </summary>
public static class CatalogVocabulary
{
    public static readonly IReadOnlyList<string> Categories =
    [
        "国务院组织机构", "综合政务", "国民经济管理、国有资产监管", "财政、金融、审计", "国土资源、能源", "农业、林业、水利",
        "工业、交通", "商贸、海关、旅游", "市场监管、安全生产监管", "城乡建设、环境保护", "科技、教育", "文化、广电、新闻出版",
        "卫生、体育", "人口与计划生育、妇女儿童工作", "劳动、人事、监察", "公安、安全、司法", "民政、扶贫、救灾", "民族、宗教",
        "对外事务", "港澳台侨工作", "国防", "其他",
    ];

    public static readonly IReadOnlyList<string> Genres =
    [
        "决议", "决定", "命令（令）", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要",
    ];

    public static readonly IReadOnlyList<CatalogColumn> Columns =
    [
        new("机构职能", ColumnCadence.None),
        new("政策文件", ColumnCadence.NoticesAndPolicies),
        new("政策解读", ColumnCadence.NoticesAndPolicies),
        new("通知公告", ColumnCadence.NoticesAndPolicies),
        new("工作动态", ColumnCadence.News),
        new("规划计划", ColumnCadence.Yearly),
        new("行政执法", ColumnCadence.NoticesAndPolicies),
        new("财政信息", ColumnCadence.Yearly),
        new("人事信息", ColumnCadence.Yearly),
    ];

    /// <summary>One entry per line, blank lines and repeats dropped: how a configured list is written.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Columns written one per line as <c>名称|动态</c> (the cadence after the bar, <see cref="CatalogColumn.CadenceName"/>).</summary>
    public static IReadOnlyList<CatalogColumn> ParseColumns(string? text)
    {
        var columns = new List<CatalogColumn>();
        foreach (var (line, number) in Lines(text).Select((l, i) => (l, i + 1)))
        {
            var parts = line.Split('|');
            var cadence = parts.Length == 2 ? CatalogColumn.ParseCadence(parts[1]) : null;
            if (parts[0].Trim().Length is 0 or > CatalogContent.LabelMax || cadence is null)
            {
                throw new RefusedException($"栏目第 {number} 行“{line}”应写作“名称|更新周期”，更新周期为动态、通知公告/政策文件、年度或不定期");
            }

            columns.Add(new CatalogColumn(parts[0].Trim(), cadence.Value));
        }

        return columns;
    }

    public static string WriteColumns(IEnumerable<CatalogColumn> columns) =>
        string.Join('\n', columns.Select(c => $"{c.Name}|{CatalogColumn.CadenceName(c.Cadence)}"));
}
