using Gongkai.Reading.Script;

namespace Gongkai.Reading.Tests;

/// <summary>The shared normaliser the catalog's search uses for documents and queries.</summary>
public sealed class ChineseTextTests
{
    [Theory]
    [InlineData("行政處罰決定書", "行政处罚决定书")]
    [InlineData("政府資訊公開", "政府资讯公开")]
    [InlineData("城管執法", "城管执法")]
    [InlineData("已经是简体", "已经是简体")]
    public void TraditionalBecomesSimplifiedWithOrWithoutOpenCc(string traditional, string simplified)
    {
        Assert.Equal(simplified, ChineseText.Default.ToSimplified(traditional));
        Assert.Equal(simplified, ChineseText.TableOnly.ToSimplified(traditional));
    }

    [Theory]
    [InlineData("ＧＢ／Ｔ　３７６６８—２０１９", "gb/t 37668-2019")]
    [InlineData("根政办发〔2024〕12号", "根政办发〔2024〕12号")]
    [InlineData("處罰ABC", "处罚abc")]
    public void SearchFormIsSimplifiedHalfWidthAndLowerCase(string text, string expected) =>
        Assert.Equal(expected, ChineseText.Default.ForSearch(text));

    [Fact]
    public void WidthNormalisationKeepsEveryOffset()
    {
        var random = new Random(7);
        for (var i = 0; i < 1000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)random.Next(0x20, 0xFFEF)).Where(c => !char.IsSurrogate(c)).ToArray());
            var normal = string.Concat(text.Select(ChineseText.NormaliseWidth));
            Assert.Equal(text.Length, normal.Length);
            Assert.DoesNotContain(normal, c => c is >= '\uFF01' and <= '\uFF5E');
        }
    }

    [Fact]
    public void SimplifiedAndTraditionalQueriesMeetInTheSearchForm() =>
        Assert.Equal(ChineseText.Default.ForSearch("處罰"), ChineseText.Default.ForSearch("处罚"));
}
