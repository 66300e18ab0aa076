using System.Text.Json;
using Gongkai.Application;
using Gongkai.Application.DisclosureApplications;
using Gongkai.Application.DisclosureApplications.Intake;
using Gongkai.Domain;
using Gongkai.Web.Hosting;

namespace Gongkai.Web.DisclosureApplications.Api;

/// <summary>
/// Applications over JSON: anyone may apply (<c>POST /api/apply</c>) and follow an application with its
/// query code (<c>POST /api/apply/status</c>, rate limited per address); staff register one received by
/// another channel (<c>POST /api/disclosure-applications</c>). Each submission carries an
/// <c>Idempotency-Key</c> header: sent again with the same body it answers 200 with the first receipt
/// (<c>Idempotent-Replayed: true</c>), with another body 422.
/// </summary>
public static class IntakeApi
{
    public const string KeyHeader = "Idempotency-Key";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapIntakeApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/apply", async (HttpContext http, ApplicationIntake intake, CancellationToken cancel) =>
        {
            var (agencyId, form, attachments) = await ReadAsync(http, cancel);
            return Answer(http, await intake.SubmitAsync(agencyId, form, attachments, http.Request.Headers[KeyHeader].ToString(), cancel));
        }).Public();

        app.MapPost("/api/apply/status", async (HttpContext http, ApplicationQueries queries, CancellationToken cancel) =>
        {
            var body = await ParseAsync<StatusQuery>(http, cancel);
            var status = await queries.PublicStatusAsync(body.TrackingNumber, body.QueryCode, cancel);
            return Results.Json(StatusView(status));
        }).Public().RequireRateLimiting(DisclosureApplicationsWeb.StatusQueryPolicy);

        app.MapPost("/api/disclosure-applications", async (HttpContext http, ApplicationIntake intake, CancellationToken cancel) =>
        {
            await http.RequireAntiforgeryAsync();
            var staff = http.Staff();
            var (agencyId, form, attachments) = await ReadAsync(http, cancel);
            return Answer(http, await intake.RegisterAsync(staff, agencyId == 0 ? staff.AgencyId ?? 0 : agencyId, form, attachments, http.Request.Headers[KeyHeader].ToString(), cancel));
        }).RequireAuthorization(Policies.Staff).DisableAntiforgery();
    }

    public sealed record StatusQuery(string? TrackingNumber, string? QueryCode);

    public sealed record AttachmentBody(string? FileName, string? ContentBase64);

    private sealed record Envelope(int AgencyId, List<AttachmentBody>? Attachments);

    private static IResult Answer(HttpContext http, IntakeReceipt receipt)
    {
        var body = new
        {
            trackingNumber = receipt.TrackingNumber,
            queryCode = QueryCodes.Display(receipt.QueryCode),
            agency = receipt.Agency,
            receivedOn = DisclosureApplicationsWeb.Iso(receipt.ReceivedOn),
            dueOn = DisclosureApplicationsWeb.Iso(receipt.DueOn),
            statusUrl = "/apply/status",
        };
        if (receipt.Replayed)
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
            return Results.Json(body);
        }

        return Results.Json(body, statusCode: StatusCodes.Status201Created);
    }

    public static object StatusView(PublicStatus status) => new
    {
        trackingNumber = status.TrackingNumber,
        agency = status.Agency,
        receivedOn = DisclosureApplicationsWeb.Iso(status.ReceivedOn),
        stage = status.Stage,
        dueOn = DisclosureApplicationsWeb.Iso(status.DueOn),
        dueNote = status.DueNote,
        decidedOn = DisclosureApplicationsWeb.Iso(status.DecidedOn),
        outcome = status.Outcome,
        basis = status.Basis,
        reply = status.Reply,
        steps = status.Steps.Select(s => new { on = DisclosureApplicationsWeb.Iso(s.On), what = s.What }),
    };

    /// <summary>The body as the form's fields, the agency and the attachments (base 64); bad JSON is a 422 in Chinese.</summary>
    private static async Task<(int AgencyId, IntakeForm Form, List<IntakeAttachment> Attachments)> ReadAsync(HttpContext http, CancellationToken cancel)
    {
        var root = await ParseAsync<JsonElement>(http, cancel);
        var form = Convert<IntakeForm>(root);
        var envelope = Convert<Envelope>(root);
        var attachments = new List<IntakeAttachment>();
        foreach (var (file, i) in (envelope.Attachments ?? []).Select((f, i) => (f, i)))
        {
            try
            {
                attachments.Add(new IntakeAttachment(file.FileName ?? "", System.Convert.FromBase64String(file.ContentBase64 ?? "")));
            }
            catch (FormatException)
            {
                throw GongkaiException.Invalid("附件内容应为 Base64 编码", [new JsonProblem($"$.attachments[{i}].contentBase64", "不是有效的 Base64")]);
            }
        }

        return (envelope.AgencyId, form, attachments);
    }

    private static async Task<T> ParseAsync<T>(HttpContext http, CancellationToken cancel)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(http.Request.Body, Json, cancel) ?? throw GongkaiException.Invalid("请求体为空，应为 JSON 对象");
        }
        catch (JsonException bad)
        {
            throw GongkaiException.Invalid($"请求体不是有效的 JSON：{bad.Path} 附近有误");
        }
    }

    private static T Convert<T>(JsonElement root)
    {
        try
        {
            return root.Deserialize<T>(Json) ?? throw GongkaiException.Invalid("请求体应为 JSON 对象");
        }
        catch (JsonException bad)
        {
            throw GongkaiException.Invalid($"字段 {bad.Path} 的类型不对：姓名、证件号码等应为字符串，agencyId 应为整数",
                [new JsonProblem(bad.Path ?? "$", "类型不对")]);
        }
    }
}
