using Gongkai.Application.Demo;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Domain.AnnualReports;
using Gongkai.TestSupport;

namespace Gongkai.Reporting.Tests;

/// <summary>The reports every renderer test runs on: all-zero reports of both formats, random valid ones and the demo.</summary>
internal static class TestReports
{
    public const string Demo = "demo";

    public static TheoryData<string> Keys => ["zero-2020", "zero-2021", "blank-2020", "blank-2021", "random-2020-1", "random-2020-2", "random-2021-3", "random-2022-4", "random-2024-5", Demo];

    public static ReportDocument Build(string key)
    {
        if (key == Demo)
        {
            return new ReportDocument(DemoSeeder.SampleFigures(), DemoSeeder.SampleNarrative());
        }

        var parts = key.Split('-');
        var year = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        var figures = parts[0] switch
        {
            "zero" => ReportFigures.Zero(year, "某局"),
            // Nothing entered but two figures: every other cell must print blank, not 0.
            "blank" => ReportFigures.Blank(year, "某局"),
            _ => RandomReports.Valid(new Random(int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture)), year),
        };
        if (parts[0] == "blank")
        {
            figures.SetApplicationRow("granted", 3, null, null, null, null, null, 3);
            figures.SetAppealGroup("reconsideration", 1, null, null, null, 1);
        }

        var narrative = new ReportNarrative
        {
            Preamble = "本报告根据《中华人民共和国政府信息公开条例》编制。",
            OverviewProactive = "主动公开第一段。\n主动公开第二段。",
            OverviewOnRequest = "依申请公开。",
            Problems = "一是……\n二是……",
            OtherMatters = "本年度未收取信息处理费。",
        };
        return new ReportDocument(figures, narrative);
    }

    /// <summary>
    /// test-artifacts/ at the repository root (git-ignored), for a person to open the files, or GONGKAI_TEST_ARTIFACTS
    /// (CI gives each database lane its own, as the lanes run side by side).
    /// </summary>
    public static string ArtifactsDirectory()
    {
        if (Environment.GetEnvironmentVariable("GONGKAI_TEST_ARTIFACTS") is { Length: > 0 } given)
        {
            Directory.CreateDirectory(given);
            return given;
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
        {
            dir = dir.Parent;
        }

        var path = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "test-artifacts");
        Directory.CreateDirectory(path);
        return path;
    }
}
