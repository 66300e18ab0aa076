using System.Text;
using System.Text.Json;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Script;
using Gongkai.Reading.Tests.Rendering;

namespace Gongkai.Reading.Tests;

/// <summary>Simplified and Traditional inputs, through OpenCC and through the built-in table when OpenCC is missing.</summary>
public sealed class ScriptTests
{
    [Fact]
    public void OpenCcIsUsedWhereInstalled() => Assert.True(new ReportReader().UsesOpenCc, "libopencc.so.1.1 with t2s.json should be installed here");

    [Fact]
    public void TraditionalAndSimplifiedVersionsOfTheSampleGiveTheSameJson()
    {
        var figures = ReportJsonReader.Read(File.ReadAllText(RepoFiles.DemoData("genhe-2020.json")));
        var narrative = JsonSerializer.Deserialize<ReportNarrative>(File.ReadAllText(RepoFiles.DemoData("genhe-2020-narrative.json")))!;
        var simplified = TextForms.Pipe(ReportBlocks.Of(new ReportDocument(figures, narrative)));
        var reader = new ReportReader();

        var fromSimplified = reader.Read(Encoding.UTF8.GetBytes(simplified), "s.txt");
        var fromTraditional = reader.Read(Encoding.UTF8.GetBytes(ReportForms.Traditional(simplified)), "t.txt");

        Assert.NotEqual(simplified, ReportForms.Traditional(simplified));
        Assert.Equal(fromSimplified.ToJson(), fromTraditional.ToJson());
        Assert.Equal(ReportJsonWriter.Write(figures), ReportJsonWriter.Write(fromTraditional.Figures!));
    }

    [Fact]
    public void TraditionalAndSimplifiedVersionsOfRandomReportsGiveTheSameJson()
    {
        var reader = new ReportReader();
        for (var seed = 0; seed < 50; seed++)
        {
            var document = RoundTrip.Report(seed);
            var html = Application.AnnualReports.Export.Html.HtmlReportRenderer.RenderDocument(document);

            var fromSimplified = reader.Read(Encoding.UTF8.GetBytes(html), "s.html");
            var fromTraditional = reader.Read(Encoding.UTF8.GetBytes(ReportForms.Traditional(html)), "t.html");

            Assert.Equal(fromSimplified.ToJson(), fromTraditional.ToJson());
            Assert.Equal(fromSimplified.Text, fromTraditional.Text);
        }
    }

    [Fact]
    public void WithoutOpenCcTheSampleStillReadsBackToItsFigures()
    {
        var reader = new ReportReader(null, TableConverter.Instance);

        var result = reader.Read(File.ReadAllBytes(RepoFiles.SamplePath), "genhe.txt");

        var expected = ReportJsonReader.Read(File.ReadAllText(RepoFiles.DemoData("genhe-2020.json")));
        Assert.False(reader.UsesOpenCc);
        Assert.Equal(ReportJsonWriter.Write(expected), ReportJsonWriter.Write(result.Figures!));
        Assert.Contains(result.Findings, f => f.Rule == RuleCodes.ScriptFallback);
    }

    [Fact]
    public void WithoutOpenCcTraditionalRandomReportsReadFaithfully()
    {
        var reader = new ReportReader(null, TableConverter.Instance);
        var tally = new CellTally();
        for (var seed = 0; seed < 100; seed++)
        {
            var document = RoundTrip.Report(seed);
            var text = ReportForms.Traditional(TextForms.Pipe(ReportBlocks.Of(document)));
            var result = reader.Read(Encoding.UTF8.GetBytes(text), "t.txt");

            // The agency may keep a character the table converts differently from OpenCC; the figures may not.
            var figures = result.Figures!.Clone(agency: document.Figures.Agency);
            RoundTrip.AssertFaithful(document.Figures, result with { Figures = figures }, $"table seed {seed}", tally);
        }

        Assert.Equal(1.0, tally.Share);
    }

    [Fact]
    public void RadicalsThatPdfFontsPrintForCharactersReadAsThoseCharacters()
    {
        var reader = new ReportReader();
        for (var seed = 0; seed < 10; seed++)
        {
            var text = TextForms.Pipe(ReportBlocks.Of(RoundTrip.Report(seed)));
            var radicals = text.Replace('一', '\u2F00').Replace('二', '\u2F06').Replace('人', '\u2F08').Replace('行', '\u2F8F')
                .Replace('民', '\u2EA0').Replace('门', '\u2ED4');

            Assert.NotEqual(text, radicals);
            Assert.Equal(reader.Read(Encoding.UTF8.GetBytes(text), "s.txt").ToJson(), reader.Read(Encoding.UTF8.GetBytes(radicals), "r.txt").ToJson());
        }
    }

    [Fact]
    public void TheBuiltInTableCoversEveryCharacterOfTheTemplates()
    {
        var words = ReportTemplate.All.SelectMany(t =>
            t.Sections.Select(s => s.Heading)
                .Concat(t.Proactive.SelectMany(g => g.ColumnLabels.Append(g.Caption).Concat(g.Rows.Select(r => r.Label))))
                .Concat(t.ApplicationRows.Select(r => r.Label + r.Group))
                .Concat(t.ApplicantColumns).Concat(t.AppealColumns).Concat(t.AppealGroups.Select(g => g.Label + g.Parent)))
            .Concat([TemplateLabels.ApplicationsNote, TemplateLabels.ApplicantHeader, TemplateLabels.LegalPersonHeader, TemplateLabels.OutcomesHeader,
                TemplateLabels.ProactiveContentHeader, TemplateLabels.ReportTitleSuffix, "五、存在的问题及改进情况", "六、其他报告事项", "统计期限", "年度"])
            .Distinct().ToList();

        var wrong = words.Where(w => TableConverter.Instance.ToSimplified(ReportForms.Traditional(w)) != w)
            .Select(w => $"{w} → {ReportForms.Traditional(w)} → {TableConverter.Instance.ToSimplified(ReportForms.Traditional(w))}").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
