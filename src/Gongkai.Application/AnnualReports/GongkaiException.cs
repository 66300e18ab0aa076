using Gongkai.Domain.AnnualReports;

namespace Gongkai.Application.AnnualReports;

public enum ProblemKind { NotFound, Forbidden, Invalid, Conflict, Unavailable, PreconditionRequired }

/// <summary>
/// A use case refused, with a message for the user in Chinese. The web host turns it into RFC 7807
/// problem details (404, 403, 422, 409, 503) or a message on the page; the command line prints it.
/// </summary>
public sealed class GongkaiException(ProblemKind kind, string message, IReadOnlyList<JsonProblem>? details = null) : Exception(message)
{
    public ProblemKind Kind { get; } = kind;

    /// <summary>Per-field problems (JSON path and message) where the input was refused.</summary>
    public IReadOnlyList<JsonProblem> Details { get; } = details ?? [];

    public static GongkaiException NotFound(string what = "报告") => new(ProblemKind.NotFound, $"{what}不存在或无权查看");
    public static GongkaiException Forbidden(string message) => new(ProblemKind.Forbidden, message);
    public static GongkaiException Invalid(string message, IReadOnlyList<JsonProblem>? details = null) => new(ProblemKind.Invalid, message, details);
    public static GongkaiException Conflict(string message) => new(ProblemKind.Conflict, message);
}
