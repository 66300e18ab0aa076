using System.Text;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Tests.Rendering;

namespace Gongkai.Reading.Tests;

/// <summary>C11 (text copied from last year) and the series audit over several reports (C6, C7, C11).</summary>
public sealed class AuditTests
{
    private static readonly string[] Old =
    [
        "2020年，我局认真贯彻落实政府信息公开条例，全面推进政务公开工作",
        "我局严格落实保密审查制度，做到先审查、后公开",
        "通过政府网站、政务新媒体等渠道及时发布政策解读",
        "进一步规范依申请公开办理流程，提高答复质量",
        "加强工作人员业务培训，提升业务能力",
        "完善政府信息公开平台建设，及时更新公开目录",
        "全年未发生因政府信息公开引起的行政复议和行政诉讼",
        "公开工作的主动性还有待提高",
        "部分栏目信息更新不够及时",
        "下一步将继续加强组织领导",
    ];

    [Fact]
    public void SixOfTenSentencesRepeatedIsSixtyPercent()
    {
        var previous = new ReportText(string.Join("。", Old[..7]) + "。", string.Join("。", Old[7..]) + "。", "");
        string[] fresh = ["今年重点推进基层政务公开标准化规范化建设", "新建政策问答库收录问答三百余条", "开展政府开放日活动四次邀请市民代表参加", "对照考核指标逐项整改落实到位"];
        var current = new ReportText(
            // Four sentences as they were, two with the year or a word changed, four new.
            $"{Old[0].Replace("2020", "2021", StringComparison.Ordinal)}。{Old[1]}。{Old[2]}。{Old[3]}。{Old[6].Replace("全年", "本年", StringComparison.Ordinal)}。{fresh[0]}。",
            $"{Old[7]}。{fresh[1]}！{fresh[2]}？",
            fresh[3]);

        var similarity = TextSimilarity.Compare(current, previous, threshold: 0.5);

        Assert.Equal(10, similarity.Sentences);
        Assert.Equal(4, similarity.Identical);
        Assert.Equal(2, similarity.NearIdentical);
        Assert.Equal(0.6, similarity.Share, 3);
        var finding = similarity.ToFinding(2020);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("60%", finding.Message, StringComparison.Ordinal);
        Assert.Equal(FindingSeverity.Info, TextSimilarity.Compare(current, previous, threshold: 0.7).ToFinding(2020).Severity);
    }

    [Fact]
    public void DifferentTextsShareNothing()
    {
        var a = new ReportText(string.Join("。", Old[..5]), "", "");
        var b = new ReportText("今年重点推进基层政务公开标准化规范化建设。新建政策问答库收录问答三百余条。", "", "");

        Assert.Equal(0, TextSimilarity.Compare(b, a).Share);
    }

    [Fact]
    public void TheSeriesAuditChecksConsecutiveYearsOfOneAgency()
    {
        var reader = new ReportReader();
        var random = new Random(5);
        var earlier = TestSupport.RandomReports.Valid(random, 2021, "某县交通运输局");
        var later = TestSupport.RandomReports.Valid(random, 2022, "某县交通运输局");
        later.SetApplicationRow("carried_over", [.. Enumerable.Range(0, 7).Select(c => (decimal?)(earlier.Application("carried_forward", c) + 1))]);
        var narrative = Narratives.Random(new Random(9));
        var other = TestSupport.RandomReports.Valid(random, 2022, "另一个局");

        var results = SeriesAudit.Audit([Read(reader, later, narrative), Read(reader, earlier, narrative), Read(reader, other, narrative)]);

        Assert.Equal(7, results[0].Findings.Count(f => f.Rule == "C6"));
        Assert.Contains(results[0].Findings, f => f.Rule == "C11" && f.Severity == FindingSeverity.Warning && f.Message.Contains("100%", StringComparison.Ordinal));
        Assert.DoesNotContain(results[1].Findings, f => f.Rule is "C6" or "C11");
        Assert.DoesNotContain(results[2].Findings, f => f.Rule is "C6" or "C11");
    }

    private static ReadResult Read(ReportReader reader, ReportFigures figures, ReportNarrative narrative) =>
        reader.Read(Encoding.UTF8.GetBytes(Application.AnnualReports.Export.Html.HtmlReportRenderer.RenderDocument(new ReportDocument(figures, narrative))), $"{figures.Agency}{figures.Year}.html");
}
