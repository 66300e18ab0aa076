using System.Text.Json;
using Gongkai.Application;
using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.AnnualReports;
using Gongkai.Domain;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Web.AnnualReports.Api;

/// <summary>A report as the API returns it: the canonical figures, the text, the checks and what may be done next.</summary>
public sealed record ReportView(
    int Id, int AgencyId, string Agency, int Year, int Version, string Status, string StatusName, int Revision,
    JsonElement Figures, ReportNarrative Narrative, IReadOnlyList<Finding> Findings, string? Sha256,
    DateTimeOffset? PublishedAt, string? PublishReason, IReadOnlyList<string> AvailableActions)
{
    /// <summary>The report as this member of staff sees it: the actions offered are those their role and agency allow now.</summary>
    public static async Task<ReportView> CreateAsync(StaffContext staff, AnnualReport report, ReportQueries queries, AgencyDirectory agencies, CancellationToken cancel)
    {
        var agency = await agencies.FindAsync(report.AgencyId, cancel);
        using var figures = JsonDocument.Parse(report.FiguresJson);
        return new ReportView(report.Id, report.AgencyId, agency?.Name ?? "", report.Year, report.Version,
            report.Status.ToString(), ReportWorkflow.StatusName(report.Status), report.Revision,
            figures.RootElement.Clone(), report.Narrative, await queries.CheckAsync(report, cancel), report.ContentSha256,
            report.PublishedAt, report.PublishReason, ReportAccess.Available(staff, report).Select(a => a.ToString()).ToList());
    }
}

/// <summary>The body of PUT /api/reports/{id}: <c>{ "figures": {canonical JSON}, "narrative": {…} }</c>; narrative optional.</summary>
internal static class ReportUpdate
{
    public static (ReportFigures Figures, ReportNarrative Narrative) Parse(JsonElement body, ReportNarrative current)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw GongkaiException.Invalid("请求体应为 JSON 对象：{ \"figures\": {…}, \"narrative\": {…} }");
        }

        var unknown = body.EnumerateObject().Select(p => p.Name).Where(n => n is not ("figures" or "narrative")).ToList();
        if (unknown.Count > 0)
        {
            throw GongkaiException.Invalid($"未知的键：{string.Join("、", unknown)}", unknown.Select(n => new JsonProblem($"$.{n}", "未知的键")).ToList());
        }

        if (!body.TryGetProperty("figures", out var figuresElement))
        {
            throw GongkaiException.Invalid("缺少 figures（年度报告数据）", [new JsonProblem("$.figures", "缺少")]);
        }

        ReportFigures figures;
        try
        {
            figures = ReportJson.Read(figuresElement, "年度报告数据有误，未保存");
        }
        catch (GongkaiException problem)
        {
            throw new GongkaiException(problem.Kind, problem.Message, UnderFigures(problem.Details));
        }

        var narrative = current;
        if (body.TryGetProperty("narrative", out var narrativeElement))
        {
            try
            {
                narrative = narrativeElement.Deserialize<ReportNarrative>(NarrativeJson) ?? current;
            }
            catch (JsonException ex)
            {
                throw GongkaiException.Invalid($"narrative 有误：{ex.Message}", [new JsonProblem("$.narrative", "应为对象，各部分为字符串")]);
            }
        }

        return (figures, narrative);
    }

    /// <summary>Paths of problems in the figures document, as paths in the request body.</summary>
    public static List<JsonProblem> UnderFigures(IEnumerable<JsonProblem> problems) =>
        problems.Select(p => p with { Path = "$.figures" + p.Path[1..] }).ToList();

    private static readonly JsonSerializerOptions NarrativeJson = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };
}
