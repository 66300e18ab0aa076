using Gongkai.Domain.Catalog;

namespace Gongkai.Domain.Tests.Catalog;

/// <summary>索引号 templates: the national default and the variants seen on live catalogs (domain.md §5.2).</summary>
public sealed class IndexNumberTemplateTests
{
    [Theory]
    [InlineData(IndexNumberTemplate.Default, "035210000", "2025-03-04", 16, "035210000/2025-00016")]
    [InlineData("{code}/{yyyymm}-{seq:5}", "11341702486344515H", "2021-10-08", 13, "11341702486344515H/202110-00013")]
    [InlineData("{code}-{yyyy}-{seq:6}", "01527918X", "2020-06-30", 153077, "01527918X-2020-153077")]
    [InlineData("{code}/{yyyy}-{seq:5}", "0142768-8", "2022-01-01", 185, "0142768-8/2022-00185")]
    public void EachFormOfTheLiveCatalogsIsWrittenAsTheyWriteIt(string template, string code, string date, int sequence, string expected) =>
        Assert.Equal(expected, IndexNumberTemplate.Parse(template).Format(code, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), sequence));

    [Fact]
    public void TheSequenceRestartsEachYearOrMonthTheTemplateNames()
    {
        var date = new DateOnly(2024, 5, 17);
        Assert.Equal("2024", IndexNumberTemplate.Parse(IndexNumberTemplate.Default).PeriodOf(date));
        Assert.Equal("202405", IndexNumberTemplate.Parse("{code}/{yyyymm}-{seq:5}").PeriodOf(date));
        Assert.Equal("", IndexNumberTemplate.Parse("GH-{seq:8}").PeriodOf(date));
    }

    [Fact]
    public void RandomSequencesWriteDistinctNumbersOfTheTemplatesWidth()
    {
        var random = new Random(20261130);
        var template = IndexNumberTemplate.Parse("{code}/{yyyy}-{seq:5}");
        var sequences = Enumerable.Range(0, 500).Select(_ => random.Next(1, template.MaxSequence + 1)).Distinct().ToList();

        var numbers = sequences.Select(s => template.Format("000014349", new DateOnly(2026, 1, 1), s)).ToList();

        Assert.Equal(sequences.Count, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.Equal(20, n.Length));
    }

    [Theory]
    [InlineData("", "不能为空")]
    [InlineData("{code}/{yyyy}", "{seq:N}")]
    [InlineData("{code}/{seq:5}-{seq:5}", "{seq:N}")]
    [InlineData("{code}/{yyyy}-{seq:2}", "3 至 8")]
    [InlineData("{code}/{year}-{seq:5}", "{year}")]
    [InlineData("{code}/{yyyy}{yyyymm}-{seq:5}", "只能含一个")]
    [InlineData("{code}/{yyyy} {seq:5}", "字母、数字")]
    [InlineData("{code}/{yyyy}-{seq:5", "{seq:N}")]
    [InlineData("{code}}/{yyyy}-{seq:5}", "字母、数字")]
    public void ABadTemplateIsRefusedWithWhatIsWrong(string template, string expected)
    {
        var refusal = Assert.Throws<RefusedException>(() => IndexNumberTemplate.Parse(template));
        Assert.Contains(expected, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASequenceBeyondTheWidthIsRefusedNotWrapped()
    {
        var template = IndexNumberTemplate.Parse("{code}/{yyyy}-{seq:3}");
        Assert.Equal("A/2026-999", template.Format("A", new DateOnly(2026, 1, 1), 999));
        var refusal = Assert.Throws<RefusedException>(() => template.Format("A", new DateOnly(2026, 1, 1), 1000));
        Assert.Contains("2026年", refusal.Message, StringComparison.Ordinal);
    }
}
