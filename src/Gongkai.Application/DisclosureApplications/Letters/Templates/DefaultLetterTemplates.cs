namespace Gongkai.Application.DisclosureApplications.Letters.Templates;

/// <summary>
/// The templates shipped with the product, one per <see cref="LetterTemplateKeys"/> key, built with the same 公文
/// layout the letters had before they were editable: the title as text (an office edits it like any text), then
/// the reference, the addressee, the standard wording, the basis, the remedies for a decision, and the signature —
/// as fields. Filled, a default template gives the letter word for word as before.
/// </summary>
public static class DefaultLetterTemplates
{
    public static byte[] For(string key)
    {
        var docx = new LetterDocx().Title(LetterTemplateKeys.NameOf(key)).Reference("编号：{{文书编号}}").Addressee("{{收件人}}")
            .Paragraph("{{" + LetterFields.Body + "}}").Paragraph("法律依据：{{法律依据}}。");
        if (LetterTemplateKeys.IsDecision(key))
        {
            docx.Paragraph("{{救济途径}}");
        }

        return docx.Signature(["{{机关名称}}", "{{落款日期}}"]).ToBytes();
    }
}
