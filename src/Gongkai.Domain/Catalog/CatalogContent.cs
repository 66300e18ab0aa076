namespace Gongkai.Domain.Catalog;

/// <summary>
/// What an office writes about one document (domain.md §5.3): its metadata, body and disclosure mode.
/// Immutable; a change is a new value. <see cref="Problems"/> says everything wrong with it at once.
/// </summary>
public sealed record CatalogContent
{
    public const int TitleMax = 200;
    public const int DocumentNoMax = 100;
    public const int PublisherMax = 100;
    public const int KeywordsMax = 200;
    /// <summary>内容概述: local rules cap it at 100 to 500 characters; we allow the most generous.</summary>
    public const int SummaryMax = 500;
    public const int ReasonMax = 500;
    public const int BodyMax = 1_000_000;
    public const int LabelMax = 50;

    /// <summary>名称.</summary>
    public string Title { get; init; } = "";
    /// <summary>文号 (发文字号), where the document has one.</summary>
    public string? DocumentNo { get; init; }
    /// <summary>发布机构: the full name of the body that issued it.</summary>
    public string Publisher { get; init; } = "";
    /// <summary>成文日期 (生成日期): for documents, the signing date; Art. 26's 20 working days run from it.</summary>
    public DateOnly WrittenOn { get; init; }
    /// <summary>发布日期: set at 签发 unless given (imports bring their own).</summary>
    public DateOnly? PublishedOn { get; init; }
    /// <summary>生效日期, where it differs from publication.</summary>
    public DateOnly? EffectiveOn { get; init; }
    /// <summary>主题分类 (one of the agency's list; blank on items migrated from old sites).</summary>
    public string? Category { get; init; }
    /// <summary>体裁 (公文种类).</summary>
    public string? Genre { get; init; }
    /// <summary>栏目 of the portal the item appears under (工作动态, 通知公告, 政策文件…).</summary>
    public string? Column { get; init; }
    /// <summary>关键词 (主题词), separated by spaces or 、.</summary>
    public string? Keywords { get; init; }
    /// <summary>内容概述.</summary>
    public string? Summary { get; init; }
    /// <summary>正文, as sanitised HTML.</summary>
    public string BodyHtml { get; init; } = "";
    public DisclosureMode Disclosure { get; init; }
    /// <summary>Why an item is 依申请公开 or 不予公开 (required for both).</summary>
    public string? DisclosureReason { get; init; }
    public RegulatoryKind RegulatoryKind { get; init; }
    /// <summary>A policy that needs its 政策解读 published with it (三同步).</summary>
    public bool NeedsInterpretation { get; init; }
    /// <summary>For a 政策解读: the catalog item (its id) of the policy it interprets.</summary>
    public int? InterpretsItemId { get; init; }

    /// <summary>Every problem of the content, each with the field it is in (its Chinese label) and what was expected.</summary>
    public IReadOnlyList<JsonProblem> Problems()
    {
        var problems = new List<JsonProblem>();
        void Check(bool wrong, string field, string message)
        {
            if (wrong)
            {
                problems.Add(new JsonProblem(field, message));
            }
        }

        Check(string.IsNullOrWhiteSpace(Title), "名称", "名称不能为空");
        Check(Title.Length > TitleMax, "名称", $"名称不能超过 {TitleMax} 个字");
        Check(DocumentNo?.Length > DocumentNoMax, "文号", $"文号不能超过 {DocumentNoMax} 个字");
        Check(string.IsNullOrWhiteSpace(Publisher), "发布机构", "发布机构不能为空");
        Check(Publisher.Length > PublisherMax, "发布机构", $"发布机构不能超过 {PublisherMax} 个字");
        Check(WrittenOn == default, "成文日期", "成文日期不能为空");
        Check(PublishedOn is { } published && published < WrittenOn, "发布日期", "发布日期不能早于成文日期");
        Check(Category?.Length > LabelMax, "主题分类", $"主题分类不能超过 {LabelMax} 个字");
        Check(Genre?.Length > LabelMax, "体裁", $"体裁不能超过 {LabelMax} 个字");
        Check(Column?.Length > LabelMax, "栏目", $"栏目不能超过 {LabelMax} 个字");
        Check(Keywords?.Length > KeywordsMax, "关键词", $"关键词不能超过 {KeywordsMax} 个字");
        Check(Summary?.Length > SummaryMax, "内容概述", $"内容概述不能超过 {SummaryMax} 个字（现有 {Summary?.Length} 个字）");
        Check(BodyHtml.Length > BodyMax, "正文", $"正文不能超过 {BodyMax} 个字符");
        Check(!Enum.IsDefined(Disclosure), "公开属性", "公开属性应为主动公开、依申请公开或不予公开");
        Check(Disclosure != DisclosureMode.Proactive && string.IsNullOrWhiteSpace(DisclosureReason), "公开属性理由",
            $"{DisclosureModes.Name(Disclosure)}的信息须说明理由");
        Check(DisclosureReason?.Length > ReasonMax, "公开属性理由", $"理由不能超过 {ReasonMax} 个字");
        Check(!Enum.IsDefined(RegulatoryKind), "文件类别", "文件类别应为规章、行政规范性文件或其他");
        return problems;
    }

    /// <summary>The same content with surrounding spaces removed and blanks as null.</summary>
    public CatalogContent Tidy() => this with
    {
        Title = Title.Trim(),
        DocumentNo = Blank(DocumentNo),
        Publisher = Publisher.Trim(),
        Category = Blank(Category),
        Genre = Blank(Genre),
        Column = Blank(Column),
        Keywords = Blank(Keywords),
        Summary = Blank(Summary),
        DisclosureReason = Disclosure == DisclosureMode.Proactive ? null : Blank(DisclosureReason),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
