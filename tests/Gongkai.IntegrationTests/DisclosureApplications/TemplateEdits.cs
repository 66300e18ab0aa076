using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.IntegrationTests.DisclosureApplications;

/// <summary>What an office does to a template in Word, done with OpenXml: retitle it, add a sentence whose fields are split over runs, move a paragraph.</summary>
internal static class TemplateEdits
{
    /// <summary>The text of each paragraph of a DOCX's body, in order.</summary>
    public static List<string> Paragraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
    }

    /// <summary>
    /// The first paragraph's text becomes <paramref name="title"/>; <paramref name="sentence"/> is added after it, cut
    /// into runs at random places (some bold, as Word leaves them); the paragraph that contains <paramref name="moved"/>
    /// goes to the end.
    /// </summary>
    public static byte[] Edit(byte[] template, Random random, string title, string sentence, string moved)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document.Body!;
            var paragraphs = body.Elements<Paragraph>().ToList();
            var texts = paragraphs[0].Descendants<Text>().ToList();
            texts[0].Text = title;
            foreach (var extra in texts.Skip(1))
            {
                extra.Text = "";
            }

            paragraphs[0].InsertAfterSelf(Split(sentence, random));
            var move = paragraphs.First(p => p.InnerText.Contains(moved, StringComparison.Ordinal));
            move.Remove();
            body.InsertBefore(move, body.GetFirstChild<SectionProperties>());
            document.MainDocumentPart.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A paragraph of the text in 1–8 runs cut at random places, with spell-check marks between some.</summary>
    public static Paragraph Split(string text, Random random)
    {
        var cuts = Enumerable.Range(0, random.Next(0, 8)).Select(_ => random.Next(1, text.Length)).Distinct().Order().Prepend(0).Append(text.Length).ToList();
        var paragraph = new Paragraph();
        foreach (var (from, to) in cuts.Zip(cuts.Skip(1)))
        {
            var run = new Run(new Text(text[from..to]) { Space = SpaceProcessingModeValues.Preserve });
            if (random.Next(2) == 0)
            {
                run.PrependChild(new RunProperties(new Bold()));
            }

            if (random.Next(3) == 0)
            {
                paragraph.Append(new ProofError { Type = ProofingErrorValues.SpellStart });
            }

            paragraph.Append(run);
        }

        return paragraph;
    }

    /// <summary>A template whose one paragraph is <paramref name="text"/>.</summary>
    public static byte[] OneParagraph(string text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text(text)))));
            main.Document.Save();
        }

        return stream.ToArray();
    }
}
