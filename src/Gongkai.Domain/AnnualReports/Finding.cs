using System.Text.Json.Serialization;

namespace Gongkai.Domain.AnnualReports;

[JsonConverter(typeof(JsonStringEnumConverter<FindingSeverity>))]
public enum FindingSeverity
{
    /// <summary>The numbers cannot all be true.</summary>
    [JsonStringEnumMemberName("error")] Error,
    /// <summary>Probably wrong.</summary>
    [JsonStringEnumMemberName("warning")] Warning,
    [JsonStringEnumMemberName("info")] Info,
}

/// <summary>
/// One finding about a report, in the shape of report-data.md:
/// <c>{ "rule": "C1", "severity": "error", "where": "applications.total[6]", "message": "…" }</c>.
/// </summary>
/// <param name="Rule">The rule of docs/checks.md (C1…C11), or a reader's own code.</param>
/// <param name="Where">The key path of the cell concerned, or null for the report as a whole.</param>
public sealed record Finding(
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("severity")] FindingSeverity Severity,
    [property: JsonPropertyName("where")] string? Where,
    [property: JsonPropertyName("message")] string Message)
{
    public static Finding Error(string rule, string? where, string message) => new(rule, FindingSeverity.Error, where, message);
    public static Finding Warning(string rule, string? where, string message) => new(rule, FindingSeverity.Warning, where, message);
    public static Finding Info(string rule, string? where, string message) => new(rule, FindingSeverity.Info, where, message);
}

public static class FindingExtensions
{
    public static bool HasErrors(this IEnumerable<Finding> findings) => findings.Any(f => f.Severity == FindingSeverity.Error);

    public static int CountOf(this IEnumerable<Finding> findings, FindingSeverity severity) => findings.Count(f => f.Severity == severity);

    /// <summary>Chinese name of a severity, as the UI and the command line print it.</summary>
    public static string Chinese(this FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "错误",
        FindingSeverity.Warning => "警告",
        _ => "提示",
    };
}
