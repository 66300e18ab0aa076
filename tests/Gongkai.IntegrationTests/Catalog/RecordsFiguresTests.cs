using System.Net;
using Gongkai.Application.Catalog.Reporting;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>
/// What the catalog gives the annual report and the office: table 二 (一) (规章, 规范性文件) for a year in both
/// formats, filled into the workbench by “从办理记录填入”; and the items past 条例第二十六条's 20 working days.
/// </summary>
public sealed class RecordsFiguresTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private sealed record Made(RegulatoryKind Kind, DateOnly Written, DateOnly Published, DateOnly? Repealed);

    [Fact]
    public async Task TableTwoCountsRulesAndNormativeDocumentsInBothFormatsAndTheWorkbenchFillsThem()
    {
        var staff = await CatalogStaff.ForDemoAsync(_factory);
        var random = new Random(71);
        var made = new List<Made>();
        for (var i = 0; i < 24; i++)
        {
            var kind = random.Next(3) == 0 ? RegulatoryKind.Rule : RegulatoryKind.NormativeDocument;
            var written = new DateOnly(2019, 3, 1).AddDays(random.Next(2000));
            var published = written.AddDays(random.Next(0, 40));
            var item = await staff.PublishAsync(CatalogStaff.RandomContent(random) with { RegulatoryKind = kind, WrittenOn = written, PublishedOn = published });
            DateOnly? repealed = null;
            if (random.Next(3) == 0)
            {
                repealed = published.AddDays(random.Next(1, 900)) is var r && r < new DateOnly(2026, 11, 25) ? r : new DateOnly(2026, 11, 25);
                await staff.RunAsync(c => c.RepealAsync(staff.Signer, item.Id, item.Revision, repealed.Value, withdraw: random.Next(2) == 0, "已被新文件替代"));
            }

            made.Add(new Made(kind, written, published, repealed));
        }

        // Neither a draft nor an item of no regulatory kind counts.
        await staff.RunAsync(c => c.RegisterAsync(staff.Editor, staff.AgencyId, CatalogStaff.RandomContent(random) with { RegulatoryKind = RegulatoryKind.Rule, WrittenOn = new DateOnly(2024, 3, 1) }));
        await staff.PublishAsync(CatalogStaff.RandomContent(random) with { WrittenOn = new DateOnly(2024, 3, 1) });

        foreach (var year in new[] { 2019, 2024 }) // the demo has a 2020 report already
        {
            var end = new DateOnly(year, 12, 31);
            var expected = new Dictionary<string, decimal>();
            foreach (var (kind, row) in new[] { (RegulatoryKind.Rule, "rules"), (RegulatoryKind.NormativeDocument, "normative_documents") })
            {
                var of = made.Where(m => m.Kind == kind).ToList();
                if (year >= 2021)
                {
                    expected[$"proactive.{row}.issued"] = of.Count(m => m.Written.Year == year);
                    expected[$"proactive.{row}.repealed"] = of.Count(m => m.Repealed?.Year == year);
                    expected[$"proactive.{row}.in_force"] = of.Count(m => m.Published <= end && (m.Repealed is null || m.Repealed > end));
                }
                else
                {
                    expected[$"proactive.{row}.made"] = of.Count(m => m.Written.Year == year);
                    expected[$"proactive.{row}.published"] = of.Count(m => m.Published.Year == year);
                    expected[$"proactive.{row}.total"] = of.Count(m => m.Published <= end);
                }
            }

            await using var scope = _factory.Services.CreateAsyncScope();
            var figures = await scope.ServiceProvider.GetRequiredService<TableTwoFigures>().ComputeAsync([staff.AgencyId], year);
            Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), figures.Select(f => KeyValuePair.Create(f.Path, f.Value)).OrderBy(e => e.Key, StringComparer.Ordinal));
            Assert.Contains(expected.Values, v => v > 0);

            // 从办理记录填入: the form as typed, with table 二 (一) from the catalog in its cells and each difference
            // listed; nothing saved until the user saves.
            var editor = await Demo.EditorAsync(_factory);
            var created = await editor.JsonAsync(HttpMethod.Post, "/api/reports", new { agencyId = staff.AgencyId, year });
            var (id, revision) = (created.GetProperty("id").GetInt32(), created.GetProperty("revision").GetInt32());
            var form = new Dictionary<string, string> { ["revision"] = $"{revision}", ["n:Problems"] = "已填写的文字" };
            foreach (var cell in ReportTemplate.ForYear(year).Cells.Where(c => c.Kind != CellKind.AmountText))
            {
                form["cell:" + cell.Path] = "0";
            }

            var response = await editor.PostFormAsync($"/workbench/reports/{id}?handler=FillFromRecords", form, $"/workbench/reports/{id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var filled = await response.Content.ReadAsStringAsync();
            Assert.All(expected, e => Assert.Equal(e.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), AnnualReports.FromRecordsTests.InputValue(filled, e.Key)));
            Assert.All(expected.Where(e => e.Value > 0), e => Assert.Matches($@"data-path=""{System.Text.RegularExpressions.Regex.Escape(e.Key)}""><td>[^<]*<small>[^<]*</small></td><td>0</td><td>{e.Value}</td>", filled));
            Assert.Contains("已填写的文字", filled, StringComparison.Ordinal);
            var stored = await editor.JsonAsync(HttpMethod.Get, $"/api/reports/{id}");
            Assert.Equal(revision, stored.GetProperty("revision").GetInt32());
        }
    }

    [Fact]
    public async Task ItemsPastTwentyWorkingDaysFromTheirWrittenDateAreListed()
    {
        var staff = await CatalogStaff.ForDemoAsync(_factory);
        var random = new Random(73);
        var today = new DateOnly(2026, 11, 25);
        var expected = new List<string>();
        var notExpected = new List<string>();
        for (var i = 0; i < 16; i++)
        {
            var written = today.AddDays(-random.Next(5, 120));
            var due = OfficialArrangement.Calendar.AddWorkingDays(written, 20);
            var title = $"时限测试{i}号文件";
            var content = CatalogStaff.RandomContent(random, title: title) with { WrittenOn = written };
            switch (random.Next(4))
            {
                case 0: // published on time (on the last day at the latest)
                    await staff.PublishAsync(content with { PublishedOn = Min(due, today) });
                    notExpected.Add(title);
                    break;
                case 1: // published late
                    var late = due.AddDays(random.Next(1, 10));
                    if (late > today)
                    {
                        goto case 0;
                    }

                    await staff.PublishAsync(content with { PublishedOn = late });
                    expected.Add(title);
                    break;
                case 2: // still a draft
                    await staff.RunAsync(c => c.RegisterAsync(staff.Editor, staff.AgencyId, content));
                    (today > due ? expected : notExpected).Add(title);
                    break;
                default: // withheld: Art. 26 does not apply
                    await staff.PublishAsync(CatalogStaff.RandomContent(random, DisclosureMode.Withheld, title) with { WrittenOn = written });
                    notExpected.Add(title);
                    break;
            }
        }

        await using var scope = _factory.Services.CreateAsyncScope();
        var listed = (await scope.ServiceProvider.GetRequiredService<OverdueItems>().ListAsync(staff.AgencyId)).Select(o => o.Title).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.NotEmpty(expected);
        Assert.NotEmpty(notExpected);

        var page = await (await Demo.EditorAsync(_factory)).Http.GetStringAsync("/catalog/staff");
        var section = page[page.IndexOf("id=\"overdue-items\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.All(expected, t => Assert.Contains(t, section));
        Assert.All(notExpected, t => Assert.DoesNotContain(t, section));
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
