using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Gongkai.Application.Data;
using Gongkai.Domain.AnnualReports;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.AnnualReports;

/// <summary>Every export format, for staff (any visible report) and for the public (published versions).</summary>
public sealed class ExportTests : IDisposable
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("html", "text/html")]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("pdf", "application/pdf")]
    [InlineData("json", "application/json")]
    public async Task ThePublishedDemoReportDownloadsInEveryFormat(string format, string contentType)
    {
        var department = await Demo.DepartmentIdAsync(_factory);
        var response = await StaffClient.Anonymous(_factory).GetAsync($"/reports/{department}/2020/download/{format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"根河市城市管理综合执法局2020年政府信息公开工作年度报告.{format}", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Contains("472", Text(format, bytes));
        Assert.Contains(format == "json" ? "343.98万元" : "根河市城市管理综合执法局", Text(format, bytes));
    }

    [Fact]
    public async Task StaffExportDraftsThatThePublicCannotSee()
    {
        var editor = await Demo.EditorAsync(_factory);
        var created = await editor.JsonAsync(HttpMethod.Post, "/api/reports", new { agencyId = await Demo.DepartmentIdAsync(_factory), year = 2025 });
        var id = created.GetProperty("id").GetInt32();

        var docx = await editor.SendAsync(HttpMethod.Get, $"/api/reports/{id}/export/docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Contains("根河市城市管理综合执法局2025年政府信息公开工作年度报告", Text("docx", await docx.Content.ReadAsByteArrayAsync()));
        var unknown = await editor.SendAsync(HttpMethod.Get, $"/api/reports/{id}/export/odt");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Contains("不支持的导出格式“odt”", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ThePublishedJsonIsTheStoredBytesNotARewriting()
    {
        var department = await Demo.DepartmentIdAsync(_factory);
        // The same figures written another way: only serving the stored bytes returns exactly these.
        string stored;
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var report = await db.AnnualReports.SingleAsync(r => r.AgencyId == department && r.Year == 2020 && r.Status == ReportStatus.Published);
            stored = JsonSerializer.Serialize(JsonDocument.Parse(report.FiguresJson).RootElement, Indented);
            Assert.NotEqual(report.FiguresJson, stored);
            await db.AnnualReports.Where(r => r.Id == report.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.FiguresJson, stored));
        }

        var download = await StaffClient.Anonymous(_factory).GetByteArrayAsync($"/reports/{department}/2020/download/json");

        Assert.Equal(Encoding.UTF8.GetBytes(stored), download);
    }

    [Fact]
    public async Task WithoutLibreOfficeThePdfExportSaysHowToInstallIt()
    {
        using var factory = new GongkaiFactory(settings: new() { ["Gongkai:Pdf:Soffice"] = "/nonexistent/soffice" });
        var department = await Demo.DepartmentIdAsync(factory);
        var response = await StaffClient.Anonymous(factory).GetAsync($"/reports/{department}/2020/download/pdf");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("功能暂不可用", problem.GetProperty("title").GetString());
        Assert.Contains("apt-get install libreoffice-writer-nogui", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task PagesCarrySecurityHeaders()
    {
        var response = await StaffClient.Anonymous(_factory).GetAsync("/");
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    /// <summary>The text of an export: XML parts of Office files, the text layer of a PDF (pdftotext), else UTF-8.</summary>
    private static string Text(string format, byte[] bytes)
    {
        switch (format)
        {
            case "docx" or "xlsx":
                using (var zip = new ZipArchive(new MemoryStream(bytes)))
                {
                    return string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal))
                        .Select(e => new StreamReader(e.Open()).ReadToEnd()));
                }

            case "pdf":
                Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
                var file = Path.GetTempFileName();
                File.WriteAllBytes(file, bytes);
                using (var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", [file, "-"]) { RedirectStandardOutput = true })!)
                {
                    var text = process.StandardOutput.ReadToEnd();
                    process.WaitForExit();
                    File.Delete(file);
                    return text;
                }

            default:
                return Encoding.UTF8.GetString(bytes);
        }
    }
}
