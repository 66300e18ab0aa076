namespace Gongkai.Domain.Catalog;

/// <summary>
/// One agency's catalog settings: the code and template of its 索引号, the lists its items are classified
/// by, and what its 政府信息公开指南 says about the office (条例第十二条: 名称, 办公地址, 办公时间, 联系电话,
/// 传真号码, 互联网联系方式). The guide is generated from these, so it is never out of date with them.
/// </summary>
public sealed class CatalogSettings
{
    private CatalogSettings()
    {
    }

    public int AgencyId { get; private set; }
    /// <summary>组织机构代码 or 统一社会信用代码; null until configured (no 索引号 can be given before).</summary>
    public string? OrganisationCode { get; private set; }
    public string IndexTemplate { get; private set; } = Catalog.IndexNumberTemplate.Default;
    /// <summary>主题分类, one per line.</summary>
    public string Categories { get; private set; } = "";
    /// <summary>体裁, one per line.</summary>
    public string Genres { get; private set; } = "";
    /// <summary>栏目, one per line as <c>名称|更新周期</c>.</summary>
    public string Columns { get; private set; } = "";
    public OfficeContacts Office { get; private set; } = new();
    public int Revision { get; private set; }

    public static CatalogSettings Defaults(int agencyId) => new()
    {
        AgencyId = agencyId,
        Categories = string.Join('\n', CatalogVocabulary.Categories),
        Genres = string.Join('\n', CatalogVocabulary.Genres),
        Columns = CatalogVocabulary.WriteColumns(CatalogVocabulary.Columns),
    };

    public IndexNumberTemplate Template => Catalog.IndexNumberTemplate.Parse(IndexTemplate);
    public IReadOnlyList<string> CategoryList => CatalogVocabulary.Lines(Categories);
    public IReadOnlyList<string> GenreList => CatalogVocabulary.Lines(Genres);
    public IReadOnlyList<CatalogColumn> ColumnList => CatalogVocabulary.ParseColumns(Columns);

    /// <summary>Changes every setting at once, or nothing: a bad code, template or column line is refused.</summary>
    public void Update(string? organisationCode, string indexTemplate, string categories, string genres, string columns, OfficeContacts office)
    {
        var code = string.IsNullOrWhiteSpace(organisationCode) ? null : organisationCode.Trim().ToUpperInvariant();
        if (code is not null && Catalog.OrganisationCode.Problem(code) is { } problem)
        {
            throw new RefusedException(problem);
        }

        var template = Catalog.IndexNumberTemplate.Parse(indexTemplate);
        _ = CatalogVocabulary.ParseColumns(columns);
        if (CatalogVocabulary.Lines(categories).Any(l => l.Length > CatalogContent.LabelMax) || CatalogVocabulary.Lines(genres).Any(l => l.Length > CatalogContent.LabelMax))
        {
            throw new RefusedException($"主题分类和体裁每项不超过 {CatalogContent.LabelMax} 个字");
        }

        if (office.Problem() is { } contactProblem)
        {
            throw new RefusedException(contactProblem);
        }

        OrganisationCode = code;
        IndexTemplate = template.Text;
        Categories = string.Join('\n', CatalogVocabulary.Lines(categories));
        Genres = string.Join('\n', CatalogVocabulary.Lines(genres));
        Columns = columns.Replace("\r", "", StringComparison.Ordinal).Trim();
        Office = office;
        Revision++;
    }
}

/// <summary>The disclosure office as the guide names it (条例第十二条).</summary>
public sealed record OfficeContacts
{
    public const int FieldMax = 200;

    /// <summary>政府信息公开工作机构的名称.</summary>
    public string? OfficeName { get; init; }
    public string? Address { get; init; }
    public string? PostCode { get; init; }
    /// <summary>办公时间, e.g. 工作日 8:30–12:00，14:30–17:30.</summary>
    public string? Hours { get; init; }
    public string? Phone { get; init; }
    public string? Fax { get; init; }
    public string? Email { get; init; }
    /// <summary>互联网联系方式 other than email (the portal's address, a message board).</summary>
    public string? Website { get; init; }
    /// <summary>Anything the office adds to the generated guide (编排体系, local arrangements).</summary>
    public string? Notes { get; init; }

    public string? Problem()
    {
        string?[] fields = [OfficeName, Address, PostCode, Hours, Phone, Fax, Email, Website];
        if (fields.Any(f => f?.Length > FieldMax) || Notes?.Length > 4000)
        {
            return $"指南的每项联系方式不超过 {FieldMax} 个字，补充说明不超过 4000 个字";
        }

        return Email is { Length: > 0 } email && !email.Contains('@', StringComparison.Ordinal) ? $"电子邮箱“{email}”不是有效的地址" : null;
    }
}
