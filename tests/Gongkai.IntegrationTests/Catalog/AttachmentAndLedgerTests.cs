using System.IO.Compression;
using System.Text;
using Gongkai.Application;
using Gongkai.Application.Catalog.Review;
using Gongkai.Domain.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>Attachments are limited in type and size and scanned at submission; the ledger exports what it shows.</summary>
public sealed class AttachmentAndLedgerTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AttachmentsOfTheWrongTypeOrTooLargeAreRefusedAndAHiddenSheetReachesTheLedger()
    {
        var staff = await CatalogStaff.ForDemoAsync(_factory);
        var item = (await staff.RunAsync(c => c.RegisterAsync(staff.Editor, staff.AgencyId, CatalogStaff.RandomContent(new Random(8))))).Item;

        var exe = await Assert.ThrowsAsync<GongkaiException>(() => staff.RunAsync(c => c.AttachAsync(staff.Editor, item.Id, item.Revision, "tool.exe", [0x4D, 0x5A, 0x90])));
        Assert.Contains("类型不允许", exe.Message, StringComparison.Ordinal);
        var fake = await Assert.ThrowsAsync<GongkaiException>(() => staff.RunAsync(c => c.AttachAsync(staff.Editor, item.Id, item.Revision, "报告.pdf", Encoding.UTF8.GetBytes("<html>not a pdf</html>"))));
        Assert.Contains("与其扩展名不符", fake.Message, StringComparison.Ordinal);
        var large = await Assert.ThrowsAsync<GongkaiException>(() => staff.RunAsync(c => c.AttachAsync(staff.Editor, item.Id, item.Revision, "大.txt", new byte[CatalogAttachment.MaxBytes + 1])));
        Assert.Contains("20 MB", large.Message, StringComparison.Ordinal);

        var workbook = LeakScanTests.Workbook(new Random(9), hiddenSheet: true, hiddenRow: null);
        item = (await staff.RunAsync(c => c.AttachAsync(staff.Editor, item.Id, item.Revision, "统计表.xlsx", workbook))).Item;
        item = (await staff.RunAsync(c => c.SubmitAsync(staff.Editor, item.Id, item.Revision))).Item;
        Assert.Contains(item.Working.LatestRound!.Findings, f => f.Kind == LeakKind.HiddenSheet);

        await using var scope = _factory.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<ReviewLedger>().RowsAsync(staff.Reviewer);
        var row = Assert.Single(rows);
        Assert.Contains("隐藏工作表 1", row.FindingsText, StringComparison.Ordinal);
        Assert.Equal("审查中", row.ResultText);

        using var zip = new ZipArchive(new MemoryStream(ReviewLedger.Xlsx(rows)));
        using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = await sheet.ReadToEndAsync();
        Assert.Contains(item.Working.Content.Title, xml, StringComparison.Ordinal);
        Assert.Contains("隐藏工作表", xml, StringComparison.Ordinal);
        Assert.Contains("审查中", xml, StringComparison.Ordinal);
    }
}
