using System.Text.Json;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Prose;
using Gongkai.Domain.Tests.Architecture;
using Gongkai.TestSupport;

namespace Gongkai.Domain.Tests.AnnualReports;

/// <summary>
/// C12: figures the text states against the tables. Random valid reports of both templates with generated
/// prose: true statements give no finding, one wrong statement gives exactly one at its cell, decoys none.
/// </summary>
public sealed class ProseChecksTests
{
    private static int YearFor(Random random, int seed) => seed % 2 == 0 ? random.Next(2019, 2021) : random.Next(2021, 2026);

    [Fact]
    public void TrueStatementsAndDecoysGiveNoFinding()
    {
        for (var seed = 0; seed < 400; seed++)
        {
            var random = new Random(seed);
            var figures = RandomReports.Valid(random, YearFor(random, seed));
            var narrative = ProseSentences.Narrative(random, [.. ProseSentences.True(random, figures), .. ProseSentences.Decoys(random, figures)]);

            var findings = ProseChecks.Check(figures, narrative);

            Assert.True(findings.Count == 0, $"seed {seed}: {string.Join("; ", findings.Select(f => f.Message))}");
        }
    }

    [Fact]
    public void OneWrongStatementGivesExactlyOneFindingAtItsCell()
    {
        var cells = new HashSet<string>();
        for (var seed = 0; seed < 400; seed++)
        {
            var random = new Random(seed);
            var figures = RandomReports.Valid(random, YearFor(random, seed));
            if (random.Next(4) == 0)
            {
                // Some reports with no applications at all, where “依申请公开…N个” contradicts the tables.
                foreach (var cell in figures.Template.Cells.Where(c => c.Section == CellSection.Applications))
                {
                    figures[cell] = 0;
                }
            }

            var wrong = ProseSentences.Wrong(random, figures);
            var others = ProseSentences.True(random, figures).Where(s => s.Key != wrong.Key);
            var narrative = ProseSentences.Narrative(random, [.. others, .. ProseSentences.Decoys(random, figures), wrong]);

            var finding = Assert.Single(ProseChecks.Check(figures, narrative));

            Assert.Equal(("C12", FindingSeverity.Warning, wrong.Cell), (finding.Rule, finding.Severity, finding.Where));
            Assert.Contains($"“{wrong.Text.TrimEnd('。')}”", finding.Message, StringComparison.Ordinal);
            cells.Add(wrong.Cell!);
        }

        Assert.True(cells.Count >= 7, $"every kind of statement should have been tried: {string.Join(", ", cells)}");
    }

    [Fact]
    public void TwoStatementsThatDisagreeStateNothing()
    {
        var figures = ReportFigures.Zero(2022, "某局");
        var narrative = new ReportNarrative { OverviewOnRequest = "本年新收政府信息公开申请3件。\n本年度新收政府信息公开申请4件。" };

        Assert.Empty(ProseChecks.Check(figures, narrative));
        var conflicts = new List<string>();
        Assert.Empty(StatedFigures.Find(narrative.OverviewOnRequest, 2022, conflicts: conflicts));
        Assert.Contains("本年新收政府信息公开申请", Assert.Single(conflicts), StringComparison.Ordinal);
    }

    [Fact]
    public void CarryOverMayOrMayNotBeCountedAsReceived()
    {
        var figures = ReportFigures.Zero(2021, "某局");
        figures.SetApplicationRow("new_received", 30, 0, 0, 0, 0, 0, 30);
        figures.SetApplicationRow("carried_over", 5, 0, 0, 0, 0, 0, 5);

        Assert.Empty(ProseChecks.Check(figures, [.. "共收到政府信息公开申请30件。".Split('\n')]));
        Assert.Empty(ProseChecks.Check(figures, ["共收到政府信息公开申请35件。"]));
        Assert.Equal("applications.new_received[6]", Assert.Single(ProseChecks.Check(figures, ["共收到政府信息公开申请36件。"])).Where);
    }

    [Fact]
    public void FullWidthDigitsAreFigures()
    {
        var stated = Assert.Single(StatedFigures.Find("本年新收政府信息公开申请３５件。", 2022));

        Assert.Equal(35m, stated.Value);
        Assert.Equal("applications_new", stated.Key);
    }

    [Fact]
    public void ALongSentenceIsQuotedAroundItsFigure()
    {
        var sentence = "为进一步做好政府信息公开工作，我局认真落实各项制度要求，不断完善工作机制，规范办理流程，提升答复质量，本年新收政府信息公开申请12件，均在法定期限内答复，未发生超期答复情况，群众满意度持续提升";
        var stated = Assert.Single(StatedFigures.Find(sentence, 2022));

        Assert.Contains("本年新收政府信息公开申请12件", stated.Quote, StringComparison.Ordinal);
        Assert.True(stated.Quote.Length < sentence.Length && stated.Quote.StartsWith('…') && stated.Quote.EndsWith('…'), stated.Quote);
    }

    /// <summary>The demo's 2020 report (根河): “依申请公开政府信息相关数据5个” while table 三 is all zero — and nothing else.</summary>
    [Fact]
    public void TheSeedReportHasExactlyTheFindingForItsFive()
    {
        var data = Path.Combine(SourceTree.Root, "src", "Gongkai.Application", "Demo", "Data");
        var figures = ReportJsonReader.Read(File.ReadAllText(Path.Combine(data, "genhe-2020.json")));
        var narrative = JsonSerializer.Deserialize<ReportNarrative>(File.ReadAllText(Path.Combine(data, "genhe-2020-narrative.json")))!;

        var finding = Assert.Single(ProseChecks.Check(figures, narrative));

        Assert.Equal(("C12", FindingSeverity.Warning, "applications.new_received[6]"), (finding.Rule, finding.Severity, finding.Where));
        Assert.Contains("“2020年度依申请公开政府信息相关数据5个”", finding.Message, StringComparison.Ordinal);
    }
}
