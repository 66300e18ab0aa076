using System.Text;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Tests.Rendering;

namespace Gongkai.Reading.Tests;

/// <summary>Structure findings (S1–S5), heading variants, templates against years, and pre-2019 reports.</summary>
public sealed class StructureTests
{
    private readonly ReportReader _reader = new();

    [Fact]
    public void APre2019ReportIsRecognisedWithItsTitleYearAndAgency()
    {
        const string text = """
            某市统计局2017年政府信息公开工作年度报告
            本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。
            一、概述
            2017年，我局认真贯彻落实《中华人民共和国政府信息公开条例》。
            二、主动公开政府信息情况
            全年主动公开政府信息120条。
            三、依申请公开政府信息情况
            | 申请总数 | 当面申请 | 网上申请 | 信函申请 |
            | 5 | 2 | 3 | 0 |
            | 同意公开 | 同意部分公开 | 不同意公开 | 信息不存在 |
            | 3 | 1 | 1 | 0 |
            四、政府信息公开的收费及减免情况
            未收取费用。
            五、因政府信息公开申请行政复议、提起行政诉讼的情况
            无。
            六、政府信息公开工作存在的主要问题及改进情况
            公开内容有待丰富。
            七、其他需要报告的事项
            无。
            """;

        var result = _reader.Read(Encoding.UTF8.GetBytes(text), "2017.txt");

        Assert.Equal(ReadOutcome.Pre2019, result.Outcome);
        Assert.Null(result.Figures);
        Assert.Equal(2017, result.Year);
        Assert.Equal("某市统计局", result.Agency);
        Assert.Equal("某市统计局2017年政府信息公开工作年度报告", result.Title);
        Assert.Contains("旧格式", result.Message, StringComparison.Ordinal);
        Assert.Contains("\"pre2019\"", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheTemplateOfTheWrongYearIsAStructureError()
    {
        var source = RoundTrip.Report(0).Figures;
        var misdated = new ReportFigures(source.Template, 2021, source.Agency);
        foreach (var cell in source.Template.Cells)
        {
            misdated[cell] = source[cell];
            misdated.SetText(cell, source.Text(cell));
        }

        var result = ReadPipe(new ReportDocument(misdated, Narratives.Random(new Random(1))));

        Assert.Equal("2019", result.Figures!.Template.Id);
        Assert.Equal(2021, result.Figures.Year);
        Assert.Single(result.Findings, f => f.Rule == RuleCodes.WrongTemplate && f.Severity == FindingSeverity.Error);
        Assert.DoesNotContain(result.Findings, f => f.Rule == "TEMPLATE");
        Assert.Equal(ReportJsonWriter.Write(misdated), ReportJsonWriter.Write(result.Figures));
    }

    [Fact]
    public void AYearInTheTitleOtherThanTheStatisticsPeriodIsNoted()
    {
        var document = RoundTrip.Report(0);
        var text = TextForms.Pipe(ReportBlocks.Of(document)).Replace("规定，编制本年度报告。", $"规定，编制本年度报告。本报告所列数据的统计期限自{document.Year + 1}年1月1日起至{document.Year + 1}年12月31日止。", StringComparison.Ordinal);

        var result = _reader.Read(Encoding.UTF8.GetBytes(text), "r.txt");

        Assert.Contains(result.Findings, f => f.Rule == RuleCodes.YearMismatch && f.Message.Contains($"{document.Year + 1}", StringComparison.Ordinal));
        Assert.Equal(document.Year, result.Figures!.Year);
    }

    [Fact]
    public void MissingAndMisplacedSectionsAreNoted()
    {
        var blocks = ReportBlocks.Of(RoundTrip.Report(2));
        var problems = blocks.FindIndex(b => b is Heading { Text: "五、存在的主要问题及改进情况" });
        var moved = blocks[problems..^2];
        blocks.RemoveRange(problems, moved.Count + 2);
        blocks.InsertRange(blocks.FindIndex(b => b is Heading { Text: "三、收到和处理政府信息公开申请情况" }), moved);

        var result = _reader.Read(Encoding.UTF8.GetBytes(TextForms.Pipe(blocks)), "r.txt");

        Assert.Contains(result.Findings, f => f.Rule == RuleCodes.MissingSection && f.Message.Contains('六', StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.Rule == RuleCodes.SectionOrder);
        Assert.Equal(0, result.Stats.CellsMissing + result.Stats.CellsUnresolved);
    }

    [Theory]
    [InlineData("五、政府信息公开工作存在的主要问题及改进情况")]
    [InlineData("五、存在的主要问题和改进情况")]
    [InlineData("五、存在问题及改进情况")]
    [InlineData("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况")]
    public void HeadingVariantsAreAccepted(string variant)
    {
        var document = RoundTrip.Report(4);
        var standard = variant[0] == '五' ? "五、存在的主要问题及改进情况" : "四、政府信息公开行政复议、行政诉讼情况";
        var text = TextForms.Pipe(ReportBlocks.Of(document)).Replace(standard, variant, StringComparison.Ordinal);

        var result = _reader.Read(Encoding.UTF8.GetBytes(text), "r.txt");

        Assert.DoesNotContain(result.Findings, f => f.Rule is RuleCodes.MissingSection or RuleCodes.SectionOrder);
        Assert.Equal(ReportJsonWriter.Write(document.Figures), ReportJsonWriter.Write(result.Figures!));
    }

    [Fact]
    public void AMissingRowIsNotedAndItsCellsStayNull()
    {
        var text = TextForms.Pipe(ReportBlocks.Of(RoundTrip.Report(6)));
        var withoutRow = string.Join('\n', text.Split('\n').Where(l => !l.StartsWith("4.保护第三方合法权益", StringComparison.Ordinal)));

        var result = _reader.Read(Encoding.UTF8.GetBytes(withoutRow), "r.txt");

        Assert.Contains(result.Findings, f => f.Rule == RuleCodes.MissingRow && f.Where == "applications.withheld_third_party");
        Assert.All(Enumerable.Range(0, 7), c => Assert.Null(result.Figures!.Application("withheld_third_party", c)));
        Assert.Equal(7, result.Stats.CellsMissing);
    }

    [Fact]
    public void ArithmeticErrorsOfTheReportAreReportedAsSuch()
    {
        var figures = RoundTrip.Report(8).Figures.Clone();
        figures["applications.total[6]"] += 1;

        var result = ReadPipe(new ReportDocument(figures, new ReportNarrative()));

        Assert.Contains(result.Findings, f => f.Rule == "C2" && f.Where == "applications.total[6]");
        Assert.Contains(result.Findings, f => f.Rule == "C3" && f.Where == "applications.total[6]");
        Assert.Equal(figures["applications.total[6]"], result.Figures!["applications.total[6]"]);
    }

    private ReadResult ReadPipe(ReportDocument document) =>
        _reader.Read(Encoding.UTF8.GetBytes(TextForms.Pipe(ReportBlocks.Of(document))), "r.txt");
}
