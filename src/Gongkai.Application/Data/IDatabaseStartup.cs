namespace Gongkai.Application.Data;

/// <summary>
/// Something a feature keeps in the database outside the EF model (a full-text index) and makes sure of at
/// start, after the migrations: idempotent, run by <see cref="DatabaseInitializer"/> for every registered one.
/// </summary>
public interface IDatabaseStartup
{
    Task RunAsync(CancellationToken cancel);
}
