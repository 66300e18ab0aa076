using Gongkai.Application.Calendar;
using Gongkai.Application.DisclosureApplications.Appeals;
using Gongkai.Application.DisclosureApplications.Intake;
using Gongkai.Application.DisclosureApplications.Letters;
using Gongkai.Application.DisclosureApplications.Supervision;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Application.DisclosureApplications;

public static class DisclosureApplicationsServices
{
    /// <summary>依申请公开: intake, the workflow's steps, the work list, 督办 notices, deadlines kept up with the calendar, letters, appeals, the evidence pack.</summary>
    public static IServiceCollection AddDisclosureApplications(this IServiceCollection services)
    {
        services.AddScoped<ApplicationClocks>();
        services.AddScoped<ApplicationIntake>();
        services.AddScoped<ApplicationQueries>();
        services.AddScoped<ApplicationCommands>();
        services.AddScoped<SupervisionNotices>();
        services.AddScoped<SupervisionMail>();
        services.AddScoped<LetterDocuments>();
        services.AddScoped<Letters.Templates.LetterTemplates>();
        services.AddScoped<EvidencePack>();
        services.AddScoped<AppealRecords>();
        services.AddSingleton<LetterMail>();
        services.AddScoped<ICalendarChangeHandler, DeadlineRecomputation>();
        return services;
    }

    /// <summary>The hourly 督办 sweep, for a long-running host (the web host; not the command line).</summary>
    public static IServiceCollection AddSupervisionSweep(this IServiceCollection services) =>
        services.AddHostedService<SupervisionSweepService>();
}
