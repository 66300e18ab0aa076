using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Application.Catalog.Review;
using Gongkai.Domain.Catalog;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>
/// The scan before review on files the test makes: what a spreadsheet or a Word file hides is flagged;
/// clean files are not. Each fixture is random within its kind (seeded), so no one file is tuned to pass.
/// </summary>
public sealed class LeakScanTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void AWorkbookWithAHiddenSheetAndAHiddenRowIsFlaggedAndACleanOneIsNot(int seed)
    {
        var random = new Random(seed);
        var hiddenRow = random.Next(2, 30);
        var flagged = LeakScanner.ScanFile("统计表.xlsx", Workbook(random, hiddenSheet: true, hiddenRow: hiddenRow));
        Assert.Contains(flagged, f => f.Kind == LeakKind.HiddenSheet && f.Location.Contains("工作表“底稿”", StringComparison.Ordinal));
        Assert.Contains(flagged, f => f.Kind == LeakKind.HiddenRow && f.Excerpt.Contains($"第 {hiddenRow} 行", StringComparison.Ordinal));

        Assert.Empty(LeakScanner.ScanFile("统计表.xlsx", Workbook(random, hiddenSheet: false, hiddenRow: null)));
    }

    [Fact]
    public void AWorkbookCellWithAValidIdNumberIsFlaggedMasked()
    {
        var id = IdentityNumber(new Random(4));
        var findings = LeakScanner.ScanFile("名单.xlsx", Workbook(new Random(4), hiddenSheet: false, hiddenRow: null, extraCell: $"身份证号：{id}"));
        var finding = Assert.Single(findings);
        Assert.Equal(LeakKind.IdentityNumber, finding.Kind);
        Assert.DoesNotContain(id, finding.Excerpt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void ADocumentWithATrackedChangeAndACommentIsFlaggedAndACleanOneIsNot(int seed)
    {
        var random = new Random(seed);
        var deleted = $"拟删除的第{random.Next(1, 9)}条";
        var flagged = LeakScanner.ScanFile("通知.docx", Document(random, trackedDeletion: deleted, comment: "此处请领导再斟酌"));
        Assert.Contains(flagged, f => f.Kind == LeakKind.TrackedChange && f.Excerpt.Contains(deleted, StringComparison.Ordinal));
        Assert.Contains(flagged, f => f.Kind == LeakKind.DocumentComment && f.Excerpt.Contains("此处请领导再斟酌", StringComparison.Ordinal));

        Assert.Empty(LeakScanner.ScanFile("通知.docx", Document(random, trackedDeletion: null, comment: null)));
    }

    [Fact]
    public void TextWithAValidIdNumberIsFlaggedAndIdLikeNumbersAreNot()
    {
        var random = new Random(7);
        var id = IdentityNumber(random);
        Assert.Equal(LeakKind.IdentityNumber, Assert.Single(LeakScanner.ScanText($"申请人身份证号{id}。", "正文")).Kind);
        var wrong = id[..17] + (id[17] == '0' ? '1' : '0');
        Assert.Empty(LeakScanner.ScanText($"编号{wrong}。", "正文"));
    }

    [Fact]
    public void AFileThatIsNotWhatItsNameSaysIsAFindingNotAnError()
    {
        var finding = Assert.Single(LeakScanner.ScanFile("坏文件.docx", "PK\u0003\u0004 not really a zip"u8.ToArray()));
        Assert.Contains("无法打开", finding.Excerpt, StringComparison.Ordinal);
    }

    internal static byte[] Workbook(Random random, bool hiddenSheet, int? hiddenRow, string? extraCell = null)
    {
        using var stream = new MemoryStream();
        using (var excel = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = excel.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = new Sheets();
            var names = hiddenSheet ? new[] { "汇总", "底稿" } : ["汇总"];
            for (var s = 0; s < names.Length; s++)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                var rows = random.Next(30, 60);
                for (uint r = 1; r <= rows; r++)
                {
                    var text = r == 1 && extraCell is not null && s == 0 ? extraCell : $"项目{random.Next(1000)}";
                    var row = new Row(new Cell { CellReference = $"A{r}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) },
                        new Cell { CellReference = $"B{r}", CellValue = new CellValue(random.Next(100000)) }) { RowIndex = r };
                    if (s == 0 && hiddenRow == r)
                    {
                        row.Hidden = true;
                    }

                    data.Append(row);
                }

                part.Worksheet = new Worksheet(data);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(s + 1), Name = names[s], State = s == 1 ? SheetStateValues.Hidden : null });
            }

            workbook.Workbook.Append(sheets);
        }

        return stream.ToArray();
    }

    internal static byte[] Document(Random random, string? trackedDeletion, string? comment)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new W.Body();
            for (var i = 0; i < random.Next(3, 8); i++)
            {
                body.Append(new W.Paragraph(new W.Run(new W.Text($"第{i + 1}段：关于城市管理工作的安排{random.Next(100)}。"))));
            }

            if (trackedDeletion is not null)
            {
                body.Append(new W.Paragraph(new W.DeletedRun(new W.Run(new W.DeletedText(trackedDeletion))) { Author = "张三", Id = "1" }));
            }

            if (comment is not null)
            {
                var comments = main.AddNewPart<WordprocessingCommentsPart>();
                comments.Comments = new W.Comments(new W.Comment(new W.Paragraph(new W.Run(new W.Text(comment)))) { Id = "0", Author = "李四" });
                body.Append(new W.Paragraph(new W.CommentRangeStart { Id = "0" }, new W.Run(new W.Text("待定内容")), new W.CommentRangeEnd { Id = "0" }, new W.Run(new W.CommentReference { Id = "0" })));
            }

            main.Document = new W.Document(body);
        }

        return stream.ToArray();
    }

    internal static string IdentityNumber(Random random)
    {
        var born = new DateOnly(1950, 1, 1).AddDays(random.Next(20000));
        var first17 = $"1501{random.Next(10, 99)}{born:yyyyMMdd}{random.Next(0, 1000):000}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        return first17 + "10X98765432"[first17.Select((c, i) => (c - '0') * weights[i]).Sum() % 11];
    }
}
