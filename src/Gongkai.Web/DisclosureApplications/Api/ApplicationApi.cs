using System.Globalization;
using System.Text.Json;
using Gongkai.Application;
using Gongkai.Application.DisclosureApplications;
using Gongkai.Application.DisclosureApplications.Supervision;
using Gongkai.Domain;
using Gongkai.Domain.DisclosureApplications;
using Gongkai.Web.Hosting;

namespace Gongkai.Web.DisclosureApplications.Api;

/// <summary>
/// The staff API over applications (JSON; refusals as RFC 7807 problem details in Chinese): the work list,
/// one application (its opening logged), its personal data in full (logged apart), each workflow step
/// (<c>POST …/actions/{action}</c> with the revision in If-Match and the anti-forgery header), 督办 notices.
/// </summary>
public static class ApplicationApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapApplicationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/disclosure-applications").RequireAuthorization(Policies.Staff).DisableAntiforgery();

        api.MapGet("", async (HttpContext http, ApplicationQueries queries, SupervisionNotices notices, string? state, string? handler, bool? closed, CancellationToken cancel) =>
        {
            var staff = http.Staff();
            await notices.SweepAsync(staff.AgencyId, cancel);
            var filter = new WorkListFilter(ParseState(state), handler, closed ?? false);
            return Results.Json((await queries.WorkListAsync(staff, filter, cancel)).Select(ListView));
        });

        api.MapGet("/{id:int}", async (int id, HttpContext http, ApplicationQueries queries, ApplicationClocks clocks, CancellationToken cancel) =>
        {
            var staff = http.Staff();
            var application = await queries.OpenAsync(staff, id, cancel);
            http.Response.Headers.ETag = StaffEndpointExtensions.ETag(application.Revision);
            return Results.Json(await ApplicationView.CreateAsync(staff, application, clocks, cancel));
        });

        api.MapGet("/{id:int}/personal-data", async (int id, HttpContext http, ApplicationQueries queries, CancellationToken cancel) =>
        {
            var applicant = await queries.RevealAsync(http.Staff(), id, cancel);
            return Results.Json(new { idNumber = applicant.IdNumber, phone = applicant.Phone, email = applicant.Email, address = applicant.Address });
        });

        api.MapPost("/{id:int}/actions/{action}", async (int id, string action, HttpContext http, ApplicationCommands commands, ApplicationClocks clocks, CancellationToken cancel) =>
        {
            await http.RequireAntiforgeryAsync();
            var staff = http.Staff();
            var step = ApplicationWorkflow.FromSlug(action)
                ?? throw GongkaiException.NotFound($"操作“{action}”（可用：{string.Join("、", Enum.GetValues<ApplicationAction>().Select(ApplicationWorkflow.Slug))}）");
            var revision = http.RequireRevision();
            var input = http.Request.HasJsonContentType() ? ParseInput(await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body, Json, cancel)) : new ActionInput();
            var application = await commands.ActAsync(staff, id, revision, step, input, cancel);
            http.Response.Headers.ETag = StaffEndpointExtensions.ETag(application.Revision);
            return Results.Json(await ApplicationView.CreateAsync(staff, application, clocks, cancel));
        });

        api.MapGet("/notices", async (HttpContext http, SupervisionNotices notices, CancellationToken cancel) =>
        {
            var staff = http.Staff();
            await notices.SweepAsync(staff.AgencyId, cancel);
            return Results.Json((await notices.ForAsync(staff, cancel: cancel)).Select(n => new
            {
                n.Id, n.ApplicationId, level = n.Level.ToString(), stepDueOn = DisclosureApplicationsWeb.Iso(n.StepDueOn), n.Message, n.Recipient, read = n.ReadAt is not null,
            }));
        });
    }

    public static object ListView(WorkListItem item) => new
    {
        item.Id, item.TrackingNumber, applicant = item.Applicant, applicantType = item.ApplicantType, idNumber = item.MaskedId, phone = item.MaskedPhone,
        item.Description, state = item.State.ToString(), stateName = item.StateName, receivedOn = DisclosureApplicationsWeb.Iso(item.ReceivedOn),
        dueOn = DisclosureApplicationsWeb.Iso(item.DueOn), stepDueOn = DisclosureApplicationsWeb.Iso(item.StepDueOn), item.Handler,
        due = item.Due.ToString(), item.WorkingDaysLeft,
    };

    public static ApplicationState? ParseState(string? state) =>
        string.IsNullOrWhiteSpace(state) ? null
        : Enum.TryParse<ApplicationState>(state, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
        : throw GongkaiException.Invalid($"状态“{state}”无效，应为 {string.Join("、", Enum.GetNames<ApplicationState>())} 之一");

    /// <summary>The step's fields from JSON: dates YYYY-MM-DD, enums by name; a wrong one is a 422 at its path.</summary>
    public static ActionInput ParseInput(JsonElement body)
    {
        var problems = new List<JsonProblem>();
        string? Text(string name) => body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        T? Parse<T>(string name, Func<string, (bool, T)> parse) where T : struct
        {
            var text = Text(name);
            if (text is null)
            {
                return null;
            }

            var (ok, value) = parse(text);
            if (!ok)
            {
                problems.Add(new JsonProblem("$." + name, $"“{text}”无效"));
            }

            return ok ? value : null;
        }

        var input = new ActionInput
        {
            On = Parse<DateOnly>("on", t => (Domain.Calendar.ChineseDateText.TryParseIso(t, out var d), d)),
            Note = Text("note"),
            Handler = Text("handler"),
            Party = Text("party"),
            PeriodDays = Parse<int>("periodDays", t => (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n), n)),
            FeeMethod = Parse<FeeMethod>("feeMethod", t => (Enum.TryParse<FeeMethod>(t, true, out var m) && Enum.IsDefined(m), m)),
            Pages = Parse<int>("pages", t => (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n), n)),
            Amount = Parse<decimal>("amount", t => (decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var a), a)),
            Outcome = Parse<DisclosureOutcome>("outcome", t => (Enum.TryParse<DisclosureOutcome>(t, true, out var o) && Enum.IsDefined(o), o)),
            Basis = Text("basis"),
            Reply = Text("reply"),
        };
        return problems.Count > 0 ? throw GongkaiException.Invalid($"有 {problems.Count} 个字段无效：{problems[0].Path} {problems[0].Message}", problems) : input;
    }
}
