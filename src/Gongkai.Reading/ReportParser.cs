using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Audit;
using Gongkai.Domain.AnnualReports.Prose;
using Gongkai.Reading.Script;
using Gongkai.Reading.Solving;
using Gongkai.Reading.Structure;
using Gongkai.Reading.Tables;
using Gongkai.Reading.Text;

namespace Gongkai.Reading;

/// <summary>What the parser made of a report's text, before the facade adds the file's name and format.</summary>
internal sealed record ParsedReport(
    ReadOutcome Outcome, ReportFigures? Figures, IReadOnlyList<Finding> Findings, ReadStatistics Stats,
    string? Title, ReportText Text, string? Message, int? Year, string? Agency)
{
    public IReadOnlyList<StatedFigure> Stated { get; init; } = [];

    public IReadOnlyList<OpenRow> Open { get; init; } = [];
}

/// <summary>
/// From normalised text to figures: headings, title, template, the three tables located by their
/// labels, figures split where they ran together, then the structure findings and the report's own
/// rule breaches (ReportChecker, blanks not flagged: the reader reports those itself).
/// </summary>
internal static class ReportParser
{
    public static ParsedReport Parse(NormalText normal, string? titleHint, string? fallbackTitle, IScriptConverter script, ReadLimits limits, ReadDeadline deadline)
    {
        var text = new SegmentedText(normal);
        deadline.Check();
        var headings = Headings.Find(text);
        var firstHeading = headings.Where(h => h is not null).Select(h => h!.Value.Start).DefaultIfEmpty(normal.Norm.Length).Min();
        var title = TitleReader.Read(normal, titleHint, fallbackTitle, firstHeading);
        var shape = TemplateDetector.Detect(text);
        var narrative = Narrative.Extract(normal, headings);
        var year = title.Year ?? title.PeriodYear ?? (title.PreambleYears.Count == 1 ? title.PreambleYears[0] : null);
        var signals = title.Title is not null || headings.Count(h => h is not null) >= 3;
        // The statistics period says which year the figures are of; before 2019 there was no national template.
        var dataYear = title.PeriodYear ?? year;
        var templateTables = shape.Score2019 + shape.Score2021 >= 2;
        if ((dataYear <= 2018 && (signals || shape.HasTemplateTables)) || shape.LooksPre2019 || (shape.OldStructure && !(templateTables && dataYear >= 2019)))
        {
            return OldFormat(normal, title, narrative, year, dataYear);
        }

        if (!shape.HasTemplateTables)
        {
            return signals
                ? Unread(ReadOutcome.Failed, title, narrative, year, "找到了年度报告的标题或章节，但没有找到统计表（二、三、四部分的表格），无法读取数字")
                : Unread(ReadOutcome.NotAReport, title, narrative, year, "文件中没有找到政府信息公开工作年度报告的标题、章节或统计表，不是年度报告");
        }

        if (year is not { } reportYear)
        {
            return Unread(ReadOutcome.Failed, title, narrative, null, "无法确定报告年度：标题、统计期限和开头段落中都没有找到年份");
        }

        var template = shape.Template ?? (reportYear >= 2019 ? ReportTemplate.ForYear(reportYear) : ReportTemplate.ById("2019")!);
        var figures = new ReportFigures(template, reportYear, title.Agency);
        var findings = new List<Finding>();
        StructureFindings.Add(findings, headings, title, reportYear, shape.Template ?? template);
        if (normal.HadTraditional && !script.IsOpenCc)
        {
            findings.Add(Finding.Info(RuleCodes.ScriptFallback, null, "未安装 OpenCC（libopencc），繁体字按内置字表逐字转换为简体"));
        }

        var sink = new FiguresSink(figures, normal, limits.SolverNodeBudget);
        TableReading.Read(text, headings, sink, limits, deadline);
        var stats = sink.Finish();
        findings.AddRange(sink.Findings);

        // Figures the opening sections state settle rows the tables leave open (issue 10 §5).
        var prose = headings[1]?.Start ?? headings[2]?.Start ?? firstHeading;
        var stated = Stated(normal, 0, Math.Max(prose, 0), reportYear);
        var settling = new Settling(figures, sink.Open, findings);
        Settlement.Apply([settling], [.. Identities.Stated(figures, 0, stated)]);
        settling.Findings.AddRange(OwnChecks(figures, narrative));
        return new ParsedReport(ReadOutcome.Read, figures, settling.Findings, settling.Adjust(stats), title.Title, narrative, null, reportYear, title.Agency)
        {
            Stated = stated,
            Open = settling.Open,
        };
    }

    /// <summary>
    /// A report of 2018 or before, or one laid out as under the 2008 条例 (概述 … 政府信息公开情况统计表):
    /// never forced into a template. What it states with one certain meaning (applications received, in
    /// its prose or its 统计表) is reported as such; statements that disagree are noted and left out.
    /// </summary>
    private static ParsedReport OldFormat(NormalText normal, TitleInfo title, ReportText narrative, int? year, int? dataYear)
    {
        var conflicts = new List<string>();
        var stated = Stated(normal, 0, normal.Norm.Length, dataYear, conflicts);
        var which = dataYear is { } y ? $"{y}年度" : "2019年度以前";
        var message = dataYear >= 2019
            ? $"这份{which}报告使用2019年以前的旧格式（概述、收费及减免情况、政府信息公开情况统计表等），不是国办公开办函〔2019〕60号或〔2021〕30号格式，不按模板读取表格"
            : $"这是{which}的年度报告，使用2019年以前的旧格式：2019年度起才有统一的年度报告格式（国办公开办函〔2019〕60号），不按模板读取表格";
        message += stated.Count > 0 ? $"；读取了标题、年度、机关和意思明确的 {stated.Count} 个数字（{string.Join("、", stated.Select(f => $"{f.Label} {ReportChecker.Format(f.Value)}{f.Unit}"))}）" : "；只读取了标题、年度和机关";
        return Unread(ReadOutcome.Pre2019, title, narrative, year, message) with
        {
            Stated = stated,
            Findings = [.. conflicts.Select(c => Finding.Info(RuleCodes.StatedConflict, null, $"报告中对同一数字的说法不一，未采用：{c}"))],
        };
    }

    /// <summary>
    /// The report's own breaches: C1–C5 and C8 (blanks not flagged: the reader reports those itself) and C12,
    /// figures its sections 一, 五 and 六 state that the tables contradict.
    /// </summary>
    internal static IEnumerable<Finding> OwnChecks(ReportFigures figures, ReportText narrative) =>
        ReportChecker.Check(figures, new CheckOptions(FlagBlanks: false)).Where(f => f.Rule != "TEMPLATE")
            .Concat(ProseChecks.Check(figures, narrative.Parts));

    /// <summary>The figures stated between two offsets, found in the normalised text and quoted as printed.</summary>
    internal static List<StatedFigure> Stated(NormalText text, int from, int to, int? year, List<string>? conflicts = null) =>
        StatedFigures.Find(text.Norm[from..to], year, text.Simplified[from..to], conflicts);

    private static ParsedReport Unread(ReadOutcome outcome, TitleInfo title, ReportText narrative, int? year, string message) =>
        new(outcome, null, [], ReadStatistics.None, title.Title, narrative, message, year, title.Agency);
}
