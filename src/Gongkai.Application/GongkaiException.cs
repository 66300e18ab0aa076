using Gongkai.Domain;

namespace Gongkai.Application;

public enum ProblemKind { NotFound, Forbidden, Invalid, Conflict, Unavailable, PreconditionRequired }

/// <summary>
/// A use case refused, with a message for the user in Chinese. The web host turns it into RFC 7807
/// problem details (404, 403, 422, 409, 503) or a message on the page; the command line prints it.
/// Refusals of the domain's own rules (<see cref="WorkflowException"/>) travel as they are and are
/// mapped by the same hosts; <see cref="KindOf"/> is that one mapping.
/// </summary>
public sealed class GongkaiException(ProblemKind kind, string message, IReadOnlyList<JsonProblem>? details = null) : RefusedException(message)
{
    public ProblemKind Kind { get; } = kind;

    /// <summary>Per-field problems (JSON path and message) where the input was refused.</summary>
    public IReadOnlyList<JsonProblem> Details { get; } = details ?? [];

    /// <summary>For a refusal because the server is busy: when to try again (the Retry-After header).</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static GongkaiException NotFound(string what = "报告") => new(ProblemKind.NotFound, $"{what}不存在或无权查看");
    public static GongkaiException Forbidden(string message) => new(ProblemKind.Forbidden, message);
    public static GongkaiException Invalid(string message, IReadOnlyList<JsonProblem>? details = null) => new(ProblemKind.Invalid, message, details);
    public static GongkaiException Conflict(string message, IReadOnlyList<JsonProblem>? details = null) => new(ProblemKind.Conflict, message, details);

    /// <summary>What kind of refusal any refusal is: a workflow step not allowed now is a conflict, any other rule's refusal invalid input.</summary>
    public static ProblemKind KindOf(RefusedException refusal) => refusal switch
    {
        GongkaiException problem => problem.Kind,
        WorkflowException => ProblemKind.Conflict,
        _ => ProblemKind.Invalid,
    };

    /// <summary>The per-field problems of a refusal, where it has any.</summary>
    public static IReadOnlyList<JsonProblem> DetailsOf(RefusedException refusal) => refusal is GongkaiException problem ? problem.Details : [];
}
