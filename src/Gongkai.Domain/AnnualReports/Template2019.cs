namespace Gongkai.Domain.AnnualReports;

/// <summary>《中华人民共和国政府信息公开工作年度报告格式（试行）》, 国办公开办函〔2019〕60号: reports for 2019 and 2020.</summary>
internal static class Template2019
{
    public static readonly ReportTemplate Instance = new(
        "2019",
        "国办公开办函〔2019〕60号《中华人民共和国政府信息公开工作年度报告格式（试行）》",
        BuildProactive(),
        [.. TemplateLabels.ApplicationRowsBeforeOther(),
         new ApplicationRowDef("other", "（六）其他处理", ApplicationRowKind.Outcome),
         .. TemplateLabels.ApplicationRowsAfterOther()]);

    private static List<ProactiveGroupDef> BuildProactive()
    {
        FieldDef[] documents =
        [
            new("made", "本年新制作数量", CellKind.Count),
            new("published", "本年新公开数量", CellKind.Count),
            new("total", "对外公开总数量", CellKind.Count),
        ];
        FieldDef[] items =
        [
            new("prev_items", "上一年项目数量", CellKind.Count),
            new("change", "本年增/减", CellKind.SignedCount),
            new("decisions", "处理决定数量", CellKind.Count),
        ];
        string[] itemColumns = ["上一年项目数量", "本年增/减", "处理决定数量"];
        return
        [
            new("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
                [new("rules", "规章", documents), new("normative_documents", "规范性文件", documents)]),
            new("第二十条第（五）项", itemColumns,
                [new("licensing", "行政许可", items), new("other_services", "其他对外管理服务事项", items)]),
            new("第二十条第（六）项", itemColumns,
                [new("penalty", "行政处罚", items), new("coercion", "行政强制", items)]),
            new("第二十条第（八）项", ["上一年项目数量", "本年增/减"],
                [new("fees", "行政事业性收费", items[..2])]),
            new("第二十条第（九）项", ["采购项目数量", "采购总金额"],
                [new("procurement", "政府集中采购",
                [
                    new("items", "采购项目数量", CellKind.Count),
                    new("amount_text", "采购总金额", CellKind.AmountText),
                    new("amount_wan", "采购总金额（折合万元）", CellKind.AmountWan, Derived: true),
                ])]),
        ];
    }
}
