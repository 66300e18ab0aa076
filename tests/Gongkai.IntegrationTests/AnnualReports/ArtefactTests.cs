using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Domain.AnnualReports;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.AnnualReports;

/// <summary>
/// A published version's exports are rendered once, stored with it and served from storage with their
/// hash: no download of a stored artefact starts LibreOffice, and the first downloads of a missing one
/// start exactly one conversion.
/// </summary>
public sealed class ArtefactTests
{
    private static readonly string[] ArtefactFormats = ["pdf", "html", "docx", "xlsx"];

    [Theory]
    [InlineData(11)]
    [InlineData(29)]
    public async Task APublishedVersionsDownloadsAreServedFromStorageWithoutLibreOffice(int seed)
    {
        using var database = TestDatabase.Create();
        using var converters = new Converters();
        int id, year, agency;
        var first = new Dictionary<string, byte[]>();
        using (var host = new GongkaiFactory(database, new() { ["Gongkai:Pdf:Soffice"] = converters.Counting() }))
        {
            agency = await Demo.DepartmentIdAsync(host);
            (id, year) = await Published.GeneratedAsync(host, seed);
            var anonymous = StaffClient.Anonymous(host);
            foreach (var format in ArtefactFormats)
            {
                first[format] = await anonymous.GetByteArrayAsync($"/reports/{agency}/{year}/download/{format}?version=1");
            }

            Assert.Equal(1, converters.Runs);
            // A correction supersedes version 1; its download links stay valid.
            await Published.CorrectAsync(host, id);
        }

        // Another server on the same database, where LibreOffice cannot run at all.
        using var restarted = new GongkaiFactory(database, new() { ["Gongkai:Pdf:Soffice"] = "/nonexistent/soffice" });
        var client = StaffClient.Anonymous(restarted);
        foreach (var format in ArtefactFormats)
        {
            var response = await client.GetAsync($"/reports/{agency}/{year}/download/{format}?version=1");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(first[format], bytes);
            var stored = await Published.ArtefactAsync(restarted, id, ExportFormats.Find(format)!.Format);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored!.Sha256);
            Assert.Equal(stored.Sha256, response.Headers.GetValues("X-Content-SHA256").Single());
        }

        Assert.Equal(1, converters.Runs);
        // The correction's PDF was never rendered: here it would need LibreOffice, which proves the above came from storage.
        var correction = await client.GetAsync($"/reports/{agency}/{year}/download/pdf");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, correction.StatusCode);
        Assert.Contains("apt-get install libreoffice-writer-nogui", await Published.DetailAsync(correction));
    }

    [Fact]
    public async Task ConcurrentFirstDownloadsOfAMissingPdfStartExactlyOneConversion()
    {
        using var converters = new Converters();
        using var host = new GongkaiFactory(settings: new() { ["Gongkai:Pdf:Soffice"] = converters.Counting() });
        var department = await Demo.DepartmentIdAsync(host);
        var reportId = await Published.DemoReportIdAsync(host);
        Assert.Null(await Published.ArtefactAsync(host, reportId, ExportFormat.Pdf));

        var downloads = Enumerable.Range(0, 8).Select(async _ =>
        {
            using var response = await StaffClient.Anonymous(host).GetAsync($"/reports/{department}/2020/download/pdf");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (Bytes: await response.Content.ReadAsByteArrayAsync(), ETag: response.Headers.ETag?.Tag);
        });
        var results = await Task.WhenAll(downloads);

        Assert.Equal(1, converters.Runs);
        var stored = await Published.ArtefactAsync(host, reportId, ExportFormat.Pdf);
        Assert.All(results, r => Assert.Equal(stored!.Content, r.Bytes));
        Assert.All(results, r => Assert.Equal($"\"{stored!.Sha256}\"", r.ETag));
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(stored!.Content, 0, 4));
        await StaffClient.Anonymous(host).GetByteArrayAsync($"/reports/{department}/2020/download/pdf");
        Assert.Equal(1, converters.Runs);
    }

    [Fact]
    public async Task EveryDownloadOfAPublishedVersionCarriesItsHashAsETagAndDigestAndAnswers304()
    {
        using var host = new GongkaiFactory();
        var department = await Demo.DepartmentIdAsync(host);
        var reportId = await Published.DemoReportIdAsync(host);
        var client = StaffClient.Anonymous(host);
        foreach (var format in ArtefactFormats.Append("json"))
        {
            var url = $"/reports/{department}/2020/download/{format}";
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            var expected = format == "json"
                ? (await Published.QueryReportAsync(host, reportId)).ContentSha256
                : (await Published.ArtefactAsync(host, reportId, ExportFormats.Find(format)!.Format))!.Sha256;
            Assert.Equal(expected, sha);
            Assert.Equal($"\"{sha}\"", response.Headers.ETag?.Tag);
            Assert.False(response.Headers.ETag!.IsWeak);
            Assert.Equal(sha, response.Headers.GetValues("X-Content-SHA256").Single());
            Assert.Equal($"sha-256=:{Convert.ToBase64String(SHA256.HashData(bytes))}:", response.Headers.GetValues("Repr-Digest").Single());

            using var again = new HttpRequestMessage(HttpMethod.Get, url);
            again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{sha}\""));
            var notModified = await client.SendAsync(again);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

            using var other = new HttpRequestMessage(HttpMethod.Get, url);
            other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{new string('0', 64)}\""));
            Assert.Equal(bytes, await (await client.SendAsync(other)).Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task AtStartTheDemosPublishedVersionIsRenderedInTheBackgroundAndServedFromStorage()
    {
        using var database = TestDatabase.Create();
        int reportId;
        using (var host = new GongkaiFactory(database, new() { ["Gongkai:Artefacts:RenderInBackground"] = "true" }))
        {
            reportId = await Published.DemoReportIdAsync(host);
            Assert.True(await Published.EventuallyAsync(async () => (await Published.ArtefactsAsync(host, reportId)).Count == ArtefactFormats.Length),
                "the background renderer did not store the demo's four artefacts");
        }

        using var restarted = new GongkaiFactory(database, new() { ["Gongkai:Pdf:Soffice"] = "/nonexistent/soffice" });
        var department = await Demo.DepartmentIdAsync(restarted);
        var pdf = await StaffClient.Anonymous(restarted).GetAsync($"/reports/{department}/2020/download/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal((await Published.ArtefactAsync(restarted, reportId, ExportFormat.Pdf))!.Content, await pdf.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task PublicationQueuesTheArtefactsWithoutWaitingForLibreOffice()
    {
        using var converters = new Converters();
        using var host = new GongkaiFactory(settings: new()
        {
            ["Gongkai:Artefacts:RenderInBackground"] = "true",
            ["Gongkai:Pdf:Soffice"] = converters.Gated(),
        });
        // The host starts; its background renderer begins with the demo's PDF and is held there by the stand-in.
        _ = host.Services;
        Assert.True(await Published.EventuallyAsync(() => Task.FromResult(converters.Started == 1)), "the demo's PDF was not started at start");

        var (id, _) = await Published.GeneratedAsync(host, seed: 5);

        Assert.Equal(ReportStatus.Published, (await Published.QueryReportAsync(host, id)).Status);
        Assert.Empty(await Published.ArtefactsAsync(host, id));
        converters.Release();
        Assert.True(await Published.EventuallyAsync(async () => (await Published.ArtefactsAsync(host, id)).Count == ArtefactFormats.Length),
            "the published version's artefacts were not rendered after its publication");
        Assert.Equal(2, converters.Started);
        Assert.Contains("gated stand-in", System.Text.Encoding.ASCII.GetString((await Published.ArtefactAsync(host, id, ExportFormat.Pdf))!.Content));
    }
}
