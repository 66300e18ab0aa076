using Gongkai.Application;
using Gongkai.Application.Accounts;
using Gongkai.Application.DisclosureApplications;
using Gongkai.Application.DisclosureApplications.Appeals;
using Gongkai.Application.DisclosureApplications.Intake;
using Gongkai.Application.DisclosureApplications.Letters;
using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.DisclosureApplications;
using Gongkai.Web.DisclosureApplications.Api;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.DisclosureApplications.Workbench;

/// <summary>The fields of a step's form; each action reads those it needs.</summary>
public sealed class StepForm
{
    public DateOnly? On { get; set; }
    public string? Note { get; set; }
    public string? Handler { get; set; }
    public string? Party { get; set; }
    public int? PeriodDays { get; set; }
    public FeeMethod? FeeMethod { get; set; }
    public int? Pages { get; set; }
    public decimal? Amount { get; set; }
    public DisclosureOutcome? Outcome { get; set; }
    public string? Basis { get; set; }
    public string? Reply { get; set; }

    public ActionInput ToInput() => new()
    {
        On = On, Note = Note, Handler = Handler, Party = Party, PeriodDays = PeriodDays, FeeMethod = FeeMethod, Pages = Pages,
        Amount = Amount, Outcome = Outcome, Basis = Basis, Reply = Reply,
    };
}

/// <summary>
/// One application: the applicant (ID and phone masked unless asked for, which is logged), the request, how the
/// deadlines were computed, the timeline of every step with its actor and basis, and a form for each step the
/// user may take now. Opening the page is logged (it shows personal data).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed partial class DetailModel(ApplicationQueries queries, ApplicationCommands commands, ApplicationClocks clocks, AppealRecords appeals, LetterDocuments letters,
    LetterMail mail) : PageModel
{
    public DisclosureApplication Application { get; private set; } = null!;
    public ApplicationTimeline Timeline { get; private set; } = null!;
    public IReadOnlyList<ApplicationAction> Actions { get; private set; } = [];
    public List<HandlerChoice> Handlers { get; private set; } = [];
    public List<ApplicationAttachment> Attachments { get; private set; } = [];
    public ApplicantDetails? Revealed { get; private set; }
    public DueStatus Due { get; private set; }
    public int? WorkingDaysLeft { get; private set; }
    public DateOnly Today => clocks.Today;
    public string? Message { get; private set; }
    public string? Done { get; private set; }

    private StaffContext Staff => StaffContext.FromPrincipal(User)!;

    public async Task OnGetAsync(int id, string? done, CancellationToken cancel)
    {
        await LoadAsync(await queries.OpenAsync(Staff, id, cancel), cancel);
        Done = done;
    }

    public async Task OnPostRevealAsync(int id, CancellationToken cancel)
    {
        Revealed = await queries.RevealAsync(Staff, id, cancel);
        await LoadAsync(await queries.LoadAsync(Staff, id, cancel), cancel);
    }

    public async Task<IActionResult> OnPostActAsync(int id, string step, int revision, StepForm form, CancellationToken cancel)
    {
        var action = ApplicationWorkflow.FromSlug(step) ?? throw GongkaiException.NotFound("操作");
        try
        {
            await commands.ActAsync(Staff, id, revision, action, form.ToInput(), cancel);
            return RedirectToPage(new { id, done = $"已{ApplicationWorkflow.ActionName(action)}。" });
        }
        catch (RefusedException problem) when (GongkaiException.KindOf(problem) != ProblemKind.NotFound)
        {
            await LoadAsync(await queries.LoadAsync(Staff, id, cancel), cancel);
            Message = $"未能{ApplicationWorkflow.ActionName(action)}：{problem.Message}";
            Response.StatusCode = ProblemResponses.StatusOf(GongkaiException.KindOf(problem));
            return Page();
        }
    }

    private async Task LoadAsync(DisclosureApplication application, CancellationToken cancel)
    {
        Application = application;
        var snapshot = await clocks.SnapshotAsync(cancel);
        var clock = snapshot.ClockFor(application.AgencyId);
        Timeline = ApplicationTimeline.Of(application, clock);
        Actions = ApplicationAccess.Available(Staff, application);
        Handlers = Actions.Contains(ApplicationAction.Assign) ? await queries.HandlersAsync(application.AgencyId, cancel) : [];
        Attachments = await queries.AttachmentsAsync(application.Id, cancel);
        Appeals = await appeals.ListAsync(Staff, application.Id, cancel);
        Served = await letters.ServedNumbersAsync(application.Id, cancel);
        (Due, WorkingDaysLeft) = ApplicationQueries.DueStatusOf(clock.Calendar, clocks.Today, ApplicationWorkflow.IsOpen(application.State) ? application.StepDueOn : null);
    }

    public static string Shown(DateOnly? date) => date is { } d ? ChineseDateText.WithWeekday(d) : "待定";
}
