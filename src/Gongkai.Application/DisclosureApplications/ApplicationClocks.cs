using Gongkai.Application.Calendar;
using Gongkai.Application.Data;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.DisclosureApplications;

namespace Gongkai.Application.DisclosureApplications;

/// <summary>Today's date in Asia/Shanghai, and the agency's statutory clock at the calendar's present revision.</summary>
public sealed class ApplicationClocks(GongkaiDbContext db, CalendarStore store, TimeProvider clock)
{
    public DateOnly Today => ShanghaiTime.Today(clock);

    public DateTimeOffset Now => clock.GetUtcNow();

    public Task<CalendarSnapshot> SnapshotAsync(CancellationToken cancel) => store.CurrentAsync(db, cancel);

    /// <summary>An action by <paramref name="actor"/> dated <paramref name="on"/> (today when not given).</summary>
    public async Task<ActionContext> ContextAsync(string actor, int agencyId, DateOnly? on, CancellationToken cancel)
    {
        var snapshot = await SnapshotAsync(cancel);
        var today = Today;
        return new ActionContext(actor, Now, on ?? today, today, snapshot.ClockFor(agencyId));
    }

    /// <summary>
    /// Runs a domain step, turning the calendar's and the fee bands' refusals into the use cases' (422), so that
    /// a date outside the loaded years or an impossible date is a clear message, not a server error.
    /// </summary>
    public static T Refusing<T>(Func<T> step)
    {
        try
        {
            return step();
        }
        catch (CalendarException problem)
        {
            throw GongkaiException.Invalid(problem.Message);
        }
        catch (InformationFeeException problem)
        {
            throw GongkaiException.Invalid(problem.Message);
        }
    }

    public static void Refusing(Action step) => Refusing(() =>
    {
        step();
        return 0;
    });
}
