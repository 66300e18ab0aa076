using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Application.Documents.Xlsx;

/// <summary>The workbook's shared strings: each distinct label stored once, cells refer to it by index.</summary>
internal sealed class XlsxStringTable
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private int _references;

    public Cell Cell(string reference, string text, uint style)
    {
        if (!_index.TryGetValue(text, out var index))
        {
            index = _strings.Count;
            _index.Add(text, index);
            _strings.Add(text);
        }

        _references++;
        return new Cell { CellReference = reference, DataType = CellValues.SharedString, StyleIndex = style, CellValue = new CellValue(index) };
    }

    /// <summary>"A" for column 0, "AA" for column 26.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    public SharedStringTable Build() => new(_strings.Select(s => new SharedStringItem(new Text(s) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })))
    {
        Count = (uint)_references,
        UniqueCount = (uint)_strings.Count,
    };
}
