using System.Security.Cryptography;
using Gongkai.Application.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Application.Accounts;

/// <summary>
/// The cookie's session store: tickets live in the database under a random key (the cookie holds the
/// key only). Works the same on SQLite and PostgreSQL and across several web servers on one database.
/// </summary>
public sealed class UserSessions(IServiceScopeFactory scopes, TimeProvider clock) : ITicketStore
{
    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var now = clock.GetUtcNow();
        // Expired sessions of anyone go as new ones come: the table holds live sessions only.
        await db.UserSessions.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync();
        db.UserSessions.Add(new UserSession
        {
            Key = key,
            UserId = UserIdOf(ticket),
            Ticket = TicketSerializer.Default.Serialize(ticket),
            CreatedAt = now,
            ExpiresAt = ticket.Properties.ExpiresUtc,
        });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var bytes = TicketSerializer.Default.Serialize(ticket);
        await db.UserSessions.Where(s => s.Key == key)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Ticket, bytes).SetProperty(s => s.ExpiresAt, ticket.Properties.ExpiresUtc));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var session = await db.UserSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key);
        return session is null || session.ExpiresAt < clock.GetUtcNow() ? null : TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().UserSessions.Where(s => s.Key == key).ExecuteDeleteAsync();
    }

    /// <summary>Ends every session of a user (disabled, password reset by the administrator).</summary>
    public static Task EndAllAsync(GongkaiDbContext db, string userId, CancellationToken cancel) =>
        db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancel);

    private static string UserIdOf(AuthenticationTicket ticket) =>
        ticket.Principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "";

    /// <summary>Puts the store behind the sign-in cookie.</summary>
    public static void Use(CookieAuthenticationOptions cookie, IServiceProvider services) =>
        cookie.SessionStore = services.GetRequiredService<UserSessions>();
}
