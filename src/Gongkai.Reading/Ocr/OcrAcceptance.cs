using System.Globalization;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Reading.Ocr;

/// <summary>
/// The rule for figures read by OCR: a number is kept only where the tables' arithmetic confirms it. A cell
/// is confirmed when at least one of the identities it takes part in (C2 and C3 in table 三, C1 between its
/// rows, C5 in table 四) has every cell read and holds, and none of them fails. Cells of a failing identity
/// are dropped, which can leave others unconfirmed, so this repeats until nothing changes. Table 二 has no
/// identities: none of its OCR'd figures is kept. Dropped cells are null with an R18 finding that gives the
/// reading. The report's own rule findings are then checked again on what was kept.
/// </summary>
internal static class OcrAcceptance
{
    public static ParsedReport Apply(ParsedReport parsed, IReadOnlyList<int> pages)
    {
        if (parsed.Figures is not { } figures)
        {
            return parsed;
        }

        var identities = Identities(figures.Template);
        var dropped = new Dictionary<CellDef, string>();
        bool changed;
        do
        {
            changed = false;
            foreach (var cell in figures.Template.Cells.Where(c => !dropped.ContainsKey(c) && Read(figures, c)))
            {
                var mine = identities.Where(i => i.Plus.Contains(cell) || i.Minus.Contains(cell)).ToList();
                var complete = mine.Where(i => i.Plus.Concat(i.Minus).All(c => Read(figures, c) && !dropped.ContainsKey(c))).ToList();
                if (complete.Count == 0 || complete.Exists(i => i.Plus.Sum(c => figures[c]!.Value) != i.Minus.Sum(c => figures[c]!.Value)))
                {
                    dropped[cell] = Show(figures, cell);
                    changed = true;
                }
            }
        }
        while (changed);

        foreach (var cell in dropped.Keys)
        {
            figures[cell] = null;
            figures.SetText(cell, null);
        }

        var findings = parsed.Findings.Where(f => !f.Rule.StartsWith('C')).ToList();
        findings.Add(Finding.Info(RuleCodes.Ocr, null, $"第 {string.Join("、", pages)} 页没有文字层（扫描件），经文字识别（OCR）读取；识别的数字只在勾稽关系能核实时输出"));
        foreach (var (cell, reading) in dropped.OrderBy(d => d.Key.Index))
        {
            findings.Add(Finding.Warning(RuleCodes.OcrUnconfirmed, cell.Path, cell.Section == CellSection.Proactive
                ? $"{cell.Label}：文字识别为“{reading}”，本表没有勾稽关系可以核实，未输出"
                : $"{cell.Label}：文字识别为“{reading}”，勾稽关系无法核实（可能识别有误，也可能报告本身的数字不符），未输出"));
        }

        findings.AddRange(ReportParser.OwnChecks(figures, parsed.Text));
        var moved = dropped.Keys.Count(c => !(c.Kind == CellKind.AmountWan && c.Field == "amount_wan" && c.Row == "procurement"));
        var stats = parsed.Stats with { CellsRead = parsed.Stats.CellsRead - moved, CellsUnresolved = parsed.Stats.CellsUnresolved + moved };
        return parsed with { Findings = findings, Stats = stats };
    }

    private static bool Read(ReportFigures figures, CellDef cell) => cell.Kind == CellKind.AmountText ? figures.Text(cell) is not null : figures[cell] is not null;

    private static string Show(ReportFigures figures, CellDef cell) =>
        cell.Kind == CellKind.AmountText ? figures.Text(cell)! : figures[cell]!.Value.Normalise().ToString(CultureInfo.InvariantCulture);

    /// <summary>Every identity of the template as cells added on each side: C2, C3, C5 (total = parts) and C1 (一 + 二 = 三（七） + 四).</summary>
    private static List<(CellDef[] Plus, CellDef[] Minus)> Identities(ReportTemplate template)
    {
        var identities = template.SumRules.Select(r => (r.Parts.ToArray(), new[] { r.Total })).ToList();
        for (var column = 0; column < template.ApplicantColumns.Count; column++)
        {
            identities.Add((
                [template.ApplicationCell("new_received", column), template.ApplicationCell("carried_over", column)],
                [template.ApplicationCell("total", column), template.ApplicationCell("carried_forward", column)]));
        }

        return identities;
    }
}
