using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Text;
using Gongkai.Reading.Solving;
using Gongkai.Reading.Text;

namespace Gongkai.Reading.Extraction;

/// <summary>
/// HTML, from a bare table to a whole portal page: block elements become lines, scripts and styles are
/// dropped, and each table becomes one line per row with its cells laid on the grid that rowspan and
/// colspan make (see <see cref="TableGrid"/>). A table that holds other tables is page layout: its
/// cells are read as blocks.
/// </summary>
internal static class HtmlExtractor
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "select", "option", "button", "input", "textarea", "head", "object", "canvas",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "header", "footer",
        "nav", "aside", "main", "blockquote", "pre", "hr", "form", "figure", "figcaption", "center", "address", "caption", "tr", "body",
    };

    public static ExtractedText Extract(string html, ReadLimits limits, ReadDeadline deadline)
    {
        var guard = new HtmlGuard(limits, deadline);
        using var document = Parser.ParseDocument<Document, Element>(new TextSource(html), guard.Consume);
        if (guard.TimedOut)
        {
            throw new ReadTimeoutException();
        }

        if (guard.Refusal is { } refusal)
        {
            throw new ExtractionException(refusal);
        }

        deadline.Check();
        var builder = new StringBuilder(html.Length / 2);
        if (document.Body is { } body)
        {
            Walk(body, builder, deadline, 0);
        }

        var heading = document.QuerySelectorAll("h1, h2, h3")
            .Select(h => Collapse(h.TextContent)).FirstOrDefault(t => t.Contains("年度报告", StringComparison.Ordinal) || t.Contains("年度報告", StringComparison.Ordinal));
        return new ExtractedText(builder.ToString(), heading, Collapse(document.Title ?? ""));
    }

    private static void Walk(INode node, StringBuilder text, ReadDeadline deadline, int depth)
    {
        if (depth > ReadLimits.MaxDepth * 2)
        {
            // The guard bounds the depth the tags imply; this bounds the tree actually built.
            throw new ExtractionException($"网页中的元素嵌套超过 {ReadLimits.MaxDepth} 层，不是正常的网页，未读取");
        }

        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    AppendInline(text, t.Data);
                    break;
                case IHtmlTableElement table:
                    deadline.Check();
                    Table(table, text, deadline, depth + 1);
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    NewLine(text);
                    Walk(element, text, deadline, depth + 1);
                    NewLine(text);
                    break;
                case IElement element:
                    Walk(element, text, deadline, depth + 1);
                    break;
            }
        }
    }

    private static void Table(IHtmlTableElement table, StringBuilder text, ReadDeadline deadline, int depth)
    {
        NewLine(text);
        if (table.QuerySelector("table") is not null)
        {
            // Layout table: read every cell as a block of the page.
            foreach (var cell in table.Rows.SelectMany(r => r.Cells))
            {
                NewLine(text);
                Walk(cell, text, deadline, depth + 1);
                NewLine(text);
            }

            return;
        }

        var grid = new TableGrid();
        foreach (var row in table.Rows)
        {
            grid.AddRow(row.Cells.Select(c => (Collapse(c.TextContent), Math.Max(1, c.RowSpan), Math.Max(1, c.ColumnSpan))));
        }

        grid.Write(text);
    }

    private static void AppendInline(StringBuilder text, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) && c != '\u3000')
            {
                if (text.Length > 0 && text[^1] is not (' ' or '\n'))
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c is '|' or '\t' or '｜' ? ' ' : c);
            }
        }
    }

    private static void NewLine(StringBuilder text)
    {
        while (text.Length > 0 && text[^1] == ' ')
        {
            text.Length--;
        }

        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }

    /// <summary>Cell text on one line: whitespace runs become one space; separators inside a cell are not separators.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u3000')
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c is '|' or '｜' or '\t' or CharClass.Sep ? ' ' : c);
            }
        }

        return builder.ToString().Trim();
    }
}
