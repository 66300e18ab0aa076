using Gongkai.Domain.AnnualReports;
using Gongkai.TestSupport;

namespace Gongkai.Domain.Tests.AnnualReports;

public sealed class ReportJsonTests
{
    [Theory]
    [InlineData(2020)]
    [InlineData(2021)]
    public void WritingThenReadingGivesTheSameFigures(int year)
    {
        var random = new Random(year);
        for (var i = 0; i < 50; i++)
        {
            var figures = RandomReports.Valid(random, year, agency: "某市“城管”局");
            var json = ReportJsonWriter.Write(figures);
            var back = ReportJsonReader.Read(json);
            Assert.True(figures.SameAs(back));
            Assert.Equal(json, ReportJsonWriter.Write(back));
        }
    }

    [Fact]
    public void TheCanonicalShapeHasTheDocumentedKeysAndArrays()
    {
        var json = ReportJsonWriter.Write(ReportFigures.Zero(2021, "某局"));
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(["template", "year", "agency", "proactive", "applications", "appeals"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2021", root.GetProperty("template").GetString());
        Assert.Equal(7, root.GetProperty("applications").GetProperty("other_no_fee").GetArrayLength());
        Assert.Equal(5, root.GetProperty("appeals").GetProperty("litigation_after_reconsideration").GetArrayLength());
        Assert.Equal(0, root.GetProperty("proactive").GetProperty("fees").GetProperty("amount_wan").GetDecimal());
        Assert.Contains("\"agency\": \"某局\"", json);
    }

    [Fact]
    public void UnknownKeysMissingRowsAndWrongTypesAreAllReportedWithTheirPaths()
    {
        var json = ReportJsonWriter.Write(ReportFigures.Zero(2021))
            .Replace("\"granted\": [0, 0, 0, 0, 0, 0, 0],", "")
            .Replace("\"appeals\": {", "\"colour\": \"red\",\n  \"appeals\": {")
            .Replace("\"partially_granted\": [0, 0, 0, 0, 0, 0, 0]", "\"partially_granted\": [0, \"abc\", 0, 0, 0, 0, 0]")
            .Replace("\"reconsideration\": [0, 0, 0, 0, 0]", "\"reconsideration\": [0, 0, 0, 0]");

        var ex = Assert.Throws<ReportJsonException>(() => ReportJsonReader.Read(json));

        var paths = ex.Problems.Select(p => p.Path).ToList();
        Assert.Contains("$.colour", paths);
        Assert.Contains("$.applications.granted", paths);
        Assert.Contains("$.applications.partially_granted[1]", paths);
        Assert.Contains("$.appeals.reconsideration", paths);
        Assert.Contains(ex.Problems, p => p.Message.Contains("缺少模板中的行“（一）予以公开”"));
        Assert.Contains(ex.Problems, p => p.Message.Contains("应为整数或 null，实际为 \"abc\""));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"template\": \"2030\", \"year\": 2020}")]
    [InlineData("{\"template\": \"2019\", \"year\": \"2020\"}")]
    public void DocumentsThatAreNotReportsAreRefused(string json) =>
        Assert.NotEmpty(Assert.Throws<ReportJsonException>(() => ReportJsonReader.Read(json)).Problems);

    [Fact]
    public void NegativeAndFractionalCountsAreReadSoTheCheckCanPointAtThem()
    {
        var json = ReportJsonWriter.Write(ReportFigures.Zero(2021)).Replace("\"granted\": [0, 0", "\"granted\": [-2, 0.5");
        var figures = ReportJsonReader.Read(json);
        Assert.Equal(-2, figures["applications.granted[0]"]);
        Assert.Equal(2, ReportChecker.Check(figures).Count(f => f.Rule == "C8"));
    }
}
