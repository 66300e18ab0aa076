using System.Globalization;
using Gongkai.Application;
using Gongkai.Application.Catalog.Items;
using Gongkai.Domain;
using Gongkai.Domain.Catalog;

namespace Gongkai.Web.Catalog.Staff;

/// <summary>The item form's fields as posted (dates as typed), turned into content or into every problem with its field.</summary>
public sealed class ContentForm
{
    public string Title { get; set; } = "";
    public string? DocumentNo { get; set; }
    public string Publisher { get; set; } = "";
    public string? WrittenOn { get; set; }
    public string? PublishedOn { get; set; }
    public string? EffectiveOn { get; set; }
    public string? Category { get; set; }
    public string? Genre { get; set; }
    public string? Column { get; set; }
    public string? Keywords { get; set; }
    public string? Summary { get; set; }
    /// <summary>HTML, or plain text (one paragraph a line) where it has no markup.</summary>
    public string? Body { get; set; }
    public DisclosureMode Disclosure { get; set; }
    public string? DisclosureReason { get; set; }
    public RegulatoryKind RegulatoryKind { get; set; }
    public bool NeedsInterpretation { get; set; }
    public int? InterpretsItemId { get; set; }

    public static ContentForm From(CatalogContent content) => new()
    {
        Title = content.Title,
        DocumentNo = content.DocumentNo,
        Publisher = content.Publisher,
        WrittenOn = Date(content.WrittenOn),
        PublishedOn = content.PublishedOn is { } p ? Date(p) : null,
        EffectiveOn = content.EffectiveOn is { } e ? Date(e) : null,
        Category = content.Category,
        Genre = content.Genre,
        Column = content.Column,
        Keywords = content.Keywords,
        Summary = content.Summary,
        Body = content.BodyHtml,
        Disclosure = content.Disclosure,
        DisclosureReason = content.DisclosureReason,
        RegulatoryKind = content.RegulatoryKind,
        NeedsInterpretation = content.NeedsInterpretation,
        InterpretsItemId = content.InterpretsItemId,
    };

    public CatalogContent ToContent()
    {
        var problems = new List<JsonProblem>();
        var content = new CatalogContent
        {
            Title = Title ?? "",
            DocumentNo = DocumentNo,
            Publisher = Publisher ?? "",
            WrittenOn = ParseDate(WrittenOn, "成文日期", problems, required: true) ?? default,
            PublishedOn = ParseDate(PublishedOn, "发布日期", problems, required: false),
            EffectiveOn = ParseDate(EffectiveOn, "生效日期", problems, required: false),
            Category = Category,
            Genre = Genre,
            Column = Column,
            Keywords = Keywords,
            Summary = Summary,
            BodyHtml = Body is { } body && body.Contains('<', StringComparison.Ordinal) ? body : BodyHtml.FromPlainText(Body ?? ""),
            Disclosure = Disclosure,
            DisclosureReason = DisclosureReason,
            RegulatoryKind = RegulatoryKind,
            NeedsInterpretation = NeedsInterpretation,
            InterpretsItemId = InterpretsItemId,
        };
        problems.AddRange(content.Tidy().Problems().Where(p => !problems.Any(q => q.Path == p.Path)));
        return problems.Count == 0 ? content : throw GongkaiException.Invalid($"有 {problems.Count} 处填写不合要求，未保存：{problems[0].Message}", problems);
    }

    private static DateOnly? ParseDate(string? text, string field, List<JsonProblem> problems, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                problems.Add(new JsonProblem(field, $"{field}不能为空"));
            }

            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year >= 1949)
        {
            return date;
        }

        problems.Add(new JsonProblem(field, $"{field}“{text.Trim()}”应为 YYYY-MM-DD 格式的日期"));
        return null;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
