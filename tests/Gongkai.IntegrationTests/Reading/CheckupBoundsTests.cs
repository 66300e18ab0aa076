using System.IO.Compression;
using System.Net;
using System.Text;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Reading;

/// <summary>
/// 年报体检 over HTTP against the files an attacker used (issue 9): a DOCX whose document.xml inflates to
/// 300 MB and an HTML page of 100,000 nested elements, in one request. Each is refused with a clear message,
/// the request finishes, and the server's memory does not follow the inflated size.
/// </summary>
[Collection(MeasuredAlone.Name)]
public sealed class CheckupBoundsTests : IDisposable
{
    private readonly GongkaiFactory _factory = new(forceSqlite: true);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task BombsInOneUploadAreRefusedClearlyAndMemoryStaysBounded()
    {
        var client = new StaffClient(StaffClient.Anonymous(_factory));
        var docx = DocxBomb(megabytes: 300);
        var html = Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "政府信息公开" + "</body></html>");
        await client.Http.GetStringAsync("/checkup");
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var response = await CheckupPageTests.UploadAsync(client, ("bomb.docx", docx), ("nested.html", html));

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var batch = await client.Http.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("bomb.docx", batch);
        Assert.Contains("nested.html", batch);
        Assert.Contains("读取失败", batch);
        Assert.True(allocated < 100L * 1024 * 1024, $"the server allocated {allocated / 1024 / 1024} MB for a request of {(docx.Length + html.Length) / 1024} KB");
    }

    /// <summary>A small DOCX whose document.xml is <paramref name="megabytes"/> MB of paragraphs once inflated.</summary>
    private static byte[] DocxBomb(int megabytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("""<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>""");
            }

            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            document.Write("""<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"""u8);
            var paragraph = Encoding.UTF8.GetBytes($"<w:p><w:r><w:t>{new string('政', 2000)}</w:t></w:r></w:p>");
            for (long written = 0; written < megabytes * 1024L * 1024; written += paragraph.Length)
            {
                document.Write(paragraph);
            }

            document.Write("</w:body></w:document>"u8);
        }

        return buffer.ToArray();
    }
}

/// <summary>Tests that measure the process's memory run alone: no other test allocates meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuredAlone
{
    public const string Name = "measured alone";
}
