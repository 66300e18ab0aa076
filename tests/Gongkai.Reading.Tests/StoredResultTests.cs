using System.Text;
using Gongkai.Application.Reading;
using Gongkai.Reading.Tests.Rendering;
using Gongkai.TestSupport;

namespace Gongkai.Reading.Tests;

/// <summary>
/// A stored 年报体检 file (ADR 0019) redraws as it was read: the JSON of every outcome — read (with null
/// cells and their findings), pre-2019 (with what it states), not a report, failed — comes back the same.
/// </summary>
public sealed class StoredResultTests
{
    private readonly ReportReader _reader = new();

    public static TheoryData<string> Forms => ["html", "pipe", "run-together", "floated-cells", "converted-pdf"];

    [Theory]
    [MemberData(nameof(Forms))]
    public void ReadReportsComeBackAsTheyWereRead(string form)
    {
        var unresolved = 0;
        for (var seed = 0; seed < 25; seed++)
        {
            var random = new Random(seed * 31 + form.Length);
            var (bytes, name) = ReportForms.Render(form, RoundTrip.Report(seed), random);
            var read = _reader.Read(bytes, name);
            unresolved += read.Stats.CellsUnresolved + read.Stats.CellsMissing;

            AssertSame(read, StoredResult.Read(StoredResult.Write(read)), $"{form} seed {seed}");
        }

        if (form is "run-together" or "converted-pdf")
        {
            Assert.True(unresolved > 0, "these forms leave some cells null, so nulls are round-tripped too");
        }
    }

    [Fact]
    public void OldReportsAndFilesThatAreNotReadComeBackWithTheirMessage()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var old = OldFormatReports.Random(new Random(seed), seed % 2 == 0 ? "pipe" : "html");
            var pre2019 = _reader.Read(Encoding.UTF8.GetBytes(old.Text), old.FileName);
            Assert.Equal(ReadOutcome.Pre2019, pre2019.Outcome);
            Assert.NotEmpty(pre2019.Stated);
            AssertSame(pre2019, StoredResult.Read(StoredResult.Write(pre2019)), $"old seed {seed}");
        }

        foreach (var (bytes, name) in new[] { (Encoding.UTF8.GetBytes("通知\n\n关于做好防汛工作的通知。"), "notice.txt"), ([0x20], "empty.txt"), (new byte[] { 0x50, 0x4B, 3, 4, 1 }, "broken.docx") })
        {
            var unread = _reader.Read(bytes, name);
            Assert.NotEqual(ReadOutcome.Read, unread.Outcome);
            AssertSame(unread, StoredResult.Read(StoredResult.Write(unread)), name);
        }
    }

    private static void AssertSame(ReadResult read, ReadResult stored, string context)
    {
        Assert.True(read.ToJson() == stored.ToJson(), context);
        Assert.Equal(read.Outcome, stored.Outcome);
        Assert.Equal(read.DetectedFormat, stored.DetectedFormat);
        Assert.Equal(read.FileName, stored.FileName);
        Assert.Equal(read.Title, stored.Title);
        Assert.Equal(read.Year, stored.Year);
        Assert.Equal(read.Agency, stored.Agency);
        Assert.Equal(read.Message, stored.Message);
        Assert.Equal(read.Stats, stored.Stats);
        Assert.Equal(read.Findings, stored.Findings);
        // Where a figure stood in the text is not kept: it only served the reading.
        Assert.Equal(read.Stated.Select(s => (s.Key, s.Label, s.Value, s.Unit, s.Quote)), stored.Stated.Select(s => (s.Key, s.Label, s.Value, s.Unit, s.Quote)));
        Assert.Equal(read.Figures is null, stored.Figures is null);
        if (read.Figures is { } figures)
        {
            Assert.True(figures.SameAs(stored.Figures!), context);
        }
    }
}
