using System.Globalization;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Web.AnnualReports.Workbench;

/// <summary>
/// The workbench form, read back into figures. Every cell is an input named <c>cell:{path}</c> (<see cref="FindingsGrid.CellPrefix"/>); what
/// cannot be read as a number is kept as typed and reported at its cell, and then nothing is saved.
/// </summary>
public sealed class FigureForm
{
    private FigureForm(ReportFigures figures) => Figures = figures;

    public ReportFigures Figures { get; }

    /// <summary>Cells that are not numbers, by path, with the message shown at the cell.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>What was typed, by path, to show again when the form is refused.</summary>
    public Dictionary<string, string> Raw { get; } = new(StringComparer.Ordinal);

    public static FigureForm Parse(IFormCollection form, ReportTemplate template, int year, string agency)
    {
        var result = new FigureForm(new ReportFigures(template, year, agency));
        foreach (var cell in template.Cells.Where(c => !(c.Kind == CellKind.AmountWan && c.Row == "procurement")))
        {
            var typed = form[FindingsGrid.CellPrefix + cell.Path].ToString().Trim();
            result.Raw[cell.Path] = typed;
            if (cell.Kind == CellKind.AmountText)
            {
                result.Figures.SetProcurementAmount(typed.Length == 0 ? null : typed);
            }
            else if (typed.Length > 0)
            {
                var number = ParseNumber(typed);
                if (number is null)
                {
                    result.Errors[cell.Path] = cell.Kind == CellKind.AmountWan ? "请填写金额（万元），如 12.5" : "请填写数字，如 0、12";
                }

                result.Figures[cell] = number;
            }
        }

        return result;
    }

    /// <summary>"12", "１２", "1,234", "+5", "-3", "12.5"; anything else is not a number.</summary>
    public static decimal? ParseNumber(string text)
    {
        var normal = AmountReading.NormaliseWidth(text).Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return decimal.TryParse(normal, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    public static ReportNarrative ParseNarrative(IFormCollection form) => new()
    {
        Preamble = Text(form, nameof(ReportNarrative.Preamble)),
        OverviewProactive = Text(form, nameof(ReportNarrative.OverviewProactive)),
        OverviewOnRequest = Text(form, nameof(ReportNarrative.OverviewOnRequest)),
        OverviewManagement = Text(form, nameof(ReportNarrative.OverviewManagement)),
        OverviewPlatform = Text(form, nameof(ReportNarrative.OverviewPlatform)),
        OverviewSupervision = Text(form, nameof(ReportNarrative.OverviewSupervision)),
        Problems = Text(form, nameof(ReportNarrative.Problems)),
        OtherMatters = Text(form, nameof(ReportNarrative.OtherMatters)),
    };

    private static string Text(IFormCollection form, string name) =>
        form["n:" + name].ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
