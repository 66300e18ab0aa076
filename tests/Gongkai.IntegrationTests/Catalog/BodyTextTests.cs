using System.Net;
using System.Text;
using Gongkai.Application.Catalog.Items;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>The parser-free text of a sanitised body (search excerpts) is the parser's text, on generated bodies.</summary>
public sealed class BodyTextTests
{
    [Fact]
    public void TheQuickTextOfASanitisedBodyIsTheParsersText()
    {
        var random = new Random(83);
        string[] words = ["城市管理", "处罚 决定", "A&B", "x < y", "5 > 3", "“引号”", "'单引号'", "\"双引号\"", "\u00a0空格\u00a0", "第一条", "&amp;已转义"];
        string Words() => string.Join(random.Next(2) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 5)).Select(_ => WebUtility.HtmlEncode(words[random.Next(words.Length)])));
        string Inline() => random.Next(6) switch
        {
            0 => $"<strong>{Words()}</strong>",
            1 => $"<a href=\"/catalog/items/{random.Next(99)}\" title=\"a&gt;b {WebUtility.HtmlEncode(words[random.Next(words.Length)])}\">{Words()}</a>",
            2 => $"{Words()}<br>{Words()}",
            3 => $"<em>{Words()}</em>",
            _ => Words(),
        };
        string Block(int depth) => random.Next(depth > 2 ? 3 : 7) switch
        {
            0 => $"<p>{Inline()}{Inline()}</p>",
            1 => $"<h{random.Next(1, 7)}>{Inline()}</h{random.Next(1, 7)}>",
            2 => $"<p style=\"text-align:right\">{Inline()}<br/>{Words()}</p>",
            3 => $"<ul>{string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => $"<li>{Inline()}</li>"))}</ul>",
            4 => $"<table><tr><td>{Words()}</td><td>{Inline()}</td></tr><tr><th>{Words()}</th></tr></table>",
            5 => $"<div>{Block(depth + 1)}{Inline()}{Block(depth + 1)}</div>",
            _ => Inline(),
        };

        for (var i = 0; i < 300; i++)
        {
            var body = new StringBuilder();
            for (var b = random.Next(1, 6); b > 0; b--)
            {
                body.Append(Block(0));
            }

            var html = BodyHtml.Sanitise(body.ToString());
            Assert.Equal(BodyHtml.Text(html), BodyText.Of(html));
        }

        Assert.Equal("", BodyText.Of(null));
        Assert.Equal("甲\n乙", BodyText.Of(BodyHtml.Sanitise("<p>甲</p><p>乙</p>")));
    }
}
