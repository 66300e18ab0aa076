using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Tests.Rendering;

namespace Gongkai.Reading.Tests;

/// <summary>How printed figures are read: dashes, blanks, widths, separators, units, encodings, item numbers.</summary>
public sealed partial class ValueReadingTests
{
    private readonly ReportReader _reader = new();

    [Theory]
    [InlineData("—")]
    [InlineData("-")]
    [InlineData("/")]
    [InlineData("无")]
    public void ADashOrSlashForZeroIsReadAsZeroAndNoted(string mark)
    {
        var document = RoundTrip.Report(10);
        var text = ZeroCell().Replace(Pipe(document), $"| {mark} |");

        var result = Read(text);

        Assert.Equal(ReportJsonWriter.Write(document.Figures), ReportJsonWriter.Write(result.Figures!));
        Assert.Contains(result.Findings, f => f.Rule == RuleCodes.DashAsZero);
    }

    [Fact]
    public void ABlankCellIsNullNotZero()
    {
        var text = Pipe(RoundTrip.Report(12)).Replace("行政强制 | ", "行政强制 |  ", StringComparison.Ordinal);
        var line = text.Split('\n').First(l => l.StartsWith("行政强制", StringComparison.Ordinal));
        var blanked = text.Replace(line, Regex.Replace(line, @"^行政强制 \|\s+\S+ \|", "行政强制 |  |"), StringComparison.Ordinal);

        var result = Read(blanked);

        Assert.Null(result.Figures!.Proactive("coercion", result.Figures.Template.Id == "2019" ? "prev_items" : "decisions"));
        Assert.True(result.Stats.CellsMissing >= 1);
    }

    [Fact]
    public void FullWidthDigitsAndThousandsSeparatorsAreRead()
    {
        var document = RoundTrip.Report(14);
        var text = Regex.Replace(Pipe(document), @"(?<=\| )(\d{4,})(?= \|)", m => long.Parse(m.Value, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture));
        var wide = new string([.. text.Select(c => c is >= '0' and <= '9' ? (char)(c + 0xFEE0) : c)]);

        var result = Read(wide);

        // 采购总金额 keeps its text exactly as printed (full-width, separators); its amount is the same.
        var figures = result.Figures!.Clone();
        if (figures.Template.TryGetCell("proactive.procurement.amount_text", out var amount))
        {
            Assert.Equal(document.Figures["proactive.procurement.amount_wan"], figures["proactive.procurement.amount_wan"]);
            figures.SetProcurementAmount(document.Figures.Text(amount));
        }

        Assert.Equal(ReportJsonWriter.Write(document.Figures), ReportJsonWriter.Write(figures));
    }

    [Fact]
    public void Gb18030TextIsDecoded()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var document = RoundTrip.Report(16);

        var result = _reader.Read(Encoding.GetEncoding(54936).GetBytes(Pipe(document)), "gbk.txt");

        Assert.Equal(ReportJsonWriter.Write(document.Figures), ReportJsonWriter.Write(result.Figures!));
    }

    [Fact]
    public void AProcurementAmountInYuanKeepsItsTextAndConverts()
    {
        var document = RoundTrip.Report(18);
        var printed = document.Figures.Text(document.Figures.Template.ProactiveCell("procurement", "amount_text"))!;

        var result = Read(Pipe(document).Replace(printed, "251000元", StringComparison.Ordinal));

        Assert.Equal("251000元", result.Figures!.Text(result.Figures.Template.ProactiveCell("procurement", "amount_text")));
        Assert.Equal(25.1m, result.Figures.Proactive("procurement", "amount_wan"));
    }

    [Theory]
    [InlineData("pipe")]
    [InlineData("markdown")]
    [InlineData("run-together")]
    public void AUnitOfMoneyAfterASpaceIsTheAmountsUnit(string form)
    {
        var document = RoundTrip.Report(18);
        var cell = document.Figures.Template.ProactiveCell("procurement", "amount_text");
        var blocks = ReportBlocks.Of(document);
        var text = form switch
        {
            "pipe" => TextForms.Pipe(blocks),
            "markdown" => TextForms.Markdown(blocks),
            _ => TextForms.RunTogether(blocks, new Random(18), 0),
        };

        var result = Read(text.Replace(document.Figures.Text(cell)!, "343.98 万元", StringComparison.Ordinal));

        Assert.Equal("343.98 万元", result.Figures!.Text(cell));
        Assert.Equal(343.98m, result.Figures.Proactive("procurement", "amount_wan"));
        Assert.DoesNotContain(result.Findings, f => f.Where == cell.Path);
        Assert.Equal(document.Figures.Proactive("procurement", "items"), result.Figures.Proactive("procurement", "items"));
    }

    [Fact]
    public void RunTogetherItemNumbersWithoutTheirDotStillRead()
    {
        var tally = new CellTally();
        for (var seed = 0; seed < 60; seed++)
        {
            var document = RoundTrip.Report(seed);
            var text = ItemNumber().Replace(TextForms.RunTogether(ReportBlocks.Of(document), new Random(seed), 0), "$1");
            RoundTrip.AssertFaithful(document.Figures, Read(text), $"no dots seed {seed}", tally);
        }

        Assert.True(tally.ArithmeticShare > 0.9, tally.ToString());
    }

    [Fact]
    public void InSpacedTextAShortRowIsBlanksNotRunTogetherDigits()
    {
        var document = RoundTrip.Report(20);
        var text = LineBrokenText.Render(ReportBlocks.Of(document), new Random(1));
        var line = text.Split('\n').First(l => l.StartsWith("行政许可", StringComparison.Ordinal));
        var shortened = text.Replace(line, line.TrimEnd()[..line.TrimEnd().LastIndexOf(' ')].TrimEnd() + (document.Figures.Template.Id == "2019" ? "" : " "), StringComparison.Ordinal);

        var result = Read(shortened);

        var licensing = result.Figures!.Template.ProactiveRows.First(r => r.Key == "licensing");
        if (licensing.VisibleFields.Count() > 1)
        {
            Assert.All(licensing.VisibleFields, f => Assert.Null(result.Figures.Proactive("licensing", f.Key)));
            Assert.Contains(result.Findings, f => f.Rule == RuleCodes.BadRow && f.Where == "proactive.licensing");
        }
    }

    [Fact]
    public void AnHtmlTableWithShortRowsKeepsItsColumns()
    {
        var document = RoundTrip.Report(22);
        var html = Application.AnnualReports.Export.Html.HtmlReportRenderer.RenderDocument(document);
        // The last figure of the 一、本年新收 row (总计) is dropped from the markup: a short row.
        var row = Regex.Match(html, "<tr><td colspan=\"3\" class=\"gk-label\">一、本年新收政府信息公开申请数量</td>.*?</tr>").Value;
        var shortRow = Regex.Replace(row, "<td[^>]*data-path=\"applications.new_received\\[6\\]\"[^>]*>[^<]*</td>", "");

        var result = _reader.Read(Encoding.UTF8.GetBytes(html.Replace(row, shortRow, StringComparison.Ordinal)), "r.html");

        Assert.Null(result.Figures!.Application("new_received", 6));
        Assert.Equal(document.Figures.Application("new_received", 5), result.Figures.Application("new_received", 5));
    }

    private static string Pipe(Gongkai.Application.AnnualReports.Export.ReportDocument document) => TextForms.Pipe(ReportBlocks.Of(document));

    private ReadResult Read(string text) => _reader.Read(Encoding.UTF8.GetBytes(text), "r.txt");

    [GeneratedRegex(@"\| 0 \|")]
    private static partial Regex ZeroCell();

    [GeneratedRegex(@"(\d)\.(?=[\u4E00-\u9FFF])")]
    private static partial Regex ItemNumber();
}
