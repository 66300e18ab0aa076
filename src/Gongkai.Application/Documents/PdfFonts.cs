using System.Text;

namespace Gongkai.Application.Documents;

/// <summary>
/// The 公文 fonts (方正小标宋, 仿宋_GB2312, 楷体_GB2312, 黑体) are rarely installed on servers. LibreOffice ignores
/// the DOCX font table's fallbacks and takes fontconfig's default CJK face for all four, so body and
/// headings would look alike. This private fontconfig keeps the system's fonts and says which installed
/// face stands in for each: serif for 宋/仿宋/楷, sans for 黑体. Where the real fonts exist they win.
/// </summary>
internal static class PdfFonts
{
    private static readonly (string[] Families, string Substitute)[] Substitutes =
    [
        (["方正小标宋简体", "FZXiaoBiaoSong-B05S", "小标宋", "仿宋_GB2312", "仿宋", "FangSong", "楷体_GB2312", "楷体", "KaiTi", "宋体", "SimSun"], "Noto Serif CJK SC"),
        (["黑体", "SimHei"], "Noto Sans CJK SC"),
    ];

    public static string WriteConfig(string directory)
    {
        var xml = new StringBuilder("""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>

            """);
        foreach (var (families, substitute) in Substitutes)
        {
            foreach (var family in families)
            {
                xml.Append("  <alias binding=\"same\"><family>").Append(family).Append("</family><accept><family>")
                    .Append(substitute).Append("</family></accept></alias>\n");
            }
        }

        xml.Append("</fontconfig>\n");
        var path = Path.Combine(directory, "fonts.conf");
        File.WriteAllText(path, xml.ToString());
        return path;
    }
}
