using System.Runtime.CompilerServices;

namespace Gongkai.IntegrationTests.Infrastructure;

/// <summary>
/// Settings of the test process itself, before any host starts. Every test host would otherwise watch its
/// configuration files with inotify, and a run of a few hundred hosts (with other processes of the same
/// user) exhausts the machine's limit (128 instances): hosts then fail at random with IOException.
/// </summary>
internal static class TestEnvironment
{
#pragma warning disable CA2255 // A test assembly: this must run before the first host reads its configuration.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
