using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Application.Documents.Xlsx;

/// <summary>
/// The workbook's stylesheet: the fonts, the two default fills Excel requires, a thin border for the
/// table and one cell format per kind of cell. The constants are the cellXfs indices.
/// </summary>
internal static class XlsxStyles
{
    public const uint Default = 0;
    public const uint Title = 1;
    public const uint Heading = 2;
    public const uint Header = 3;
    public const uint Label = 4;
    public const uint Figure = 5;

    /// <summary>The face Chinese Excel used by default for years; LibreOffice substitutes a Song (serif) face.</summary>
    private const string Face = "宋体";

    public static Stylesheet Build() => new(
        new Fonts(
            Font(11, bold: false),
            Font(16, bold: true),
            Font(12, bold: true),
            Font(11, bold: true))
        { Count = 4 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            Format(font: 1, border: 0, HorizontalAlignmentValues.Left, wrap: false),
            Format(font: 2, border: 0, HorizontalAlignmentValues.Left, wrap: false),
            Format(font: 3, border: 1, HorizontalAlignmentValues.Center, wrap: true),
            Format(font: 0, border: 1, HorizontalAlignmentValues.Left, wrap: true),
            Format(font: 0, border: 1, HorizontalAlignmentValues.Center, wrap: true))
        { Count = 6 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 },
        new DifferentialFormats { Count = 0 },
        new TableStyles { Count = 0, DefaultTableStyle = "TableStyleMedium2", DefaultPivotStyle = "PivotStyleLight16" });

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(
            new FontSize { Val = size },
            new FontName { Val = Face },
            new FontFamilyNumbering { Val = 3 },
            new FontCharSet { Val = 134 });
        return font;
    }

    private static CellFormat Format(uint font, uint border, HorizontalAlignmentValues horizontal, bool wrap) => new(
        new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = wrap ? BooleanValue.FromBoolean(true) : null })
    {
        NumberFormatId = 0,
        FontId = font,
        FillId = 0,
        BorderId = border,
        FormatId = 0,
        ApplyFont = true,
        ApplyBorder = border != 0,
        ApplyAlignment = true,
    };
}
