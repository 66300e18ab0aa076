using System.Text.RegularExpressions;

namespace Gongkai.Domain.AnnualReports.Prose;

/// <summary>What a wording means, and what a sentence must (not) say around it for that meaning to be certain.</summary>
/// <param name="Requires">Words the sentence must hold up to the figure (行政复议 counts only where it is about 公开).</param>
/// <param name="Applications">A count of applications: a channel or applicant named before it makes it a part, not the whole.</param>
/// <param name="Whole">A figure that is the whole, so “其中” before it makes it a part.</param>
/// <param name="Row">A row of an old 统计表 (no sentence around it).</param>
internal sealed record ProseMeaning(string Key, string Label, Regex Pattern, string? Requires = null, bool Applications = false, bool Whole = false, bool Row = false);

/// <summary>
/// The wordings the platform understands, most specific first: where two match one printed figure, the first
/// gives its meaning. Only narrow wordings are here; every other way of saying a figure is not read.
/// </summary>
internal static partial class ProseMeanings
{
    public static readonly ProseMeaning[] All =
    [
        new("applications_new", "本年新收政府信息公开申请", ApplicationsNew(), Applications: true),
        new("applications_carried_over", "上年结转政府信息公开申请", CarriedOver(), Applications: true),
        new("applications_carried_forward", "结转下年度继续办理", CarriedForward(), Applications: true),
        new("applications_carried_forward", "结转下年度继续办理", CarriedForwardAfter(), Applications: true),
        new("applications_concluded", "办结政府信息公开申请", Concluded(), Applications: true, Whole: true),
        new("applications_received", "收到政府信息公开申请", ApplicationsReceived(), Applications: true, Whole: true),
        new("applications_received", "收到政府信息公开申请", ApplicationsReceivedRow(), Row: true),
        new("litigation_after_reconsideration", "因政府信息公开复议后起诉", LitigationAfter(), Requires: "公开"),
        new("litigation_direct", "因政府信息公开未经复议直接起诉", LitigationDirect(), Requires: "公开"),
        new("litigation", "因政府信息公开被提起行政诉讼", Litigation(), Requires: "公开"),
        new("litigation", "因政府信息公开被提起行政诉讼", LitigationRow(), Row: true),
        new("reconsideration", "因政府信息公开被申请行政复议", Reconsideration(), Requires: "公开"),
        new("reconsideration", "因政府信息公开被申请行政复议", ReconsiderationRow(), Row: true),
        new("normative_documents_issued", "本年制发行政规范性文件", NormativeIssued()),
        new("normative_documents_repealed", "本年废止行政规范性文件", NormativeRepealed()),
        new("rules_issued", "本年制发规章", RulesIssued()),
        new("information_processing_fees", "收取信息处理费", ProcessingFees()),
        new("proactive_items", "主动公开政府信息", ProactiveItems()),
        new("proactive_items", "主动公开政府信息", ProactiveItemsRow(), Row: true),
        // Last: “依申请公开…数据5个” says only that there was something to do with applications.
        new("applications_any", "依申请公开政府信息", OnRequestAny(), Applications: true, Whole: true),
    ];

    private const string Figure = @"(?<n>\d{1,9}(?:[,，]\d{3})*(?:[.．]\d+)?)";
    private const string Gap = @"[^。；;！!？?\n\d，,]";
    private const string Apply = @"(?:(?:政府)?信息公开)?(?:申请)?(?:数量)?";
    private const string RowEnd = @"(?=[\s\u001F|]|$)";

    [GeneratedRegex(@"本年(?:度)?新收(?:到)?(?:的)?" + Apply + @"(?:共|总计|合计|共计|为)?\s*" + Figure + @"\s*(?<u>件|个|份)")]
    private static partial Regex ApplicationsNew();

    [GeneratedRegex(@"上年(?:度)?结转(?:的|至本年度|到本年度)?" + Apply + @"(?:共|为)?\s*" + Figure + @"\s*(?<u>件|个|份)")]
    private static partial Regex CarriedOver();

    [GeneratedRegex(@"结转(?:至|到)?下(?:一)?年度?(?:继续)?(?:办理)?(?:的)?" + Apply + @"(?:共|为)?\s*" + Figure + @"\s*(?<u>件|个|份)")]
    private static partial Regex CarriedForward();

    [GeneratedRegex(Figure + @"\s*(?<u>件|个|份)" + Apply + @"(?:结转|转入)(?:至|到)?下(?:一)?年度?")]
    private static partial Regex CarriedForwardAfter();

    [GeneratedRegex(@"(?<!按时|按期|限时|及时|当场|延期|超期|逾期)办结(?:了)?(?:(?:政府)?信息公开)?申请(?:共|总计|合计|共计)?\s*" + Figure + @"\s*(?<u>件)")]
    private static partial Regex Concluded();

    [GeneratedRegex(@"(?:收到|受理|接收|接到)(?<g>" + Gap + @"{0,16}?)(?:政府)?信息公开申请(?:共|总计|合计|共计|数量为|数量|为)?\s*" + Figure + @"\s*(?<u>件|个|份|起|人次)")]
    private static partial Regex ApplicationsReceived();

    [GeneratedRegex(@"(?:收到申请数|申请总数)[^\d\n]{0,10}?" + Figure + @"\s*(?<u>件)?" + RowEnd, RegexOptions.Multiline)]
    private static partial Regex ApplicationsReceivedRow();

    [GeneratedRegex(@"复议后(?:被)?(?:提起)?(?:起诉|行政诉讼)(?:案件)?(?:共)?\s*" + Figure + @"\s*(?<u>件|起|次)")]
    private static partial Regex LitigationAfter();

    [GeneratedRegex(@"(?:未经复议)?直接(?:被)?(?:提起)?(?:起诉|行政诉讼)(?:案件)?(?:共)?\s*" + Figure + @"\s*(?<u>件|起|次)")]
    private static partial Regex LitigationDirect();

    [GeneratedRegex(@"(?:被提起|提起)?行政诉讼(?:案件)?(?:共|总计|共计)?\s*" + Figure + @"\s*(?<u>件|起|次)")]
    private static partial Regex Litigation();

    [GeneratedRegex(@"行政诉讼数量?[^\d\n]{0,10}?" + Figure + RowEnd, RegexOptions.Multiline)]
    private static partial Regex LitigationRow();

    [GeneratedRegex(@"(?:被申请|申请|提起)?行政复议(?:案件)?(?:共|总计|共计)?\s*" + Figure + @"\s*(?<u>件|起|次)")]
    private static partial Regex Reconsideration();

    [GeneratedRegex(@"行政复议数量?[^\d\n]{0,10}?" + Figure + RowEnd, RegexOptions.Multiline)]
    private static partial Regex ReconsiderationRow();

    [GeneratedRegex(@"制发(?:行政)?规范性文件(?:共)?\s*" + Figure + @"\s*(?<u>件|份|个)")]
    private static partial Regex NormativeIssued();

    [GeneratedRegex(@"废止(?:行政)?规范性文件(?:共)?\s*" + Figure + @"\s*(?<u>件|份|个)")]
    private static partial Regex NormativeRepealed();

    [GeneratedRegex(@"制发规章(?:共)?\s*" + Figure + @"\s*(?<u>件|部|个)")]
    private static partial Regex RulesIssued();

    [GeneratedRegex(@"收取(?:了)?(?:政府)?信息(?:公开)?处理费(?:共|合计|共计)?\s*" + Figure + @"\s*(?<u>元|万元)")]
    private static partial Regex ProcessingFees();

    [GeneratedRegex(@"主动公开(?:各类)?(?:政府)?信息(?:共|总计|合计|共计)?\s*" + Figure + @"\s*(?<u>条|件|项)")]
    private static partial Regex ProactiveItems();

    [GeneratedRegex(@"主动公开政府信息数[^\d\n]{0,10}?" + Figure + RowEnd, RegexOptions.Multiline)]
    private static partial Regex ProactiveItemsRow();

    [GeneratedRegex(@"依申请公开(?<g>" + Gap + @"{0,20}?)(?:共|总计|合计|共计|为)?\s*" + Figure + @"\s*(?<u>件|个|条|项)(?=\s*(?:[，,。；;！!？?\n]|$))")]
    private static partial Regex OnRequestAny();
}
