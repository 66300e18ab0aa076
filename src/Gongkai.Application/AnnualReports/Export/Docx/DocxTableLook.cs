using Gongkai.Domain.AnnualReports.Layout;

namespace Gongkai.Application.AnnualReports.Export.Docx;

/// <summary>
/// How one official table is set on the page: its column widths (the label columns of 二 and 三 wider,
/// the figure columns sharing the rest of the text width), its font size, the header rows that
/// repeat when it breaks across pages, and whether each captioned group (第二十条第（一）项 …) keeps
/// its rows on one page.
/// </summary>
internal sealed record DocxTableLook(IReadOnlyList<int> Widths, int HalfPoints, int RepeatedHeaderRows, bool KeepGroupsTogether = false)
{
    /// <summary>The text width of A4 with 公文 margins: 11906 − 1587 − 1474 twips.</summary>
    public const int TextWidth = 8845;

    /// <summary>五号 10.5pt, and 小五 9pt for the fifteen columns of table 四.</summary>
    private const int Wuhao = 21;
    private const int XiaoWu = 18;

    public static DocxTableLook For(ReportTable table) => table.Key switch
    {
        // 信息内容 and the row labels (规章 … 政府集中采购), then three figure columns.
        "proactive" => new(Share(table.ColumnCount, [2845]), Wuhao, 0, KeepGroupsTogether: true),
        // 三、本年度办理结果 (narrow, it runs down 20+ rows), the groups （三）…（六）, the leaf labels; seven figures.
        "applications" => new(Share(table.ColumnCount, [460, 1260, 2400]), Wuhao, 3),
        "appeals" => new(Share(table.ColumnCount, []), XiaoWu, 0),
        _ => new(Share(table.ColumnCount, []), Wuhao, 0),
    };

    /// <summary>The width a cell needs from <paramref name="column"/> over <paramref name="span"/> grid columns.</summary>
    public int Span(int column, int span) => Widths.Skip(column).Take(span).Sum();

    /// <summary>Fixed label widths first; the figure columns share what is left evenly, to the twip.</summary>
    private static int[] Share(int columns, int[] labels)
    {
        var figures = columns - labels.Length;
        var rest = TextWidth - labels.Sum();
        return [.. labels, .. Enumerable.Range(0, figures).Select(i => rest / figures + (i < rest % figures ? 1 : 0))];
    }
}
