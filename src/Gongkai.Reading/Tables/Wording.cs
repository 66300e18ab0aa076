using Gongkai.Reading.Solving;

namespace Gongkai.Reading.Tables;

/// <summary>How the findings about a solved row describe what was printed, by why the row had to be solved.</summary>
internal static class Wording
{
    public static string Ambiguous(RowOrigin origin, string printed, bool bySums) => origin switch
    {
        RowOrigin.Stray => $"此行印有多余的数（“{printed}”），{(bySums ? "去掉不同位置的数都符合勾稽关系" : "去掉哪一个无法判断（本表没有勾稽关系可以验证）")}",
        RowOrigin.Floated => $"此行少印一格（“{printed}”），表格上方单独印出的数可放在此行不同位置{(bySums ? "" : "（本表没有勾稽关系可以验证）")}",
        RowOrigin.Placement => $"数字行与行标签错位，有多种对应方式都符合模板行序{(bySums ? "和勾稽关系" : "")}（{printed}）",
        _ => $"数字连写为“{printed}”，{(bySums ? "有多种拆分都符合勾稽关系" : "可有多种拆分（本表没有勾稽关系可以验证）")}",
    };

    public static string Stray(string printed, int cells) => $"印有 {cells + 1} 个数（“{printed}”），比模板多一个（页码或标注）";

    public static string How(SolvedRow row, bool bySums) =>
        row.ForcedByFormat ? "按位数唯一拆分" : row.UsedSpaces ? "按空格和勾稽关系唯一拆分" : bySums ? "按勾稽关系唯一拆分" : "唯一拆分";

    public static string NoSplit(RowOrigin origin, string printed, int cells, bool bySums) => origin switch
    {
        RowOrigin.Stray => $"{Stray(printed, cells)}，去掉任何一个都不符合勾稽关系",
        RowOrigin.Floated => $"此行少印一格（“{printed}”），表格上方单独印出的数放在哪一格都不符合",
        RowOrigin.Placement => $"数字行与行标签错位，按模板行序{(bySums ? "和勾稽关系" : "")}无法对应（{printed}）",
        _ => $"数字连写为“{printed}”，无法拆分为 {cells} 个数{(bySums ? "并满足勾稽关系（报告数字本身可能有误，或有空白单元格）" : "")}",
    };
}
