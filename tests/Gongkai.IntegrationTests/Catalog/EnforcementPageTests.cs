using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Gongkai.Application.Catalog.Enforcement;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Catalog.Enforcement;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>
/// The staff page of the register: upload (anti-forgery, own agency's editor, bounded size, all or nothing), the
/// list, and 双公示 — licensing and penalty decisions made public more than 7 working days after the decision, or
/// not yet and past it, with the working days late as the calendar counts them.
/// </summary>
public sealed class EnforcementPageTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task DecisionsMadePublicLateOrNotYetArePastSevenWorkingDaysAreListedWithTheirDaysLate()
    {
        var today = ShanghaiTime.Today(_factory.Clock);
        var random = new Random(1123);
        var lines = EnforcementCorpus.Generate(random, 400, today.AddDays(-200), today);
        var editor = await Demo.EditorAsync(_factory);
        var response = await UploadAsync(editor, "register.csv", EnforcementCorpus.CsvBytes(lines));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        // Counted here from the calendar: the 7th working day after the decision is the last day.
        var expected = new Dictionary<string, int>();
        foreach (var l in lines.Where(l => l.Category is "行政许可" or "行政处罚"))
        {
            var due = OfficialArrangement.Calendar.AddWorkingDays(l.Date, 7);
            var until = l.PublishedOn ?? today;
            if (until > due)
            {
                expected[l.Number] = OfficialArrangement.Calendar.WorkingDaysBetween(due, until);
            }
        }

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var (late, more) = await scope.ServiceProvider.GetRequiredService<DualPublicity>().ListAsync(await Demo.DepartmentIdAsync(_factory));
            Assert.False(more);
            Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), late.Select(l => KeyValuePair.Create(l.Number, l.WorkingDaysLate)).OrderBy(e => e.Key, StringComparer.Ordinal));
            Assert.Contains(late, l => l.PublishedOn is null);
            Assert.Contains(late, l => l.PublishedOn is not null);
            Assert.All(late, l => Assert.True(l.Kind is EnforcementKind.Licensing or EnforcementKind.Penalty));
        }

        var page = await editor.Http.GetStringAsync("/catalog/staff/enforcement");
        var listed = page[page.IndexOf("id=\"late-decisions\"", StringComparison.Ordinal)..page.IndexOf("</table>", page.IndexOf("id=\"late-decisions\"", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.All(expected, e => Assert.Contains(System.Net.WebUtility.HtmlEncode(e.Key), listed, StringComparison.Ordinal));
        Assert.Equal(expected.Count, System.Text.RegularExpressions.Regex.Count(listed, "data-days="));
        Assert.Contains($"共 {lines.Count} 行", page, StringComparison.Ordinal);

        // A day later, an unpublished decision is one more working day late (or the same on a rest day).
        _factory.Clock.Advance(TimeSpan.FromDays(1));
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var (late, _) = await scope.ServiceProvider.GetRequiredService<DualPublicity>().ListAsync(await Demo.DepartmentIdAsync(_factory));
            var step = OfficialArrangement.Calendar.IsWorkingDay(today.AddDays(1)) ? 1 : 0;
            Assert.All(late.Where(l => l.PublishedOn is null && expected.ContainsKey(l.Number)), l => Assert.Equal(expected[l.Number] + step, l.WorkingDaysLate));
        }
    }

    [Fact]
    public async Task TheUploadIsTheEditorsOwnAgencysAllOrNothingAndBounded()
    {
        var random = new Random(1129);
        var lines = EnforcementCorpus.Generate(random, 50, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));
        var editor = await Demo.EditorAsync(_factory);

        // A bad line: 422, the line and reason on the page, nothing saved.
        var bad = lines.Select(l => l.Cells).ToList();
        bad[17][3] = "2025年13月1日";
        var refused = await UploadAsync(editor, "bad.csv", Encoding.UTF8.GetBytes(EnforcementCorpus.Csv([EnforcementCorpus.Header, .. bad])));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("第 19 行", html, StringComparison.Ordinal);
        Assert.Contains("不是有效的日期", html, StringComparison.Ordinal);
        Assert.Contains("尚无登记", html, StringComparison.Ordinal);

        // Too big: refused before reading.
        var big = await UploadAsync(editor, "big.csv", new byte[EnforcementImport.MaxUploadBytes + 1]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, big.StatusCode);
        Assert.Contains("文件过大", await big.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // No anti-forgery token: refused.
        using (var form = new MultipartFormDataContent { { new ByteArrayContent(EnforcementCorpus.CsvBytes(lines)), "file", "x.csv" } })
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await editor.Http.PostAsync("/catalog/staff/enforcement", form)).StatusCode);
        }

        // A reviewer is not the office that keeps the register.
        var reviewer = await Demo.ReviewerAsync(_factory);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(reviewer, "r.csv", EnforcementCorpus.CsvBytes(lines))).StatusCode);
        Assert.DoesNotContain("导入执法登记", await reviewer.Http.GetStringAsync("/catalog/staff/enforcement"), StringComparison.Ordinal);

        var done = await UploadAsync(editor, "good.csv", EnforcementCorpus.CsvBytes(lines));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var listed = await editor.Http.GetStringAsync(done.Headers.Location!.OriginalString);
        Assert.Contains($"已导入 {lines.Count} 行（新增 {lines.Count}，替换 0）", listed, StringComparison.Ordinal);
        var fee = lines.First(l => l.Category == "行政事业性收费");
        var penalty = lines.Where(l => l.Category == "行政处罚").ToList();
        var filtered = await editor.Http.GetStringAsync("/catalog/staff/enforcement?kind=Penalty&year=2025");
        Assert.Contains($"共 {penalty.Count} 行", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain(fee.Number, filtered, StringComparison.Ordinal);
        Assert.Contains((fee.AmountFen!.Value / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), listed.Contains(fee.Number, StringComparison.Ordinal) ? listed : await editor.Http.GetStringAsync("/catalog/staff/enforcement?kind=Fee"), StringComparison.Ordinal);

        // Anonymous: the sign-in page, not the register.
        var anonymous = await StaffClient.Anonymous(_factory).GetAsync("/catalog/staff/enforcement");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadAsync(StaffClient client, string name, byte[] content)
    {
        var page = await client.Http.GetStringAsync("/catalog/staff/enforcement");
        var token = page.Contains("__RequestVerificationToken", StringComparison.Ordinal) ? StaffClient.FormToken(page) : "";
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "file", name);
        return await client.Http.PostAsync("/catalog/staff/enforcement", form);
    }
}
