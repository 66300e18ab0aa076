using System.Globalization;
using System.Text;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Tests.Rendering;
using Gongkai.TestSupport;

namespace Gongkai.Reading.Tests;

/// <summary>
/// Issue 10 §1 by example: the very lines of the issue, a layout where two placements of the figure rows
/// both fit (cells null, the candidates named), and a table with a column the template does not have.
/// The generated forms of every kind are in <see cref="RoundTripTests"/>.
/// </summary>
public sealed class MisalignedLayoutTests
{
    private readonly ReportReader _reader = new();

    [Theory]
    [InlineData(3)]
    [InlineData(11)]
    [InlineData(27)]
    public void TheIssuesOwnLinesReadWithoutAWrongNumber(int seed)
    {
        var figures = RandomReports.Valid(new Random(seed), 2022, "某县交通运输局");
        figures["proactive.normative_documents.issued"] = 12;
        var document = new ReportDocument(figures, Narratives.Random(new Random(seed)));

        var result = _reader.Read(Encoding.UTF8.GetBytes(Spaced(document, IssueTable三(figures), Floated二(figures))), "converted.txt");

        var tally = new CellTally();
        RoundTrip.AssertFaithful(figures, result, $"issue lines seed {seed}", tally);
        Assert.All(figures.Template.Cells.Where(c => c.Section == CellSection.Applications), c => Assert.Equal(figures[c], result.Figures![c]));
        Assert.Contains(result.Findings, f => f.Rule == RuleCodes.Placed && f.Where == "applications");
        // 12（其中修订 5 件）floated above table 二: its row lacks a cell, and the 12 is among the candidates of every cell left open.
        var issued = result.Findings.SingleOrDefault(f => f.Where == "proactive.normative_documents.issued");
        Assert.True(result.Figures!["proactive.normative_documents.issued"] == 12 || issued is { Rule: "R2" } && issued.Message.Contains("12", StringComparison.Ordinal),
            string.Join("\n", result.Findings.Select(f => $"{f.Rule} {f.Where} {f.Message}")));
    }

    [Fact]
    public void WhereTwoPlacementsFitTheCellsAreNullAndTheCandidatesNamed()
    {
        var figures = Figures2021(licensing: 5, penalty: 7, coercion: 3);

        // A page number (12) among three figure rows that left their labels: any one of four lines may be it.
        var result = _reader.Read(Encoding.UTF8.GetBytes(Spaced(new ReportDocument(figures, new ReportNarrative()), null, Drifted二(figures, pageNumber: "12"))), "converted.txt");

        Assert.Equal(figures["proactive.rules.in_force"], result.Figures!["proactive.rules.in_force"]);
        foreach (var (row, candidates) in new[] { ("licensing", "“5”或“7”"), ("penalty", "“7”或“3”"), ("coercion", "“3”或“12”") })
        {
            Assert.Null(result.Figures.Proactive(row, "decisions"));
            Assert.Contains(result.Findings, f => f.Rule == RuleCodes.PlacementAmbiguous && f.Where == $"proactive.{row}.decisions" && f.Message.Contains(candidates, StringComparison.Ordinal));
        }

        Assert.Contains(result.Findings, f => f.Rule == RuleCodes.Placed && f.Message.Contains("种对应方式都符合", StringComparison.Ordinal));
    }

    [Fact]
    public void WhereOnePlacementFitsTheRowsAreRead()
    {
        var figures = Figures2021(licensing: 5, penalty: 7, coercion: 3);

        var result = _reader.Read(Encoding.UTF8.GetBytes(Spaced(new ReportDocument(figures, new ReportNarrative()), null, Drifted二(figures, pageNumber: null))), "converted.txt");

        Assert.Equal([5m, 7m, 3m], new[] { "licensing", "penalty", "coercion" }.Select(r => result.Figures!.Proactive(r, "decisions")));
        Assert.Contains(result.Findings, f => f.Rule == RuleCodes.Placed && f.Message.Contains("只有一种对应方式符合", StringComparison.Ordinal));
    }

    /// <summary>
    /// A 法人或其他组织 subtotal column added to table 三 gives every row a figure more. Were it taken for a
    /// stray, an agency whose only legal-person applicant is 其他 would have the subtotal pass the row's
    /// sum in 商业企业's place: a wrong number. It is an extra column, and the rows are not read.
    /// </summary>
    [Fact]
    public void AColumnTheTemplateDoesNotHaveIsNoStray()
    {
        var tally = new CellTally();
        for (var seed = 0; seed < 30; seed++)
        {
            var figures = RandomReports.Valid(new Random(seed), 2019 + (seed % 7));
            foreach (var row in figures.Template.ApplicationRows)
            {
                var other = figures.Application(row.Key, 5);
                figures.SetApplicationRow(row.Key, 0, 0, 0, 0, 0, other, other);
            }

            var blocks = ReportBlocks.Of(new ReportDocument(figures, new ReportNarrative()));
            var i = blocks.FindIndex(b => b is TableBlock { Key: "applications" });
            var table = (TableBlock)blocks[i];
            blocks[i] = table with { Rows = [.. table.Rows.Select(WithSubtotal)] };

            var result = _reader.Read(Encoding.UTF8.GetBytes(TextForms.Pipe(blocks)), "subtotal.txt");

            RoundTrip.AssertFaithful(figures, result, $"subtotal seed {seed}", tally);
            Assert.Contains(result.Findings, f => f.Rule == RuleCodes.BadRow && f.Message.Contains("多出一列", StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// Rows the template does not have (a 小计 under （三）不予公开, an item 行政征收 in table 二), in
    /// tables whose labels and figure rows came apart: the placement leaves their figures out.
    /// </summary>
    [Fact]
    public void RowsTheTemplateLacksAreLeftOutOfAPlacement()
    {
        var tally = new CellTally();
        var placed = 0;
        for (var seed = 0; seed < 100; seed++)
        {
            var document = RoundTrip.Report(seed);
            var blocks = ReportBlocks.Of(document);
            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i] is TableBlock table && table.Key != "appeals")
                {
                    blocks[i] = table with { Rows = WithExtraRow(table) };
                }
            }

            var result = _reader.Read(Encoding.UTF8.GetBytes(MisalignedText.Render(blocks, new Random(seed), ReportForms.Misaligned["floating-labels"])), "converted.txt");

            RoundTrip.AssertFaithful(document.Figures, result, $"extra rows seed {seed}", tally);
            placed += result.Findings.Count(f => f.Rule == RuleCodes.Placed);
        }

        Assert.True(tally.ArithmeticShare >= 0.99, tally.ToString());
        Assert.True(placed >= 100, $"{placed} tables placed");
    }

    /// <summary>A row after the third data row, with figures like its neighbours': a subtotal of the rows above in table 三.</summary>
    private static List<IReadOnlyList<PrintedCell>> WithExtraRow(TableBlock table)
    {
        var rows = table.Rows.ToList();
        var data = rows.Select((r, i) => (r, i)).Where(x => x.r.Any(c => c.IsFigure)).ToList();
        var (after, at) = data[Math.Min(3, data.Count - 1)];
        var figures = after.Where(c => c.IsFigure).ToList();
        var cells = table.Key == "applications"
            ? [new PrintedCell("（三）不予公开小计", 1, false), .. Enumerable.Range(0, figures.Count).Select(c => new PrintedCell(ReportChecker.Format(data.Take(4).Sum(x => decimal.Parse(x.r.Where(p => p.IsFigure).ElementAt(c).Text, CultureInfo.InvariantCulture))), 1, true))]
            : new List<PrintedCell> { new("行政征收", 1, false) }.Concat(figures.Select(f => f with { Text = "7" })).ToList();
        rows.Insert(at + 1, cells);
        return rows;
    }

    private static IReadOnlyList<PrintedCell> WithSubtotal(IReadOnlyList<PrintedCell> row)
    {
        var figures = row.Where(c => c.IsFigure).ToList();
        if (figures.Count != 7)
        {
            return row;
        }

        var subtotal = figures.Skip(1).Take(5).Sum(c => decimal.Parse(c.Text, CultureInfo.InvariantCulture));
        var cells = row.ToList();
        cells.Insert(cells.IndexOf(figures[0]) + 1, new PrintedCell(ReportChecker.Format(subtotal), 1, true));
        return cells;
    }

    private static ReportFigures Figures2021(int licensing, int penalty, int coercion)
    {
        var figures = RandomReports.Valid(new Random(5), 2022, "某县交通运输局");
        figures["proactive.licensing.decisions"] = licensing;
        figures["proactive.penalty.decisions"] = penalty;
        figures["proactive.coercion.decisions"] = coercion;
        figures["proactive.fees.amount_wan"] = 327.44m;
        return figures;
    }

    private static string Row(ReportFigures figures, string key) =>
        string.Join("  ", Enumerable.Range(0, 7).Select(c => ReportChecker.Format(figures.Application(key, c)!.Value)));

    private static string Cells(ReportFigures figures, string row) =>
        string.Join(" ", figures.Template.ProactiveRows.First(r => r.Key == row).VisibleFields.Select(f => ReportChecker.Format(figures.Proactive(row, f.Key)!.Value)));

    /// <summary>Table 三 printed with the lines issue 10 quotes, figure rows away from their labels, footers and a stray page number.</summary>
    private static List<string> IssueTable三(ReportFigures f) =>
    [
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况",
        "自然人 法人或其他组织 总计",
        "商业企业 科研机构 社会公益组织 法律服务机构 其他",
        $"一、本年新收政府信息公开申请数量 {Row(f, "new_received")}",
        $"二、上年结转政府信息公开申请数量 {Row(f, "carried_over")}",
        $"三、本年度办理结果 （一）予以公开 {Row(f, "granted")}",
        $"（二）部分公开（区分处理的，只计这一情形，不计其他情形） {Row(f, "partially_granted")}",
        $"（三）不1.属于国家秘密 {Row(f, "withheld_state_secret")}",
        "予公开2.其他法律行政法规禁",
        Row(f, "withheld_prohibited_by_law"),
        "止公开",
        $"3.危及“三安全一稳定” {Row(f, "withheld_three_safety")}",
        "— 4 —",
        $"4.保护第三方合法权益 {Row(f, "withheld_third_party")}",
        "5.属于三类内部事务信息",
        $"6.属于四类过程性信息 {Row(f, "withheld_internal_affairs")}",
        Row(f, "withheld_process_info"),
        $"7.属于行政执法案卷 {Row(f, "withheld_enforcement_files")} 12",
        $"8.属于行政查询事项 {Row(f, "withheld_query_matters")}",
        $"1.本机关不掌握相关政府信息 {Row(f, "unable_not_held")}",
        "（四）无2.没有现成信息需要另",
        $"法提供行制作 {Row(f, "unable_needs_creation")}",
        $"3.补正后申请内容仍不明确 {Row(f, "unable_unclear_after_correction")}",
        "-3-",
        Row(f, "not_processed_petition"),
        Row(f, "not_processed_repeated"),
        Row(f, "not_processed_publication"),
        "（五）不予处理1.信访举报投诉类申请",
        "2.重复申请",
        "3.要求提供公开出版物",
        $"4.无正当理由大量反复申请 {Row(f, "not_processed_mass_repeated")}",
        $"5.要求行政机关确认或重新出具已获取信息 {Row(f, "not_processed_reconfirmation")}",
        $"（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 {Row(f, "other_no_correction")}",
        $"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 {Row(f, "other_no_fee")}",
        $"3.其他 {Row(f, "other_other")}",
        $"（七）总计 {Row(f, "total")}",
        $"四、结转下年度继续办理 {Row(f, "carried_forward")}",
    ];

    /// <summary>Table 二 of 2021 with the two-line cell of issue 10 (“12（其中修订 5 件）”) above it, its row a cell short.</summary>
    private static List<string> Floated二(ReportFigures f)
    {
        var normative = Cells(f, "normative_documents").Split(' ');
        return
        [
            "12（其中修订",
            "5 件）",
            "第二十条第（一）项",
            "信息内容 本年制发件数 本年废止件数 现行有效件数",
            $"规章 {Cells(f, "rules")}",
            $"行政规范性文件 {normative[1]} {normative[2]}",
            .. Tail二(f),
        ];
    }

    /// <summary>Table 二 of 2021 whose one-figure rows floated below their labels, with a page number among them or not.</summary>
    private static List<string> Drifted二(ReportFigures f, string? pageNumber) =>
    [
        "第二十条第（一）项",
        "信息内容 本年制发件数 本年废止件数 现行有效件数",
        $"规章 {Cells(f, "rules")}",
        $"行政规范性文件 {Cells(f, "normative_documents")}",
        "第二十条第（五）项",
        "信息内容 本年处理决定数量",
        "行政许可",
        "第二十条第（六）项",
        "信息内容 本年处理决定数量",
        "行政处罚",
        "行政强制",
        Cells(f, "licensing"),
        Cells(f, "penalty"),
        Cells(f, "coercion"),
        .. pageNumber is null ? Array.Empty<string>() : [pageNumber],
        "第二十条第（八）项",
        "信息内容 本年收费金额（单位：万元）",
        $"行政事业性收费 {Cells(f, "fees")}",
    ];

    private static List<string> Tail二(ReportFigures f) =>
    [
        "第二十条第（五）项",
        "信息内容 本年处理决定数量",
        $"行政许可 {Cells(f, "licensing")}",
        "第二十条第（六）项",
        "信息内容 本年处理决定数量",
        $"行政处罚 {Cells(f, "penalty")}",
        $"行政强制 {Cells(f, "coercion")}",
        "第二十条第（八）项",
        "信息内容 本年收费金额（单位：万元）",
        $"行政事业性收费 {Cells(f, "fees")}",
    ];

    /// <summary>The report as PDF-to-text gives it (cells split by spaces), with tables 二 and 三 replaced where given.</summary>
    private static string Spaced(ReportDocument document, List<string>? table三, List<string>? table二)
    {
        var text = new StringBuilder();
        foreach (var block in ReportBlocks.Of(document))
        {
            var lines = block switch
            {
                Heading h => [h.Text],
                Paragraph p => [p.Text],
                TableBlock { Key: "applications" } when table三 is not null => table三,
                TableBlock { Key: "proactive" } when table二 is not null => table二,
                TableBlock t => t.Rows.Select(r => string.Join("  ", r.Select(c => c.Text))).ToList(),
                _ => [],
            };
            lines.ForEach(l => text.Append(l).Append('\n'));
        }

        return text.ToString();
    }
}
