using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Application.AnnualReports.Export.Docx;

/// <summary>
/// The 公文 typefaces (GB/T 9704): 小标宋 title, 黑体 section headings, 楷体 part headings, 仿宋 body.
/// Few machines outside government offices have the 方正/GB2312 fonts, so the font table gives each
/// the name of the common Windows face (altName) with its GB2312 charset and family, which Word uses
/// to substitute. LibreOffice on Linux ignores these and asks fontconfig, which without aliases for
/// these names picks the default CJK face (Noto Sans CJK SC on the reference machine).
/// </summary>
internal sealed record DocxFont(string EastAsia, int HalfPoints, bool Bold = false)
{
    public const string Title = "方正小标宋简体";
    public const string Body = "仿宋_GB2312";
    public const string Heading = "黑体";
    public const string Part = "楷体_GB2312";

    /// <summary>Digits and Latin letters, as 公文 set them.</summary>
    public const string Latin = "Times New Roman";

    /// <summary>二号 22pt.</summary>
    public static readonly DocxFont TitleRun = new(Title, 44);

    /// <summary>三号 16pt.</summary>
    public static readonly DocxFont BodyRun = new(Body, 32);

    public static readonly DocxFont HeadingRun = new(Heading, 32);
    public static readonly DocxFont PartRun = new(Part, 32);

    /// <summary>Run properties naming the font and size, with the Chinese language tag (stack.md gotcha 15).</summary>
    public RunProperties Run()
    {
        var size = HalfPoints.ToString(CultureInfo.InvariantCulture);
        var properties = new RunProperties(new RunFonts { Ascii = Latin, HighAnsi = Latin, EastAsia = EastAsia, ComplexScript = Latin });
        if (Bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        properties.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size }, Languages());
        return properties;
    }

    public static Languages Languages() => new() { Val = "en-US", EastAsia = "zh-CN" };

    /// <summary>The font table: each 公文 face with the name Windows knows it by and a family to fall back on.</summary>
    public static Fonts Table() => new(
        Entry(Latin, null, "02020603050405020304", "00", FontFamilyValues.Roman, FontPitchValues.Variable),
        Entry(Title, "FZXiaoBiaoSong-B05S", "02000000000000000000", "86", FontFamilyValues.Roman, FontPitchValues.Variable),
        Entry(Body, "仿宋", "02010609030101010101", "86", FontFamilyValues.Roman, FontPitchValues.Fixed),
        Entry("仿宋", "FangSong", "02010609060101010101", "86", FontFamilyValues.Roman, FontPitchValues.Fixed),
        Entry(Heading, "SimHei", "02010609060101010101", "86", FontFamilyValues.Modern, FontPitchValues.Fixed),
        Entry(Part, "楷体", "02010609030101010101", "86", FontFamilyValues.Roman, FontPitchValues.Fixed),
        Entry("楷体", "KaiTi", "02010609060101010101", "86", FontFamilyValues.Roman, FontPitchValues.Fixed),
        Entry("宋体", "SimSun", "02010600030101010101", "86", FontFamilyValues.Roman, FontPitchValues.Variable));

    private static Font Entry(string name, string? altName, string panose, string charset, FontFamilyValues family, FontPitchValues pitch)
    {
        var font = new Font { Name = name };
        if (altName is not null)
        {
            font.Append(new AltName { Val = altName });
        }

        font.Append(
            new Panose1Number { Val = panose },
            new FontCharSet { Val = charset },
            new FontFamily { Val = family },
            new Pitch { Val = pitch });
        return font;
    }
}
