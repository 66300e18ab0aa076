using Gongkai.Application.AnnualReports.Export;
using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Tests.Rendering;
using Gongkai.TestSupport;
using Xunit.Abstractions;

namespace Gongkai.Reading.Tests;

/// <summary>
/// Issue 10 §5: rows of table 二 whose digits ran together and split several ways alone are settled by
/// the identities between neighbouring years (2019: 上一年项目数量 + 本年增/减; 2021: 现行有效 +
/// 制发 − 废止; carry-over) and by the report's own prose — only where exactly one split survives.
/// </summary>
public sealed class CrossYearSettlementTests(ITestOutputHelper output)
{
    private readonly ReportReader _reader = new();

    [Fact]
    public void LastYearsDocumentsInForceSettleTheOneSplitThatFits()
    {
        var (earlier, later) = Pair2021(inForceBefore: 30, issued: 12, repealed: 4);

        var alone = Read(later, "run-together");
        var audited = SeriesAudit.Audit([Read(earlier, "html"), alone]);

        Assert.Null(alone.Figures!["proactive.normative_documents.issued"]);
        Assert.Equal([12m, 4m, 38m], Documents(audited[1]));
        var note = Assert.Single(audited[1].Findings, f => f.Rule == RuleCodes.Settled && f.Where == "proactive.normative_documents");
        Assert.Equal(FindingSeverity.Info, note.Severity);
        Assert.Contains("2021年度", note.Message, StringComparison.Ordinal);
        Assert.Contains(" 30", note.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(audited[1].Findings, f => f.Rule == RuleCodes.Ambiguous && f.Where!.StartsWith("proactive.normative_documents", StringComparison.Ordinal));
        Assert.Equal(alone.Stats.CellsRead + 3, audited[1].Stats.CellsRead);
        // The reader's own results are not changed: the audit works on copies.
        Assert.Null(alone.Figures["proactive.normative_documents.issued"]);
    }

    [Fact]
    public void WhereTwoSplitsFitTheIdentityTheCellsStayNull()
    {
        // “11110” after 0 in force: 11 issued, 1 repealed, 10 in force — or 11, 11 and 0. Both fit.
        var (earlier, later) = Pair2021(inForceBefore: 0, issued: 11, repealed: 1);

        var audited = SeriesAudit.Audit([Read(earlier, "html"), Read(later, "run-together")]);

        Assert.Equal([null, null, null], Documents(audited[1]));
        Assert.DoesNotContain(audited[1].Findings, f => f.Rule == RuleCodes.Settled && f.Where == "proactive.normative_documents");
        Assert.Contains(audited[1].Findings, f => f.Rule == RuleCodes.Ambiguous && f.Where == "proactive.normative_documents.in_force");
    }

    [Fact]
    public void NextYearsItemsSettleTheChangeOf2019()
    {
        var earlier = RandomReports.Valid(new Random(3), 2019, "某县交通运输局");
        var later = RandomReports.Valid(new Random(4), 2020, "某县交通运输局");
        Set(earlier, "proactive.licensing", ("prev_items", 10), ("change", 2), ("decisions", 5));
        Set(later, "proactive.licensing", ("prev_items", 12));

        var alone = Read(earlier, "run-together");
        var audited = SeriesAudit.Audit([alone, Read(later, "pipe")]);

        Assert.Null(alone.Figures!["proactive.licensing.change"]);
        Assert.Equal([10m, 2m, 5m], new[] { "prev_items", "change", "decisions" }.Select(f => audited[0].Figures!.Proactive("licensing", f)));
        Assert.Contains(audited[0].Findings, f => f.Rule == RuleCodes.Settled && f.Where == "proactive.licensing" && f.Message.Contains("2020年度", StringComparison.Ordinal));
    }

    [Fact]
    public void TheReportsOwnProseSettlesASplit()
    {
        var (_, later) = Pair2021(inForceBefore: 30, issued: 12, repealed: 4);

        // “12438” with 12 issued still reads 12, 4, 38 or 12, 43, 8: the prose must say enough.
        var partly = ReadWithProse(later, "本年制发行政规范性文件12件，全部按规定公开。");
        var fully = ReadWithProse(later, "本年制发行政规范性文件12件，废止行政规范性文件4件。");

        Assert.Equal([null, null, null], Documents(partly));
        Assert.Equal([12m, 4m, 38m], Documents(fully));
        Assert.Contains(fully.Findings, f => f.Rule == RuleCodes.Settled && f.Message.Contains("本年制发行政规范性文件12件", StringComparison.Ordinal));
    }

    private ReadResult ReadWithProse(ReportFigures figures, string prose)
    {
        var (bytes, name) = ReportForms.Render("run-together", new ReportDocument(figures, new ReportNarrative { OverviewProactive = prose }), new Random(1));
        return _reader.Read(bytes, name);
    }

    /// <summary>
    /// A row of table 三 left open (its sums allow two readings): a total the prose states in the template's
    /// words (“本年新收政府信息公开申请N件”) settles it where exactly one reading has that total, and not
    /// where both do or none does.
    /// </summary>
    [Theory]
    [InlineData(12, true)]
    [InlineData(7, false)]
    [InlineData(99, false)]
    public void AStatedTotalSettlesAnOpenRowOfTableThree(int stated, bool settles)
    {
        var figures = RandomReports.Valid(new Random(8), 2022);
        var cells = figures.Template.Cells.Where(c => c.Row == "new_received").OrderBy(c => c.Column).ToList();
        cells.ForEach(c => figures[c] = null);
        decimal[][] readings = [[5, 0, 0, 0, 0, 7, 12], [0, 0, 0, 0, 0, 7, 7], [7, 0, 0, 0, 0, 0, 7]];
        var open = new Audit.OpenRow("applications.new_received", "一、本年新收政府信息公开申请数量", cells, readings);
        var text = Text.NormalText.Build($"本年新收政府信息公开申请{stated}件。", Script.ChineseScript.Converter);
        var settling = new Audit.Settling(figures, [open], []);

        Audit.Settlement.Apply([settling], [.. Audit.Identities.Stated(figures, 0, Domain.AnnualReports.Prose.StatedFigures.Find(text.Norm))]);

        Assert.Equal(settles ? 5m : null, figures.Application("new_received", 0));
        Assert.Equal(settles ? 7 : 0, settling.SettledCells);
        Assert.Equal(settles, settling.Findings.Any(f => f.Rule == RuleCodes.Settled && f.Message.Contains($"本年新收政府信息公开申请{stated}件", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Random series of one agency whose years agree (carry-over, items, documents in force), every other
    /// year printed run together: after the audit no cell is wrong, and rows were settled.
    /// </summary>
    [Fact]
    public void RandomSeriesSettleWithoutAWrongNumber()
    {
        var settled = 0;
        var tally = new CellTally();
        for (var seed = 0; seed < 60; seed++)
        {
            var random = new Random(seed);
            var first = 2019 + random.Next(0, 5);
            var years = new List<ReportFigures> { RandomReports.Valid(random, first, $"第{seed}局") };
            for (var y = first + 1; y < first + 3; y++)
            {
                years.Add(Next(random, years[^1], y));
            }

            var results = years.Select((f, i) => Read(f, (seed + i) % 2 == 0 ? "run-together" : "html")).ToList();
            var audited = SeriesAudit.Audit(results);

            for (var i = 0; i < years.Count; i++)
            {
                RoundTrip.AssertFaithful(years[i], audited[i], $"series seed {seed} year {years[i].Year}", tally);
                settled += audited[i].Findings.Count(f => f.Rule == RuleCodes.Settled);
            }
        }

        output.WriteLine($"{settled} rows settled across years; {tally}");
        Assert.True(settled >= 10, $"{settled} rows settled");
    }

    private ReadResult Read(ReportFigures figures, string form)
    {
        var (bytes, name) = ReportForms.Render(form, new ReportDocument(figures, new ReportNarrative { OverviewProactive = "全面推进政务公开。" }), new Random(figures.Year));
        return _reader.Read(bytes, name);
    }

    private static decimal?[] Documents(ReadResult result) =>
        [.. new[] { "issued", "repealed", "in_force" }.Select(f => result.Figures!.Proactive("normative_documents", f))];

    private static (ReportFigures Earlier, ReportFigures Later) Pair2021(int inForceBefore, int issued, int repealed)
    {
        var earlier = RandomReports.Valid(new Random(1), 2021, "某县交通运输局");
        var later = RandomReports.Valid(new Random(2), 2022, "某县交通运输局");
        Set(earlier, "proactive.normative_documents", ("in_force", inForceBefore));
        Set(later, "proactive.normative_documents", ("issued", issued), ("repealed", repealed), ("in_force", inForceBefore + issued - repealed));
        return (earlier, later);
    }

    private static void Set(ReportFigures figures, string row, params (string Field, decimal Value)[] cells)
    {
        foreach (var (field, value) in cells)
        {
            figures[$"{row}.{field}"] = value;
        }
    }

    /// <summary>The report of the year after <paramref name="previous"/>, agreeing with it where consecutive years must.</summary>
    private static ReportFigures Next(Random random, ReportFigures previous, int year)
    {
        var next = RandomReports.Valid(random, year, previous.Agency);
        for (var c = 0; c < 6; c++)
        {
            var carried = previous.Application("carried_forward", c)!.Value;
            var forward = next.Application("carried_forward", c)!.Value;
            var received = next.Application("total", c)!.Value + forward - carried;
            forward -= Math.Min(0, received);
            next[CellPaths.Application("carried_over", c)] = carried;
            next[CellPaths.Application("carried_forward", c)] = forward;
            next[CellPaths.Application("new_received", c)] = Math.Max(0, received);
        }

        foreach (var row in new[] { "new_received", "carried_over", "carried_forward" })
        {
            next[CellPaths.Application(row, 6)] = Enumerable.Range(0, 6).Sum(c => next.Application(row, c)!.Value);
        }

        if (previous.Template.Id == "2019" && next.Template.Id == "2019")
        {
            foreach (var row in next.Template.ProactiveRows.Where(r => r.Fields.Any(f => f.Key == "change")).Select(r => r.Key))
            {
                var before = previous.Proactive(row, "prev_items")!.Value;
                previous[CellPaths.Proactive(row, "change")] = Math.Max(previous.Proactive(row, "change")!.Value, -before);
                next[CellPaths.Proactive(row, "prev_items")] = before + previous.Proactive(row, "change")!.Value;
            }
        }

        if (previous.Template.Id == "2021" && next.Template.Id == "2021")
        {
            foreach (var row in new[] { "rules", "normative_documents" })
            {
                var repealed = Math.Min(next.Proactive(row, "repealed")!.Value, previous.Proactive(row, "in_force")!.Value + next.Proactive(row, "issued")!.Value);
                next[CellPaths.Proactive(row, "repealed")] = repealed;
                next[CellPaths.Proactive(row, "in_force")] = previous.Proactive(row, "in_force")!.Value + next.Proactive(row, "issued")!.Value - repealed;
            }
        }

        return next;
    }
}
