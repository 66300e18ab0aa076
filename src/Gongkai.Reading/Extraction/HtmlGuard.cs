using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using Gongkai.Reading.Solving;

namespace Gongkai.Reading.Extraction;

/// <summary>
/// Watches AngleSharp's tokens as it parses and stops it (a clean end of file) where a page would cost too
/// much: more elements than <see cref="ReadLimits.MaxHtmlElements"/>, nesting deeper than
/// <see cref="ReadLimits.MaxDepth"/>, or the deadline passed. The tree builder's work per tag grows with
/// the depth of open elements, so 100,000 nested &lt;div&gt; took it 40 s; stopped at 256 it takes
/// milliseconds. The depth is the one the tags imply: void elements do not open, an end tag closes back to
/// its element, and the elements whose end tag may be left out (p, li, td, tr, option…) close their own
/// kind, as the HTML parser does. <see cref="HtmlExtractor"/> still checks the depth of the tree it walks.
/// </summary>
internal sealed class HtmlGuard(ReadLimits limits, ReadDeadline deadline)
{
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>Start tags that close an open &lt;p&gt; (block elements).</summary>
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "li", "dd", "dt",
    };

    /// <summary>Elements an implied end of &lt;p&gt; does not reach past (its “button scope”).</summary>
    private static readonly string[] ParagraphScope = ["html", "table", "td", "th", "caption", "button", "template", "object", "marquee", "applet"];

    private static readonly string[] TableScope = ["html", "table", "template"];

    private readonly List<string> _open = [];
    private int _tokens;
    private int _elements;

    /// <summary>Why parsing was stopped, or null.</summary>
    public string? Refusal { get; private set; }

    public bool TimedOut { get; private set; }

    public TokenConsumptionResult Consume(ref StructHtmlToken token, TokenConsumer next)
    {
        if ((++_tokens & 0x3FF) == 0 && deadline.IsPast)
        {
            TimedOut = true;
            return TokenConsumptionResult.Stop;
        }

        if (token.Type == HtmlTokenType.StartTag)
        {
            if (++_elements > limits.MaxHtmlElements)
            {
                Refusal = $"网页中的元素超过 {limits.MaxHtmlElements:N0} 个（由文件大小上限推算），不像是一份年度报告，未读取";
                return TokenConsumptionResult.Stop;
            }

            Open(token.Name.ToString(), token.IsSelfClosing);
            if (_open.Count > ReadLimits.MaxDepth)
            {
                Refusal = $"网页中的元素嵌套超过 {ReadLimits.MaxDepth} 层，不是正常的网页，未读取";
                return TokenConsumptionResult.Stop;
            }
        }
        else if (token.Type == HtmlTokenType.EndTag)
        {
            var at = _open.LastIndexOf(token.Name.ToString());
            if (at >= 0)
            {
                _open.RemoveRange(at, _open.Count - at);
            }
        }

        next(ref token);
        return TokenConsumptionResult.Continue;
    }

    private void Open(string name, bool selfClosing)
    {
        if (Void.Contains(name) || selfClosing)
        {
            return;
        }

        if (ClosesParagraph.Contains(name))
        {
            CloseOpen(["p"], ParagraphScope);
        }

        switch (name)
        {
            case "li":
                CloseOpen(["li"], ["html", "ul", "ol", "table", "td", "th"]);
                break;
            case "dt" or "dd":
                CloseOpen(["dt", "dd"], ["html", "dl", "table", "td", "th"]);
                break;
            case "td" or "th":
                CloseOpen(["td", "th"], ["html", "tr", "table", "template"]);
                break;
            case "tr":
                CloseOpen(["tr"], TableScope);
                break;
            case "tbody" or "thead" or "tfoot":
                CloseOpen(["tbody", "thead", "tfoot"], TableScope);
                break;
            case "option" or "optgroup":
                CloseOpen(["option"], ["html", "select", "datalist"]);
                break;
        }

        _open.Add(name);
    }

    /// <summary>Closes the nearest open element named <paramref name="names"/> (and all above it), unless a boundary comes first.</summary>
    private void CloseOpen(string[] names, string[] boundaries)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (Array.IndexOf(names, _open[i]) >= 0)
            {
                _open.RemoveRange(i, _open.Count - i);
                return;
            }

            if (Array.IndexOf(boundaries, _open[i]) >= 0)
            {
                return;
            }
        }
    }
}
