using System.Text.RegularExpressions;

namespace Gongkai.Domain.Tests.Architecture;

/// <summary>
/// One feature, one folder, with the same name in every project; no grab-bag folders; namespaces follow
/// folders; a feature uses another only along the edges written here (docs/decisions: the slice layout).
/// </summary>
public sealed partial class FeatureLayoutTests
{
    private static readonly string[] Features = ["AnnualReports", "DisclosureApplications", "Catalog", "Reading", "Calendar"];

    /// <summary>What else each project may hold beside features: the platform every feature stands on.</summary>
    private static readonly Dictionary<string, string[]> Platform = new()
    {
        ["Gongkai.Domain"] = ["Accounts", "Agencies"],
        ["Gongkai.Application"] = ["Accounts", "Agencies", "Audit", "Data", "Demo", "Documents", "Operations"],
        ["Gongkai.Web"] = ["Accounts", "Hosting", "Properties", "wwwroot"],
        ["Gongkai.Cli"] = ["Operations"],
    };

    /// <summary>Feature → the features it may use. The annual report is computed from the records of the others.</summary>
    private static readonly Dictionary<string, string[]> MayUse = new()
    {
        ["Calendar"] = [],
        ["DisclosureApplications"] = ["Calendar"],
        ["Catalog"] = ["Calendar", "AnnualReports"],
        ["AnnualReports"] = ["Calendar", "DisclosureApplications"],
        ["Reading"] = ["AnnualReports", "Calendar"],
    };

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"\bGongkai\.(Domain|Application|Web|Cli)\.(\w+)")]
    private static partial Regex FeatureReference();

    [Fact]
    public void EveryProjectHoldsOnlyFeaturesAndItsPlatform()
    {
        foreach (var (project, platform) in Platform)
        {
            var folders = Directory.GetDirectories(Path.Combine(SourceTree.Root, "src", project)).Select(Path.GetFileName)
                .Where(d => d is not ("bin" or "obj")).ToList();
            var strangers = folders.Where(f => !Features.Contains(f) && !platform.Contains(f)).ToList();
            Assert.True(strangers.Count == 0, $"{project} has folders that are neither a feature nor its platform: {string.Join(", ", strangers)}");
            Assert.Contains("AnnualReports", folders);
        }
    }

    [Fact]
    public void NoGrabBagFolders()
    {
        var grabBags = Directory.EnumerateDirectories(Path.Combine(SourceTree.Root, "src"), "*", SearchOption.AllDirectories)
            .Where(d => Path.GetFileName(d) is "Common" or "Utils" or "Utilities" or "Helpers" or "Shared" or "Misc")
            .Select(SourceTree.Relative).ToList();
        Assert.Empty(grabBags);
    }

    [Fact]
    public void NamespacesFollowFolders()
    {
        var wrong = new List<string>();
        foreach (var file in SourceTree.CodeFiles("src").Where(f => f.EndsWith(".cs", StringComparison.Ordinal) && !f.Contains("Gongkai.Migrations.", StringComparison.Ordinal)))
        {
            var parts = SourceTree.Relative(Path.GetDirectoryName(file)!).Split(Path.DirectorySeparatorChar).Skip(1).ToArray();
            var expected = string.Join('.', parts);
            var declared = Namespace().Match(File.ReadAllText(file));
            // The reader's public surface (ReportReader, BatchReader, SeriesAudit…) lives in its project's root namespace.
            var readerSurface = parts[0] == "Gongkai.Reading" && declared.Groups[1].Value == "Gongkai.Reading";
            if (declared.Success && declared.Groups[1].Value != expected && !readerSurface)
            {
                wrong.Add($"{SourceTree.Relative(file)}: {declared.Groups[1].Value} (expected {expected})");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void AFeatureUsesOtherFeaturesOnlyAlongTheAllowedEdges()
    {
        var crossings = new List<string>();
        foreach (var file in SourceTree.CodeFiles("src"))
        {
            var parts = SourceTree.Relative(file).Split(Path.DirectorySeparatorChar);
            if (parts.Length < 4 || !Features.Contains(parts[2]))
            {
                continue;
            }

            var feature = parts[2];
            foreach (Match reference in FeatureReference().Matches(File.ReadAllText(file)))
            {
                var used = reference.Groups[2].Value;
                if (Features.Contains(used) && used != feature && !MayUse[feature].Contains(used))
                {
                    crossings.Add($"{SourceTree.Relative(file)}: {feature} uses {used} ({reference.Value})");
                }
            }
        }

        Assert.True(crossings.Count == 0, string.Join("\n", crossings.Distinct()));
    }
}
