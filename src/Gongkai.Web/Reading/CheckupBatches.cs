using System.Security.Claims;
using Gongkai.Application.Accounts;
using Gongkai.Application.Reading;

namespace Gongkai.Web.Reading;

/// <summary>What a batch address finds for this visitor.</summary>
/// <param name="SignIn">A stored batch asked for by someone not signed in: send them to sign in, show nothing.</param>
public sealed record CheckupLookup(ReadBatch? Batch, bool SignIn);

/// <summary>
/// Finds a batch by its address, wherever it is kept: an anonymous upload in memory
/// (<see cref="ReadBatchStore"/>), a member of staff's in the database (<see cref="StoredCheckups"/>,
/// with its access rule: anyone who may not open it is told it does not exist).
/// </summary>
public sealed class CheckupBatches(ReadBatchStore memory, StoredCheckups stored)
{
    public async Task<CheckupLookup> FindAsync(ClaimsPrincipal user, string id, CancellationToken cancel)
    {
        if (memory.Find(id) is { } batch)
        {
            return new(batch, false);
        }

        if (id.Length != 32 || !id.All(char.IsAsciiHexDigitLower))
        {
            return new(null, false);
        }

        return StaffContext.FromPrincipal(user) is { } staff
            ? new(await stored.FindAsync(staff, id, cancel), false)
            : new(null, await stored.ExistsAsync(id, cancel));
    }
}
