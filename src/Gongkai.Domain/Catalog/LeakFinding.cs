namespace Gongkai.Domain.Catalog;

/// <summary>What the pre-review scan looks for: what a document may give away that its reader does not see, or should not.</summary>
public enum LeakKind
{
    /// <summary>XLSX: a hidden (or very hidden) worksheet.</summary>
    HiddenSheet,
    /// <summary>XLSX: hidden rows.</summary>
    HiddenRow,
    /// <summary>XLSX: hidden columns.</summary>
    HiddenColumn,
    /// <summary>XLSX: cell comments (批注).</summary>
    SpreadsheetComment,
    /// <summary>XLSX: links to other workbooks (外部链接), which carry their paths and cached values.</summary>
    ExternalLink,
    /// <summary>DOCX: comments (批注).</summary>
    DocumentComment,
    /// <summary>DOCX: tracked changes (修订) — deleted text is still in the file.</summary>
    TrackedChange,
    /// <summary>DOCX/XLSX: author, last editor or company in the file's properties.</summary>
    AuthorMetadata,
    /// <summary>A 居民身份证号码 whose check digit is right.</summary>
    IdentityNumber,
    /// <summary>A mainland 手机号码.</summary>
    MobileNumber,
    /// <summary>A bank-card number (16–19 digits passing the Luhn check).</summary>
    BankCardNumber,
}

/// <summary>One thing the scan found, where, with a masked excerpt; the reviewer acknowledges each before passing the review.</summary>
public sealed class LeakFinding
{
    private LeakFinding()
    {
    }

    public long Id { get; private set; }
    public long RoundId { get; private set; }
    public LeakKind Kind { get; private set; }
    /// <summary>Where: 正文, or an attachment's name and the sheet, row or part.</summary>
    public string Location { get; private set; } = "";
    /// <summary>What was found, masked where it is personal (1101**********1234).</summary>
    public string Excerpt { get; private set; } = "";
    public string? AcknowledgedBy { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public static LeakFinding Create(LeakKind kind, string location, string excerpt) =>
        new() { Kind = kind, Location = Cut(location, 200), Excerpt = Cut(excerpt, 200) };

    internal void Acknowledge(string by, DateTimeOffset at)
    {
        AcknowledgedBy ??= by;
        AcknowledgedAt ??= at;
    }

    public static string KindName(LeakKind kind) => kind switch
    {
        LeakKind.HiddenSheet => "隐藏工作表",
        LeakKind.HiddenRow => "隐藏行",
        LeakKind.HiddenColumn => "隐藏列",
        LeakKind.SpreadsheetComment => "表格批注",
        LeakKind.ExternalLink => "外部链接",
        LeakKind.DocumentComment => "文档批注",
        LeakKind.TrackedChange => "修订痕迹",
        LeakKind.AuthorMetadata => "作者或单位信息",
        LeakKind.IdentityNumber => "身份证号码",
        LeakKind.MobileNumber => "手机号码",
        _ => "银行卡号",
    };

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
