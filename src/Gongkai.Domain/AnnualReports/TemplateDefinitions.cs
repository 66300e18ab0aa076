namespace Gongkai.Domain.AnnualReports;

/// <summary>What a cell of the canonical report holds (report-data.md).</summary>
public enum CellKind
{
    /// <summary>A non-negative whole number (C8).</summary>
    Count,
    /// <summary>A whole number that may be negative: 2019 本年增/减.</summary>
    SignedCount,
    /// <summary>A decimal amount in 万元.</summary>
    AmountWan,
    /// <summary>An amount exactly as printed, unit included (2019 采购总金额).</summary>
    AmountText,
}

/// <summary>One field (column) of a row of table 二.</summary>
/// <param name="Derived">True where the field has no column of its own (amount_wan beside amount_text).</param>
public sealed record FieldDef(string Key, string Label, CellKind Kind, bool Derived = false);

/// <summary>One row of table 二, e.g. 规章.</summary>
public sealed record ProactiveRowDef(string Key, string Label, IReadOnlyList<FieldDef> Fields)
{
    public IEnumerable<FieldDef> VisibleFields => Fields.Where(f => !f.Derived);
}

/// <summary>One caption block of table 二, e.g. 第二十条第（一）项 with its header row and data rows.</summary>
public sealed record ProactiveGroupDef(string Caption, IReadOnlyList<string> ColumnLabels, IReadOnlyList<ProactiveRowDef> Rows);

/// <summary>Where a row of table 三 sits in the official nesting.</summary>
public enum ApplicationRowKind
{
    /// <summary>一、二、四: a top-level row with its label across the three label columns.</summary>
    TopLevel,
    /// <summary>A leaf outcome under 三、本年度办理结果 (counted by C3).</summary>
    Outcome,
    /// <summary>三（七）总计.</summary>
    OutcomeTotal,
}

/// <summary>One data row of table 三.</summary>
/// <param name="Group">The row-span group header it sits under, e.g. （三）不予公开; null where the label spans both columns.</param>
public sealed record ApplicationRowDef(string Key, string Label, ApplicationRowKind Kind, string? Group = null);

/// <summary>One group of table 四: 行政复议, or one of the two 行政诉讼 groups.</summary>
public sealed record AppealGroupDef(string Key, string Label, string? Parent);

/// <summary>One of the six report sections (条例 Art. 50; the templates of 60号 and 30号).</summary>
public sealed record SectionDef(string Number, string Heading);
