namespace Gongkai.Domain.Tests.Architecture;

/// <summary>The repository's source files, for the tests that read the code itself.</summary>
internal static class SourceTree
{
    public static string Root { get; } = FindRoot();

    /// <summary>Every C# and Razor file of the product, the tests and the benchmarks (build output excluded).</summary>
    public static IEnumerable<string> CodeFiles(params string[] tops) =>
        tops.SelectMany(top => Directory.EnumerateFiles(Path.Combine(Root, top), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    public static string Relative(string path) => Path.GetRelativePath(Root, path);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Gongkai.slnx")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }
}
