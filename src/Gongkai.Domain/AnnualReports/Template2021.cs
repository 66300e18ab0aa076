namespace Gongkai.Domain.AnnualReports;

/// <summary>《中华人民共和国政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号: reports for 2021 on.</summary>
internal static class Template2021
{
    public static readonly ReportTemplate Instance = new(
        "2021",
        "国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》",
        BuildProactive(),
        [.. TemplateLabels.ApplicationRowsBeforeOther(),
         new ApplicationRowDef("other_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", ApplicationRowKind.Outcome, OtherGroup),
         new ApplicationRowDef("other_no_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", ApplicationRowKind.Outcome, OtherGroup),
         new ApplicationRowDef("other_other", "3.其他", ApplicationRowKind.Outcome, OtherGroup),
         .. TemplateLabels.ApplicationRowsAfterOther()]);

    private const string OtherGroup = "（六）其他处理";

    private static List<ProactiveGroupDef> BuildProactive()
    {
        FieldDef[] documents =
        [
            new("issued", "本年制发件数", CellKind.Count),
            new("repealed", "本年废止件数", CellKind.Count),
            new("in_force", "现行有效件数", CellKind.Count),
        ];
        FieldDef[] decisions = [new("decisions", "本年处理决定数量", CellKind.Count)];
        return
        [
            new("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
                [new("rules", "规章", documents), new("normative_documents", "行政规范性文件", documents)]),
            new("第二十条第（五）项", ["本年处理决定数量"],
                [new("licensing", "行政许可", decisions)]),
            new("第二十条第（六）项", ["本年处理决定数量"],
                [new("penalty", "行政处罚", decisions), new("coercion", "行政强制", decisions)]),
            new("第二十条第（八）项", ["本年收费金额（单位：万元）"],
                [new("fees", "行政事业性收费", [new("amount_wan", "本年收费金额（单位：万元）", CellKind.AmountWan)])]),
        ];
    }
}
