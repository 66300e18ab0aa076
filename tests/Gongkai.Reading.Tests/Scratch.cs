using Xunit.Abstractions;

namespace Gongkai.Reading.Tests;

public sealed class Scratch(ITestOutputHelper output)
{
    [Fact]
    public void Show()
    {
        var form = Environment.GetEnvironmentVariable("FORM") ?? "pipe";
        var seed = int.Parse(Environment.GetEnvironmentVariable("SEED") ?? "1", System.Globalization.CultureInfo.InvariantCulture);
        var document = RoundTrip.Report(seed);
        var (bytes, name) = RoundTripTests.Render(form, document, new Random(seed * 7919));
        output.WriteLine(System.Text.Encoding.UTF8.GetString(bytes));
        var result = new ReportReader().Read(bytes, name);
        foreach (var f in result.Findings)
        {
            output.WriteLine($"{f.Rule} {f.Severity} {f.Where}: {f.Message}");
        }
    }
}
