using Gongkai.Domain.AnnualReports;

namespace Gongkai.Reading.Tests.Rendering;

/// <summary>Random narrative text, with figures and table words in it, as real section 一 text has.</summary>
internal static class Narratives
{
    private static readonly string[] Sentences =
    [
        "全年主动公开政府信息{0}条，其中行政许可信息{1}条、行政处罚信息{2}条。",
        "我局严格落实保密审查制度，做到先审查、后公开。",
        "本年度共收到政府信息公开申请{0}件，均在法定期限内答复。",
        "通过政府网站、政务新媒体等渠道及时发布政策解读{1}篇。",
        "进一步规范依申请公开办理流程，提高答复质量。",
        "完善政府信息公开平台建设，更新公开目录。",
        "加强工作人员业务培训，全年组织培训{2}次。",
        "本年度未发生因政府信息公开引起的行政复议、行政诉讼。",
    ];

    public static ReportNarrative Random(Random random) => new()
    {
        Preamble = $"根据《中华人民共和国政府信息公开条例》的规定，编制本年度报告。{Some(random, 1)}",
        OverviewProactive = Some(random, 3),
        OverviewOnRequest = Some(random, 2),
        OverviewManagement = Some(random, 2),
        OverviewPlatform = Some(random, 1),
        OverviewSupervision = Some(random, 1),
        Problems = Some(random, 2),
        OtherMatters = Some(random, 1),
    };

    private static string Some(Random random, int count) => string.Concat(Enumerable.Range(0, count).Select(_ =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Sentences[random.Next(Sentences.Length)], random.Next(1, 500), random.Next(0, 50), random.Next(1, 20))));
}
