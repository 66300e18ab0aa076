namespace Gongkai.Reading.Tests;

/// <summary>Files of the repository the tests read (the sample report, the demo data).</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string SamplePath => Path.Combine(Root, "samples", "genhe-urban-management-2020-report.txt");

    public static string DemoData(string name) => Path.Combine(Root, "src", "Gongkai.Application", "Demo", "Data", name);

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
