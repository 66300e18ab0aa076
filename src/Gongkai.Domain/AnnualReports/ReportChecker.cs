namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// The arithmetic a report must satisfy by its own template (docs/checks.md: C1–C5) and the
/// value rules of C8. Pure: figures in, findings out. Blank cells are skipped by the sums, because a
/// sum over a blank is unknown, not wrong; <see cref="CheckOptions.FlagBlanks"/> reports them.
/// </summary>
public static class ReportChecker
{
    private const string TotalRow = "total";
    private static readonly string[] ColumnNames = [.. TemplateLabels.ApplicantColumns];

    public static List<Finding> Check(ReportFigures figures, CheckOptions? options = null)
    {
        options ??= CheckOptions.Default;
        var findings = new List<Finding>();
        CheckTemplateForYear(figures, findings);
        CheckValues(figures, findings, options);
        CheckColumnBalance(figures, findings);
        CheckSums(figures, findings);
        return findings;
    }

    private static void CheckTemplateForYear(ReportFigures figures, List<Finding> findings)
    {
        if (figures.Year < 2019)
        {
            findings.Add(Finding.Error("TEMPLATE", null, new UnsupportedReportYearException(figures.Year).Message));
            return;
        }

        var expected = ReportTemplate.ForYear(figures.Year);
        if (!ReferenceEquals(expected, figures.Template))
        {
            findings.Add(Finding.Error("TEMPLATE", "template",
                $"{figures.Year}年度报告应使用{expected.Id}年格式（{expected.Title}），而不是{figures.Template.Id}年格式"));
        }
    }

    /// <summary>C8: counts are non-negative whole numbers; 本年增/减 may be negative; amounts are amounts.</summary>
    private static void CheckValues(ReportFigures figures, List<Finding> findings, CheckOptions options)
    {
        foreach (var cell in figures.Template.Cells)
        {
            var value = figures[cell];
            if (value is { } huge && !ReportIntake.InRange(huge))
            {
                findings.Add(Finding.Error("C8", cell.Path, $"{cell.Label}：数值超出范围（绝对值不超过 {ReportIntake.MaxMagnitude:N0}）"));
                continue;
            }

            switch (cell.Kind)
            {
                case CellKind.Count when value is { } v && (v < 0 || v != decimal.Truncate(v)):
                    findings.Add(Finding.Error("C8", cell.Path, $"{cell.Label}：应为非负整数，填写的是 {Format(v)}"));
                    break;
                case CellKind.SignedCount when value is { } v && v != decimal.Truncate(v):
                    findings.Add(Finding.Error("C8", cell.Path, $"{cell.Label}：应为整数（可为负数），填写的是 {Format(v)}"));
                    break;
                case CellKind.AmountWan when value is < 0:
                    findings.Add(Finding.Error("C8", cell.Path, $"{cell.Label}：金额不能为负数，填写的是 {Format(value.Value)}"));
                    break;
                case CellKind.AmountText:
                    CheckAmountText(figures, cell, findings);
                    break;
            }

            if (options.FlagBlanks && cell.Kind != CellKind.AmountWan && figures.IsBlank(cell))
            {
                findings.Add(Finding.Warning("C8", cell.Path, $"{cell.Label}：未填写（没有数据的应填 0）"));
            }
        }
    }

    private static void CheckAmountText(ReportFigures figures, CellDef cell, List<Finding> findings)
    {
        var text = figures.Text(cell);
        if (text is null)
        {
            return;
        }

        var reading = AmountReading.Parse(text);
        var wanCell = figures.Template.ProactiveCell(cell.Row, "amount_wan");
        if (reading is null)
        {
            findings.Add(Finding.Error("C8", cell.Path, $"{cell.Label}：“{text}”不是金额，应写作如“343.98万元”或“251000元”"));
        }
        else if (reading.Unit is null)
        {
            findings.Add(Finding.Warning("C8", cell.Path, $"{cell.Label}：“{text}”未注明单位（元或万元）"));
        }
        else if (figures[wanCell] is { } wan && wan != reading.Wan)
        {
            findings.Add(Finding.Error("C8", wanCell.Path,
                $"{wanCell.Label}：{Format(wan)} 与所印金额“{text}”（折合 {Format(reading.Wan!.Value)} 万元）不一致"));
        }
    }

    /// <summary>C1 (printed in the template): 一 + 二 = 三（七）总计 + 四, per column; and C4's bound.</summary>
    private static void CheckColumnBalance(ReportFigures figures, List<Finding> findings)
    {
        for (var col = 0; col < ColumnNames.Length; col++)
        {
            if (figures.Application("new_received", col) is not { } received ||
                figures.Application("carried_over", col) is not { } carried ||
                figures.Application(TotalRow, col) is not { } total ||
                !ReportIntake.InRange(received) || !ReportIntake.InRange(carried) || !ReportIntake.InRange(total))
            {
                continue;
            }

            var where = CellPaths.Application(TotalRow, col);
            if (total > received + carried)
            {
                findings.Add(Finding.Error("C4", where,
                    $"{ColumnNames[col]}：三（七）总计 ({Format(total)}) 大于一+二 ({Format(received + carried)})；每件申请只能计入一种办理结果"));
            }

            if (figures.Application("carried_forward", col) is { } forward && ReportIntake.InRange(forward) && received + carried != total + forward)
            {
                findings.Add(Finding.Error("C1", where,
                    $"{ColumnNames[col]}：一+二 ({Format(received + carried)}) ≠ 三（七）总计 ({Format(total)}) + 四 ({Format(forward)})"));
            }
        }
    }

    /// <summary>C2, C3 and C5: every cell the template defines as a sum equals the sum of its parts.</summary>
    private static void CheckSums(ReportFigures figures, List<Finding> findings)
    {
        foreach (var rule in figures.Template.SumRules)
        {
            if (figures[rule.Total] is { } total && ReportIntake.InRange(total) && SumIfComplete(rule.Parts.Select(p => figures[p])) is { } sum && sum != total)
            {
                findings.Add(Finding.Error(rule.Rule, rule.Total.Path, $"{rule.Caption} ({Format(total)}) ≠ {rule.PartsName} ({Format(sum)})"));
            }
        }
    }

    /// <summary>The sum, or null when any part is blank (or out of range: reported by C8, never summed).</summary>
    internal static decimal? SumIfComplete(IEnumerable<decimal?> parts)
    {
        decimal sum = 0;
        foreach (var part in parts)
        {
            if (part is not { } value || !ReportIntake.InRange(value))
            {
                return null;
            }

            sum += value;
        }

        return sum;
    }

    /// <summary>A number as reports print it: no trailing zeros, no thousands separators.</summary>
    public static string Format(decimal value) => value.Normalise().ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Drops trailing zeros of a decimal (5.00 → 5).</summary>
    public static decimal Normalise(this decimal value) => value / 1.0000000000000000000000000000m;
}

/// <param name="FlagBlanks">Warn about blank cells (the workbench and <c>report check</c> do; a reader has its own findings).</param>
public sealed record CheckOptions(bool FlagBlanks)
{
    public static readonly CheckOptions Default = new(FlagBlanks: true);
}
