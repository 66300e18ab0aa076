using System.Globalization;
using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Solving;
using Gongkai.Reading.Text;

namespace Gongkai.Reading.Tables;

/// <summary>
/// Writes solved rows into the figures, with the reader's findings about each row, and keeps the fate of
/// every cell for the statistics. A cell is written only when read or uniquely recovered.
/// </summary>
internal sealed class FiguresSink(ReportFigures figures, NormalText text, long nodeBudget)
{
    private readonly Dictionary<int, CellFate> _fates = [];
    private int _dashes;

    public ReportFigures Figures { get; } = figures;

    public List<Finding> Findings { get; } = [];

    /// <summary>Rows left with cells null because several whole readings fit them: other evidence may settle them.</summary>
    public List<Audit.OpenRow> Open { get; } = [];

    /// <param name="bySums">True where the row's split was checked by sums (tables 三 and 四); table 二 has none.</param>
    public void Apply(RowSpec spec, string rowPath, SolvedRow row, ParsedRow? parsed, bool bySums = true)
    {
        var printed = parsed?.Printed ?? row.Printed ?? "";
        var recovered = new List<string>();
        for (var c = 0; c < spec.Cells.Count; c++)
        {
            var cell = spec.Cells[c];
            if (row.Fates[c] == CellFate.Missing && (parsed?.Layout == ValueLayout.Bad || (parsed?.Problem is not null && row.Values[c] is null && row.Dash[c] is false && row.Ends[c] > row.Starts[c])))
            {
                row.Fates[c] = CellFate.Unreadable;
            }

            _fates[cell.Index] = row.Fates[c];
            switch (row.Fates[c])
            {
                case CellFate.Read or CellFate.Recovered:
                    Write(cell, row, c);
                    if (row.Fates[c] == CellFate.Recovered)
                    {
                        recovered.Add(Format(row.Values[c]!.Value));
                    }

                    break;
                case CellFate.Ambiguous:
                    Findings.Add(Finding.Warning(row.Origin == RowOrigin.Placement ? RuleCodes.PlacementAmbiguous : RuleCodes.Ambiguous, cell.Path,
                        $"{cell.Label}：{Wording.Ambiguous(row.Origin, printed, bySums)}，此格无法确定（候选值：{Candidates(row.Candidates[c]!)}），未输出"));
                    break;
            }
        }

        if (row.Fates.Contains(CellFate.Ambiguous) && row.Options.Count > 1 && spec.Cells.All(c => c.Kind != CellKind.AmountText))
        {
            Open.Add(new Audit.OpenRow(rowPath, spec.Caption, spec.Cells, [.. row.Options.Select(o => o.Values)]));
        }

        if (recovered.Count > 0 && row.Origin != RowOrigin.Placement)
        {
            var which = recovered.Count == spec.Cells.Count ? $"为 {string.Join("、", recovered)}" : $"出 {recovered.Count} 个单元格，其余有多种可能";
            Findings.Add(row.Origin switch
            {
                RowOrigin.Stray => Finding.Info(RuleCodes.Stray, rowPath, $"{spec.Caption}：{Wording.Stray(printed, spec.Cells.Count)}，{(bySums ? "按勾稽关系" : "两端去掉一个数")}读{which}"),
                RowOrigin.Floated => Finding.Info(RuleCodes.Floated, rowPath, $"{spec.Caption}：此行少印一格（“{printed}”），表格上方单独印出的数放回此行，读{which}"),
                _ => Finding.Info(RuleCodes.Recovered, rowPath, $"{spec.Caption}：数字连写为“{printed}”，{Wording.How(row, bySums)}{which}"),
            });
        }

        if (row.Fates.Contains(CellFate.NoSplit))
        {
            Findings.Add(Finding.Warning(RuleCodes.NoSplit, rowPath, $"{spec.Caption}：{Wording.NoSplit(row.Origin, printed, spec.Cells.Count, bySums)}，未输出"));
        }

        if (row.Fates.Contains(CellFate.CutOff))
        {
            Findings.Add(Finding.Warning(RuleCodes.CutOff, rowPath,
                $"{spec.Caption}：数字连写为“{printed}”，可能的拆分过多，搜索在 {nodeBudget.ToString("N0", CultureInfo.InvariantCulture)} 步后停止，未输出"));
        }

        if (parsed?.Problem is { } problem)
        {
            Findings.Add(Finding.Warning(RuleCodes.BadRow, rowPath, $"{spec.Caption}：{problem}，未输出"));
        }
    }

    /// <summary>A row that could not be used at all (not found, no figures, unreadable).</summary>
    public void Unread(RowSpec spec, CellFate fate)
    {
        foreach (var cell in spec.Cells)
        {
            _fates[cell.Index] = fate;
        }
    }

    public void Note(Finding finding) => Findings.Add(finding);

    /// <summary>The closing notes (dashes read as zero) and the counts of cells read, unresolved and missing.</summary>
    public ReadStatistics Finish()
    {
        if (_dashes > 0)
        {
            Findings.Add(Finding.Info(RuleCodes.DashAsZero, null, $"{_dashes} 个单元格印为“—”“-”“/”或“无”，按 0 读入"));
        }

        int read = 0, unresolved = 0, missing = 0;
        foreach (var cell in Figures.Template.Cells.Where(c => !IsDerived(c)))
        {
            switch (_fates.GetValueOrDefault(cell.Index, CellFate.Missing))
            {
                case CellFate.Read or CellFate.Recovered:
                    read++;
                    break;
                case CellFate.Missing:
                    missing++;
                    break;
                default:
                    unresolved++;
                    break;
            }
        }

        return new ReadStatistics(read, unresolved, missing);
    }

    private void Write(CellDef cell, SolvedRow row, int c)
    {
        _dashes += row.Dash[c] ? 1 : 0;
        if (cell.Kind == CellKind.AmountText)
        {
            // 采购总金额 keeps its printed text (unit included) and derives amount_wan from it.
            Figures.SetProcurementAmount(text.Simplified[row.Starts[c]..row.Ends[c]].Trim());
        }
        else
        {
            Figures[cell] = row.Values[c];
        }
    }

    private static bool IsDerived(CellDef cell) => cell.Kind == CellKind.AmountWan && cell.Field == "amount_wan" && cell.Row == "procurement";

    private static string Candidates(List<decimal> values) =>
        values.Count <= 5 ? string.Join("、", values.Select(Format)) : $"{string.Join("、", values.Take(5).Select(Format))} 等 {values.Count} 种";

    private static string Format(decimal value) => value.Normalise().ToString(CultureInfo.InvariantCulture);
}
