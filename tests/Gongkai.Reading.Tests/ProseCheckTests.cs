using Gongkai.Application.AnnualReports.Export;
using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Tests.Rendering;
using Gongkai.TestSupport;

namespace Gongkai.Reading.Tests;

/// <summary>C12 as the reader reports it: the report's own text against the tables it printed.</summary>
public sealed class ProseCheckTests
{
    private readonly ReportReader _reader = new();

    [Fact]
    public void TheSampleHasExactlyOneC12ForItsFive()
    {
        var result = _reader.Read(File.ReadAllBytes(RepoFiles.SamplePath), "genhe.txt");

        var finding = Assert.Single(result.Findings, f => f.Rule == ProseChecks.Rule);
        Assert.Equal((FindingSeverity.Warning, "applications.new_received[6]"), (finding.Severity, finding.Where));
        Assert.Contains("“2020年度依申请公开政府信息相关数据5个”", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Random reports printed with generated prose in several forms and read back: true statements and
    /// decoys give no C12; one wrong statement gives exactly one, at its cell.
    /// </summary>
    [Theory]
    [InlineData("pipe")]
    [InlineData("html")]
    [InlineData("markdown")]
    [InlineData("traditional")]
    public void GeneratedProseIsCheckedAgainstTheTablesRead(string form)
    {
        for (var seed = 0; seed < 60; seed++)
        {
            var random = new Random(seed);
            var figures = RandomReports.Valid(random, seed % 2 == 0 ? random.Next(2019, 2021) : random.Next(2021, 2026), "某县交通运输局");
            if (seed % 5 == 0)
            {
                foreach (var cell in figures.Template.Cells.Where(c => c.Section == CellSection.Applications))
                {
                    figures[cell] = 0;
                }
            }

            var wrong = seed % 3 == 0 ? null : ProseSentences.Wrong(random, figures);
            var sentences = ProseSentences.True(random, figures).Where(s => s.Key != wrong?.Key).Concat(ProseSentences.Decoys(random, figures));
            var narrative = ProseSentences.Narrative(random, wrong is null ? sentences : sentences.Append(wrong));
            var (bytes, name) = ReportForms.Render(form, new ReportDocument(figures, narrative), random);

            var result = _reader.Read(bytes, name);

            var c12 = result.Findings.Where(f => f.Rule == ProseChecks.Rule).ToList();
            var context = $"{form} seed {seed}: {string.Join("; ", c12.Select(f => f.Message))}";
            if (wrong is null)
            {
                Assert.True(c12.Count == 0, context);
            }
            else
            {
                Assert.True(c12.Count == 1 && c12[0].Where == wrong.Cell, $"{context} (expected one at {wrong.Cell}: {wrong.Text})");
            }
        }
    }
}
