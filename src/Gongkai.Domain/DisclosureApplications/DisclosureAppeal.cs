using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.DisclosureApplications;

/// <summary>The three groups of table 四: 行政复议, and 行政诉讼 未经复议直接起诉 or 复议后起诉.</summary>
public enum AppealKind
{
    Reconsideration,
    DirectLitigation,
    LitigationAfterReconsideration,
}

/// <summary>The result columns of table 四; 尚未审结 until a result is recorded.</summary>
public enum AppealResult
{
    Upheld,
    Corrected,
    Other,
    Pending,
}

/// <summary>
/// 行政复议 or 行政诉讼 against an agency's handling of an application. Table 四 counts the cases filed in the
/// year, each under its result as known on 31 December (尚未审结 if none yet). Recording and the evidence pack
/// come with part 2 of issue 12; the record and its count are defined here so that the annual report's
/// aggregation counts it already.
/// </summary>
public sealed class DisclosureAppeal
{
    private DisclosureAppeal()
    {
    }

    public int Id { get; private set; }
    public int ApplicationId { get; private set; }

    /// <summary>The agency whose handling is challenged (the application's receiving agency).</summary>
    public int AgencyId { get; private set; }

    public AppealKind Kind { get; private set; }

    /// <summary>复议机关 or 人民法院.</summary>
    public string Body { get; private set; } = "";

    public DateOnly FiledOn { get; private set; }
    public AppealResult Result { get; private set; }
    public DateOnly? ConcludedOn { get; private set; }

    public static DisclosureAppeal File(DisclosureApplication application, AppealKind kind, string body, DateOnly filedOn)
    {
        if (filedOn < application.ReceivedOn)
        {
            throw new RefusedException($"提起日期 {ChineseDateText.Iso(filedOn)} 早于收到申请之日 {ChineseDateText.Iso(application.ReceivedOn)}，不可能");
        }

        return new DisclosureAppeal
        {
            ApplicationId = application.Id,
            AgencyId = application.AgencyId,
            Kind = kind,
            Body = string.IsNullOrWhiteSpace(body) ? throw new RefusedException("请填写复议机关或人民法院") : body.Trim(),
            FiledOn = filedOn,
            Result = AppealResult.Pending,
        };
    }

    public void Conclude(AppealResult result, DateOnly on)
    {
        if (result == AppealResult.Pending || on < FiledOn)
        {
            throw new RefusedException($"审结结果应为维持、纠正或其他，审结日期不能早于提起日期 {ChineseDateText.Iso(FiledOn)}");
        }

        (Result, ConcludedOn) = (result, on);
    }

    public static string KindName(AppealKind kind) => kind switch
    {
        AppealKind.Reconsideration => "行政复议",
        AppealKind.DirectLitigation => "行政诉讼（未经复议直接起诉）",
        _ => "行政诉讼（复议后起诉）",
    };

    public static string ResultName(AppealResult result) => result switch
    {
        AppealResult.Upheld => "结果维持",
        AppealResult.Corrected => "结果纠正",
        AppealResult.Other => "其他结果",
        _ => "尚未审结",
    };
}
