using BenchmarkDotNet.Running;

namespace Gongkai.Benchmarks;

/// <summary>Not a top-level Program: the web host's <c>Program</c> is the entry point <see cref="WebPageBenchmarks"/> starts.</summary>
public static class BenchmarkProgram
{
    /// <summary>
    /// BenchmarkDotNet's switcher. <c>--quick</c> is shorthand for <c>--job short</c> (3 warm-ups, 3
    /// iterations, 1 launch): a rough figure in about a minute per class instead of several.
    /// </summary>
    public static void Main(string[] args)
    {
        var arguments = args.SelectMany(a => a == "--quick" ? ["--job", "short"] : new[] { a }).ToArray();
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(arguments);
    }
}
