using System.Text;
using Gongkai.Application.DisclosureApplications.Letters.Templates;

namespace Gongkai.IntegrationTests.DisclosureApplications;

/// <summary>
/// The template fields against Word's run splitting: random sentences of literal text and known fields, cut into
/// runs at random places, are filled exactly as a plain string replacement would; a field alone in its paragraph
/// becomes a paragraph per line or none; the fields used are found whatever the cutting.
/// </summary>
public sealed class DocxFieldsTests
{
    private static readonly string[] Words = ["本机关", "于", "收到", "申请", "，", "编号", "。", "特此告知", "依据", "{", "}"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void FieldsSplitOverRunsAreFilledAsAPlainReplacementWould(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            var names = LetterFields.All.Select(f => f.Name).Where(n => n != LetterFields.Body).ToList();
            var values = names.ToDictionary(n => n, n => random.Next(4) == 0 ? "" : $"值{random.Next(1000)}（{n}）");
            var sentence = new StringBuilder();
            var expected = new StringBuilder();
            var used = new HashSet<string>();
            for (var i = random.Next(1, 8); i > 0; i--)
            {
                if (random.Next(2) == 0)
                {
                    var name = names[random.Next(names.Count)];
                    sentence.Append("{{").Append(random.Next(3) == 0 ? " " + name + " " : name).Append("}}");
                    expected.Append(values[name]);
                    used.Add(name);
                }
                else
                {
                    // A lone brace, never two: a literal "{{…}}" would be a field of its own.
                    var word = Words[random.Next(sentence.Length > 0 && sentence[^1] is '{' or '}' ? Words.Length - 2 : Words.Length)];
                    sentence.Append(word);
                    expected.Append(word);
                }
            }

            var text = "前" + sentence + "后";
            var template = Template(TemplateEdits.Split(text, random));
            using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(template), false))
            {
                Assert.Equal(used.Order(), DocxFields.Used(document).Order());
            }

            var filled = TemplateEdits.Paragraphs(DocxFields.Fill(template, values));
            Assert.Equal(["前" + expected + "后"], filled);
        }
    }

    [Fact]
    public void AFieldAloneInItsParagraphBecomesOneParagraphPerLineOrNone()
    {
        var random = new Random(5);
        var lines = Enumerable.Range(0, random.Next(2, 6)).Select(i => $"第{i}段{random.Next(100)}").ToList();
        var template = Template(TemplateEdits.Split("{{正文}}", random), TemplateEdits.Split("{{救济途径}}", random), TemplateEdits.Split("落款{{机关名称}}", random));
        var filled = TemplateEdits.Paragraphs(DocxFields.Fill(template, new Dictionary<string, string>
        {
            [LetterFields.Body] = string.Join("\n", lines), ["救济途径"] = "", ["机关名称"] = "某局",
        }));
        Assert.Equal([.. lines, "落款某局"], filled);
    }

    [Fact]
    public void NotADocxIsRefusedWithTheReason()
    {
        var random = new Random(6);
        var noise = new byte[random.Next(10, 5000)];
        random.NextBytes(noise);
        Assert.Contains("不是 DOCX", DocxFields.Refusal(noise, 1 << 20), StringComparison.Ordinal);
        var truncated = TemplateEdits.OneParagraph("{{申请人}}")[..200];
        Assert.Contains("不是可以读取的 DOCX", DocxFields.Refusal(truncated, 1 << 20), StringComparison.Ordinal);
        Assert.Null(DocxFields.Refusal(TemplateEdits.OneParagraph("{{申请人}}"), 1 << 20));
        Assert.Contains("解压后超过", DocxFields.Refusal(TemplateEdits.OneParagraph(new string('文', 5000)), 1000), StringComparison.Ordinal);
    }

    private static byte[] Template(params DocumentFormat.OpenXml.Wordprocessing.Paragraph[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(paragraphs));
            main.Document.Save();
        }

        return stream.ToArray();
    }
}
