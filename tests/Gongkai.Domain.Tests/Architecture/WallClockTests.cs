using System.Text.RegularExpressions;

namespace Gongkai.Domain.Tests.Architecture;

/// <summary>
/// Time comes from the injected TimeProvider, so that deadlines and dates can be tested at any moment:
/// no code reads the wall clock directly.
/// </summary>
public sealed partial class WallClockTests
{
    // Built from parts so that this file does not match itself.
    [GeneratedRegex(@"\bDateTime(Offset)?\s*\.\s*(" + "Now|UtcNow|Today" + @")\b")]
    private static partial Regex WallClock();

    [Fact]
    public void NoCodeReadsTheWallClock()
    {
        var offenders = SourceTree.CodeFiles("src", "tests", "benchmarks")
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => WallClock().IsMatch(l.line))
            .Select(l => $"{SourceTree.Relative(l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "wall-clock reads (inject TimeProvider instead):\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("var now = DateTime" + ".Now;")]
    [InlineData("x > DateTimeOffset" + ".UtcNow")]
    [InlineData("DateTime " + ".Today")]
    public void TheScanRecognisesEveryForm(string line) => Assert.Matches(WallClock(), line);

    [Theory]
    [InlineData("clock.GetUtcNow()")]
    [InlineData("DateTimeOffset.UnixEpoch")]
    [InlineData("var nowDate = today;")]
    public void TheScanLeavesTheInjectedClockAlone(string line) => Assert.DoesNotMatch(WallClock(), line);
}
