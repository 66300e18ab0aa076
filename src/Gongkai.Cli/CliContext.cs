using Gongkai.Application;
using Gongkai.Application.Accounts;
using Gongkai.Domain;
using Gongkai.Application.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gongkai.Cli;

/// <summary>
/// What every command shares: where to write, and the platform's services on the same database as the
/// web host (configured the same way: Database__Provider, ConnectionStrings__Default, Gongkai__DataDirectory).
/// </summary>
public sealed class CliContext(TextWriter output, TextWriter error, IDictionary<string, string?>? settings)
{
    public TextWriter Output { get; } = output;
    public TextWriter Error { get; } = error;

    /// <summary>Who the command line acts as: the system itself, with an administrator's reach.</summary>
    public static StaffContext Staff { get; } = StaffContext.System();

    /// <summary>The services, with the database created, migrated and (on first use) seeded like the web host's.</summary>
    public async Task<ServiceProvider> OpenAsync(bool initialise = true, CancellationToken cancel = default)
    {
        var configuration = Configuration();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddGongkai(configuration);
        var provider = services.BuildServiceProvider();
        if (initialise)
        {
            await DatabaseInitializer.InitializeAsync(provider, cancel);
        }

        return provider;
    }

    /// <summary>The settings: the environment, then those given in-process (tests).</summary>
    public IConfiguration Configuration() => new ConfigurationBuilder()
        .AddEnvironmentVariables()
        .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
        .Build();

    /// <summary>Runs a command body; a refusal prints its message (and per-path details) and exits 1.</summary>
    public async Task<int> GuardAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (RefusedException problem)
        {
            await Error.WriteLineAsync($"错误：{problem.Message}");
            foreach (var detail in Application.GongkaiException.DetailsOf(problem))
            {
                await Error.WriteLineAsync($"  {detail.Path}: {detail.Message}");
            }

            return 1;
        }
    }
}
