namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// The labels both formats share, copied exactly from the templates (国办公开办函〔2019〕60号 and 〔2021〕30号).
/// </summary>
public static class TemplateLabels
{
    public const string ReportTitleSuffix = "政府信息公开工作年度报告";

    public static readonly IReadOnlyList<SectionDef> Sections =
    [
        new("一", "一、总体情况"),
        new("二", "二、主动公开政府信息情况"),
        new("三", "三、收到和处理政府信息公开申请情况"),
        new("四", "四、政府信息公开行政复议、行政诉讼情况"),
        new("五", "五、存在的主要问题及改进情况"),
        new("六", "六、其他需要报告的事项"),
    ];

    /// <summary>The five parts of 一、总体情况 named by 国办公开办函〔2021〕30号.</summary>
    public static readonly IReadOnlyList<string> OverviewParts =
    [
        "（一）主动公开",
        "（二）依申请公开",
        "（三）政府信息管理",
        "（四）政府信息公开平台建设",
        "（五）监督保障",
    ];

    /// <summary>Header word in the first column of every sub-header row of table 二.</summary>
    public const string ProactiveContentHeader = "信息内容";

    /// <summary>The note in the top-left cell of table 三 (C1, printed in the template itself).</summary>
    public const string ApplicationsNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    public const string ApplicantHeader = "申请人情况";
    public const string LegalPersonHeader = "法人或其他组织";

    /// <summary>The 7 numeric columns of table 三; 法人或其他组织 only heads the middle five.</summary>
    public static readonly IReadOnlyList<string> ApplicantColumns =
        ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    public const int ApplicantTotalColumn = 6;

    public const string OutcomesHeader = "三、本年度办理结果";

    public static readonly IReadOnlyList<AppealGroupDef> AppealGroups =
    [
        new("reconsideration", "行政复议", null),
        new("litigation_direct", "未经复议直接起诉", "行政诉讼"),
        new("litigation_after_reconsideration", "复议后起诉", "行政诉讼"),
    ];

    public const string LitigationHeader = "行政诉讼";

    public static readonly IReadOnlyList<string> AppealColumns = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    public const int AppealTotalColumn = 4;

    /// <summary>The row labels of table 三 up to 三（五）, identical in both formats.</summary>
    internal static IEnumerable<ApplicationRowDef> ApplicationRowsBeforeOther()
    {
        yield return new("new_received", "一、本年新收政府信息公开申请数量", ApplicationRowKind.TopLevel);
        yield return new("carried_over", "二、上年结转政府信息公开申请数量", ApplicationRowKind.TopLevel);
        yield return new("granted", "（一）予以公开", ApplicationRowKind.Outcome);
        yield return new("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ApplicationRowKind.Outcome);
        const string withheld = "（三）不予公开";
        yield return new("withheld_state_secret", "1.属于国家秘密", ApplicationRowKind.Outcome, withheld);
        yield return new("withheld_prohibited_by_law", "2.其他法律行政法规禁止公开", ApplicationRowKind.Outcome, withheld);
        yield return new("withheld_three_safety", "3.危及“三安全一稳定”", ApplicationRowKind.Outcome, withheld);
        yield return new("withheld_third_party", "4.保护第三方合法权益", ApplicationRowKind.Outcome, withheld);
        yield return new("withheld_internal_affairs", "5.属于三类内部事务信息", ApplicationRowKind.Outcome, withheld);
        yield return new("withheld_process_info", "6.属于四类过程性信息", ApplicationRowKind.Outcome, withheld);
        yield return new("withheld_enforcement_files", "7.属于行政执法案卷", ApplicationRowKind.Outcome, withheld);
        yield return new("withheld_query_matters", "8.属于行政查询事项", ApplicationRowKind.Outcome, withheld);
        const string unable = "（四）无法提供";
        yield return new("unable_not_held", "1.本机关不掌握相关政府信息", ApplicationRowKind.Outcome, unable);
        yield return new("unable_needs_creation", "2.没有现成信息需要另行制作", ApplicationRowKind.Outcome, unable);
        yield return new("unable_unclear_after_correction", "3.补正后申请内容仍不明确", ApplicationRowKind.Outcome, unable);
        const string notProcessed = "（五）不予处理";
        yield return new("not_processed_petition", "1.信访举报投诉类申请", ApplicationRowKind.Outcome, notProcessed);
        yield return new("not_processed_repeated", "2.重复申请", ApplicationRowKind.Outcome, notProcessed);
        yield return new("not_processed_publication", "3.要求提供公开出版物", ApplicationRowKind.Outcome, notProcessed);
        yield return new("not_processed_mass_repeated", "4.无正当理由大量反复申请", ApplicationRowKind.Outcome, notProcessed);
        yield return new("not_processed_reconfirmation", "5.要求行政机关确认或重新出具已获取信息", ApplicationRowKind.Outcome, notProcessed);
    }

    internal static IEnumerable<ApplicationRowDef> ApplicationRowsAfterOther()
    {
        yield return new("total", "（七）总计", ApplicationRowKind.OutcomeTotal);
        yield return new("carried_forward", "四、结转下年度继续办理", ApplicationRowKind.TopLevel);
    }

    /// <summary>A row's full caption for messages: "（三）不予公开 1.属于国家秘密".</summary>
    public static string ApplicationRowCaption(ApplicationRowDef row) =>
        row.Group is null ? row.Label : $"{row.Group} {row.Label}";

    public static string AppealGroupCaption(AppealGroupDef group) =>
        group.Parent is null ? group.Label : $"{group.Parent}（{group.Label}）";
}
