using Gongkai.Application.Documents.Xlsx;

namespace Gongkai.Application.Reading.Supervision;

/// <summary>The dashboard as a workbook: the same columns and rows, in the order shown.</summary>
public static class SupervisionWorkbook
{
    public const string SheetName = "监督看板";

    public static byte[] Write(string title, IReadOnlyList<SupervisionRow> rows) =>
        XlsxList.Write(title, SheetName, [.. SupervisionRow.Columns.Select(c => c.Header)], rows.Select(r => r.Values()));
}
