namespace Gongkai.Domain.AnnualReports;

public enum CellSection { Proactive, Applications, Appeals }

/// <summary>
/// One cell of the canonical JSON. <see cref="Path"/> is the key path of report-data.md that findings
/// cite in <c>where</c>: <c>proactive.rules.made</c>, <c>applications.total[6]</c>, <c>appeals.reconsideration[4]</c>.
/// </summary>
/// <param name="Index">Position in <see cref="ReportTemplate.Cells"/>; values are stored by it.</param>
/// <param name="Row">Row key (table 二 and 三) or group key (table 四).</param>
/// <param name="Field">Field key in table 二; null elsewhere.</param>
/// <param name="Column">Column index in tables 三 and 四; -1 in table 二.</param>
/// <param name="Label">Where the cell is, in the template's Chinese words.</param>
public sealed record CellDef(int Index, string Path, CellKind Kind, CellSection Section, string Row, string? Field, int Column, string Label);

/// <summary>Builds the key paths of report-data.md.</summary>
public static class CellPaths
{
    public static string Proactive(string row, string field) => $"proactive.{row}.{field}";
    public static string Application(string row, int column) => $"applications.{row}[{column}]";
    public static string Appeal(string group, int column) => $"appeals.{group}[{column}]";
}
