namespace Gongkai.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args) => GongkaiCommandLine.RunAsync(args, Console.Out, Console.Error);
}
