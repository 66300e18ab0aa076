using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Text;

namespace Gongkai.Reading.Structure;

/// <summary>What the tables look like: which template's distinctive labels they carry, or the pre-2019 format's.</summary>
internal sealed record TemplateShape(int Score2019, int Score2021, int Common, int Pre2019, int OldHeadings = 0)
{
    /// <summary>The template the tables follow, or null where they carry neither's distinctive labels (or both equally).</summary>
    public ReportTemplate? Template => Score2019 > Score2021 ? ReportTemplate.ById("2019") : Score2021 > Score2019 ? ReportTemplate.ById("2021") : null;

    /// <summary>True where anything of the 2019/2021 tables is present.</summary>
    public bool HasTemplateTables => Score2019 + Score2021 + Common > 0;

    /// <summary>True where the tables are the 2008 条例 kind and none of the national template's labels appear.</summary>
    public bool LooksPre2019 => Pre2019 >= 2 && Score2019 + Score2021 == 0 && Common <= 1;

    /// <summary>
    /// True where the report is laid out as the 2008 条例's reports were: its own sections (收费及减免情况,
    /// 依申请公开政府信息办理情况…) or its 政府信息公开情况统计表, at least two of them.
    /// </summary>
    public bool OldStructure => OldHeadings >= 2;
}

/// <summary>
/// Decides the template from the tables' own labels: table 二's column headers and rows differ between
/// 2019 (本年新制作数量, 其他对外管理服务事项, 政府集中采购…) and 2021 (本年制发件数, 本年收费金额…), and
/// 2021 splits （六）其他处理 into three rows.
/// </summary>
internal static class TemplateDetector
{
    private static readonly string[] Of2019 = ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "其他对外管理服务事项", "政府集中采购", "采购项目数量", "采购总金额"];
    private static readonly string[] Of2021 = ["本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额", "逾期不补正", "逾期未按收费通知"];
    private static readonly string[] Common = ["本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "结转下年度继续办理", "未经复议直接起诉", "复议后起诉", "区分处理的只计这一情形", "本机关不掌握相关政府信息"];

    /// <summary>Labels of the tables of 2008–2018 reports (国办发〔2008〕 era statistics).</summary>
    private static readonly string[] OfPre2019 = ["申请总数", "当面申请", "网上申请", "信函申请", "传真申请", "电子邮件申请", "同意公开", "同意部分公开", "不同意公开", "信息不存在", "非本机关", "非本部门", "申请内容不明确", "主动公开政府信息数", "依申请公开情况", "减免", "收取费用", "行政复议数", "行政诉讼数", "申诉"];

    /// <summary>Headings and titles only the 2008-era reports have (the national template has no fees section nor this 统计表).</summary>
    private static readonly string[] OldHeadingWords = ["政府信息公开的收费及减免情况", "收费及减免情况", "依申请公开政府信息办理情况", "政府信息公开情况统计表", "因政府信息公开申请行政复议提起行政诉讼的情况"];

    public static TemplateShape Detect(SegmentedText text)
    {
        int s2019 = 0, s2021 = 0, common = 0, pre = 0;
        var old = new HashSet<string>();
        for (var seg = 0; seg < text.Segments.Count; seg++)
        {
            if (text.Segments[seg].Kind != SegmentKind.Text)
            {
                continue;
            }

            var heavy = text.Heavy(seg).Value;
            s2019 += Count(heavy, Of2019);
            s2021 += Count(heavy, Of2021);
            common += Count(heavy, Common);
            pre += Count(heavy, OfPre2019);
            foreach (var word in OldHeadingWords.Where(w => heavy.Contains(w, StringComparison.Ordinal)))
            {
                old.Add(word == "政府信息公开的收费及减免情况" ? "收费及减免情况" : word);
            }
        }

        return new TemplateShape(s2019, s2021, common, pre, old.Count);
    }

    private static int Count(string heavy, string[] keys)
    {
        var n = 0;
        foreach (var key in keys)
        {
            n += heavy.Contains(key, StringComparison.Ordinal) ? 1 : 0;
        }

        return n;
    }
}
