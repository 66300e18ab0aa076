using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Application.AnnualReports.Export.Docx;

/// <summary>
/// The paragraph styles of the report, set as 公文 are (GB/T 9704): 仿宋 三号 body with a two-character
/// first-line indent and a fixed 28pt line, 小标宋 二号 title, 黑体 and 楷体 headings, 仿宋 五号 tables.
/// </summary>
internal static class DocxStyles
{
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string TableText = "TableText";

    /// <summary>Fixed 28pt lines, in twips.</summary>
    private const string BodyLine = "560";

    public static Styles Build() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = DocxFont.Latin, HighAnsi = DocxFont.Latin, EastAsia = DocxFont.Body, ComplexScript = DocxFont.Latin },
                new Kern { Val = 2 },
                new FontSize { Val = "32" },
                new FontSizeComplexScript { Val = "32" },
                DocxFont.Languages())),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Before = "0", After = "0", Line = BodyLine, LineRule = LineSpacingRuleValues.Exact }))),
        ParagraphStyle("Normal", "Normal", basedOn: null, isDefault: true,
            new ParagraphProperties(
                new SpacingBetweenLines { Line = BodyLine, LineRule = LineSpacingRuleValues.Exact },
                new Indentation { FirstLine = "640", FirstLineChars = 200 },
                new Justification { Val = JustificationValues.Both }),
            DocxFont.BodyRun.Run()),
        ParagraphStyle(Title, "Title", "Normal", isDefault: false,
            new ParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { Before = "0", After = BodyLine, Line = "720", LineRule = LineSpacingRuleValues.Exact },
                new Indentation { FirstLine = "0", FirstLineChars = 0 },
                new Justification { Val = JustificationValues.Center }),
            DocxFont.TitleRun.Run()),
        ParagraphStyle(Heading1, "heading 1", "Normal", isDefault: false,
            new ParagraphProperties(new KeepNext(), new OutlineLevel { Val = 0 }),
            DocxFont.HeadingRun.Run()),
        ParagraphStyle(Heading2, "heading 2", "Normal", isDefault: false,
            new ParagraphProperties(new KeepNext(), new OutlineLevel { Val = 1 }),
            DocxFont.PartRun.Run()),
        ParagraphStyle(TableText, "Table Text", "Normal", isDefault: false,
            new ParagraphProperties(
                new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = "0", FirstLineChars = 0 },
                new Justification { Val = JustificationValues.Center }),
            new DocxFont(DocxFont.Body, 21).Run()));

    public static Settings Settings() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 420 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" });

    private static Style ParagraphStyle(string id, string name, string? basedOn, bool isDefault, ParagraphProperties paragraph, RunProperties run)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn }, new NextParagraphStyle { Val = "Normal" });
        }

        style.Append(new PrimaryStyle(), new StyleParagraphProperties(paragraph.ChildElements.Select(e => e.CloneNode(true))), StyleRunProperties(run));
        return style;
    }

    /// <summary>A style carries its run properties as w:rPr of type StyleRunProperties.</summary>
    private static StyleRunProperties StyleRunProperties(RunProperties run) =>
        new(run.ChildElements.Select(e => e.CloneNode(true)));
}
