using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Application.Calendar;

public static class CalendarServices
{
    /// <summary>The platform's calendar (shipped years, imports, agencies' overrides) and its administration.</summary>
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddSingleton<CalendarStore>();
        services.AddScoped<CalendarAdministration>();
        services.AddScoped<CalendarQueries>();
        return services;
    }
}
