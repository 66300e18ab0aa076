using System.Text.Json;
using Gongkai.Application;
using Gongkai.Application.DisclosureApplications.Appeals;
using Gongkai.Application.DisclosureApplications.Letters;
using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.DisclosureApplications;
using Gongkai.Web.Hosting;

namespace Gongkai.Web.DisclosureApplications.Api;

/// <summary>
/// Staff endpoints for an application's 文书 (list, DOCX, PDF, e-mail), its appeals (行政复议, 行政诉讼) and its
/// evidence pack (卷宗, PDF). Staff of the agency only (anonymous: 401/redirect; another agency: 404); changes
/// carry the anti-forgery header.
/// </summary>
public static class DocumentApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapDocumentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/disclosure-applications/{id:int}").RequireAuthorization(Policies.Staff).DisableAntiforgery();

        api.MapGet("/letters", async (int id, HttpContext http, LetterDocuments letters, CancellationToken cancel) =>
        {
            var (application, list) = await letters.ListAsync(http.Staff(), id, cancel);
            return Results.Json(list.Select(l => new
            {
                l.Number, kind = l.Kind.ToString(), reference = l.Reference(application.TrackingNumber), l.Title, on = ChineseDateText.Iso(l.On),
                l.Addressee, l.Basis, l.EventSequence, l.ToApplicant, l.StatesRemedies,
            }));
        });

        api.MapGet("/letters/{number:int}/{format}", async (int id, int number, string format, HttpContext http, LetterDocuments letters, CancellationToken cancel) =>
        {
            var file = await letters.FileAsync(http.Staff(), id, number, format, cancel);
            return Results.File(file.Content, file.ContentType, file.FileName);
        });

        api.MapPost("/letters/{number:int}/send", async (int id, int number, HttpContext http, LetterDocuments letters, CancellationToken cancel) =>
        {
            await http.RequireAntiforgeryAsync();
            var sent = await letters.SendAsync(http.Staff(), id, number, cancel);
            return Results.Json(new { sent.Sequence, sent.Summary, on = ChineseDateText.Iso(sent.On), sent.Basis });
        });

        api.MapPost("/letters/{number:int}/serve", async (int id, int number, HttpContext http, LetterDocuments letters, CancellationToken cancel) =>
        {
            await http.RequireAntiforgeryAsync();
            var way = Text(await BodyAsync(http, cancel), "way") is { } text && Enum.TryParse<DeliveryWay>(text, true, out var w) && Enum.IsDefined(w)
                ? w
                : throw GongkaiException.Invalid("way 应为 Post、Pickup、Online 之一（电子邮件请用 send）", [new JsonProblem("$.way", "送达方式无效")]);
            var served = await letters.ServeAsync(http.Staff(), id, number, way, cancel);
            return Results.Json(new { served.Sequence, served.Summary, on = ChineseDateText.Iso(served.On), served.Basis });
        });

        api.MapGet("/evidence-pack", async (int id, HttpContext http, EvidencePack pack, CancellationToken cancel) =>
        {
            var file = await pack.PdfAsync(http.Staff(), id, cancel);
            return Results.File(file.Content, file.ContentType, file.FileName);
        });

        api.MapGet("/appeals", async (int id, HttpContext http, AppealRecords appeals, CancellationToken cancel) =>
            Results.Json((await appeals.ListAsync(http.Staff(), id, cancel)).Select(View)));

        api.MapPost("/appeals", async (int id, HttpContext http, AppealRecords appeals, CancellationToken cancel) =>
        {
            await http.RequireAntiforgeryAsync();
            var body = await BodyAsync(http, cancel);
            var kind = Parse<AppealKind>(body, "kind");
            var filedOn = Date(body, "filedOn");
            var appeal = await appeals.FileAsync(http.Staff(), id, kind, Text(body, "body") ?? "", filedOn, cancel);
            return Results.Json(View(appeal), statusCode: StatusCodes.Status201Created);
        });

        api.MapPost("/appeals/{appealId:int}/conclude", async (int id, int appealId, HttpContext http, AppealRecords appeals, CancellationToken cancel) =>
        {
            await http.RequireAntiforgeryAsync();
            var body = await BodyAsync(http, cancel);
            var appeal = await appeals.ConcludeAsync(http.Staff(), id, appealId, Parse<AppealResult>(body, "result"), Date(body, "concludedOn"), cancel);
            return Results.Json(View(appeal));
        });
    }

    private static object View(DisclosureAppeal a) => new
    {
        a.Id, a.ApplicationId, kind = a.Kind.ToString(), kindName = DisclosureAppeal.KindName(a.Kind), a.Body, filedOn = ChineseDateText.Iso(a.FiledOn),
        result = a.Result.ToString(), resultName = DisclosureAppeal.ResultName(a.Result), concludedOn = a.ConcludedOn is { } on ? ChineseDateText.Iso(on) : null,
    };

    private static async Task<JsonElement> BodyAsync(HttpContext http, CancellationToken cancel) =>
        http.Request.HasJsonContentType()
            ? await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body, Json, cancel)
            : throw GongkaiException.Invalid("请求体应为 JSON（Content-Type: application/json）");

    private static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static T Parse<T>(JsonElement body, string name) where T : struct, Enum =>
        Text(body, name) is { } text && Enum.TryParse<T>(text, true, out var value) && Enum.IsDefined(value) && !(value is AppealResult.Pending)
            ? value
            : throw GongkaiException.Invalid($"{name} 应为 {string.Join("、", Enum.GetNames<T>().Where(n => n != nameof(AppealResult.Pending)))} 之一",
                [new JsonProblem("$." + name, $"“{Text(body, name)}”无效")]);

    private static DateOnly Date(JsonElement body, string name) =>
        Text(body, name) is { } text && ChineseDateText.TryParseIso(text, out var date)
            ? date
            : throw GongkaiException.Invalid($"{name} 应为日期 YYYY-MM-DD", [new JsonProblem("$." + name, $"“{Text(body, name)}”无效")]);
}
