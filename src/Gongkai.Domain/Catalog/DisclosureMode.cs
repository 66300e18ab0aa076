namespace Gongkai.Domain.Catalog;

/// <summary>公开属性, set when the document is drafted (公文公开属性源头认定, domain.md §5.4).</summary>
public enum DisclosureMode
{
    /// <summary>主动公开 (此件公开发布): on the portal once signed off.</summary>
    Proactive,
    /// <summary>依申请公开 (此件依申请公开): in the catalog, given on application; needs a reason.</summary>
    OnRequest,
    /// <summary>不予公开 (此件不予公开): needs a reason; reviewed periodically (条例第十八条).</summary>
    Withheld,
}

/// <summary>What an item counts as in table 二 (一) of the annual report (条例第二十条第（一）项).</summary>
public enum RegulatoryKind
{
    /// <summary>Neither: most items.</summary>
    None,
    /// <summary>规章.</summary>
    Rule,
    /// <summary>行政规范性文件 (2019 format: 规范性文件).</summary>
    NormativeDocument,
}

public static class DisclosureModes
{
    public static string Name(DisclosureMode mode) => mode switch
    {
        DisclosureMode.Proactive => "主动公开",
        DisclosureMode.OnRequest => "依申请公开",
        _ => "不予公开",
    };

    /// <summary>The mode named in Chinese (主动公开, 依申请公开, 不予公开), or null.</summary>
    public static DisclosureMode? Parse(string? text) => text?.Trim() switch
    {
        "主动公开" => DisclosureMode.Proactive,
        "依申请公开" => DisclosureMode.OnRequest,
        "不予公开" => DisclosureMode.Withheld,
        _ => null,
    };

    public static string KindName(RegulatoryKind kind) => kind switch
    {
        RegulatoryKind.Rule => "规章",
        RegulatoryKind.NormativeDocument => "行政规范性文件",
        _ => "其他",
    };
}
