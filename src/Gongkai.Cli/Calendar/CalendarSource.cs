using Gongkai.Application.Agencies;
using Gongkai.Application.Calendar;
using Gongkai.Application.Data;
using Gongkai.Domain.Calendar;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Cli.Calendar;

/// <summary>
/// Which calendar the calculators use: the platform's (the shipped years with those imported into the
/// database, and with <c>--agency</c> that agency's overrides), or the shipped arrangement alone where there
/// is no database yet (a fresh clone), so that a calculation never creates one.
/// </summary>
internal static class CalendarSource
{
    public static async Task<WorkingDayCalendar> LoadAsync(CliContext context, string? agency, CancellationToken cancel)
    {
        if (agency is null && !DatabaseExists(context.Configuration()))
        {
            return OfficialArrangement.Calendar;
        }

        await using var services = await context.OpenAsync(initialise: true, cancel);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var snapshot = await scope.ServiceProvider.GetRequiredService<CalendarStore>().CurrentAsync(db, cancel);
        if (agency is null)
        {
            return snapshot.National;
        }

        var found = await scope.ServiceProvider.GetRequiredService<AgencyDirectory>().FindByNameAsync(agency, cancel)
            ?? throw new CalendarInputException($"没有名为“{agency}”的机关");
        return snapshot.For(found.Id);
    }

    /// <summary>PostgreSQL always has its database; the embedded one exists once its file does.</summary>
    private static bool DatabaseExists(IConfiguration configuration)
    {
        if (!string.Equals(configuration["Database:Provider"] ?? "Sqlite", "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var connection = configuration.GetConnectionString("Default");
        var file = string.IsNullOrWhiteSpace(connection)
            ? Path.Combine(configuration["Gongkai:DataDirectory"] ?? DatabaseSettings.DefaultDataDirectory(), "gongkai.db")
            : new SqliteConnectionStringBuilder(connection).DataSource;
        return File.Exists(file);
    }
}

/// <summary>A command-line argument that is not what the command expects.</summary>
internal sealed class CalendarInputException(string message) : Exception(message);
