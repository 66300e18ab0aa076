namespace Gongkai.Domain;

/// <summary>
/// A rule refused what was asked; the message is for the user, in Chinese. Hosts map refusals to one
/// answer each (the web host: RFC 7807 problem details), so no use case translates them itself.
/// </summary>
public class RefusedException(string message) : Exception(message);

/// <summary>The workflow's table does not allow this action in the item's present state (HTTP 409).</summary>
public sealed class WorkflowException(string message) : RefusedException(message);

/// <summary>
/// One thing wrong with an input, where it is: a JSON path (<c>$.applications.granted[6]</c>) or a line
/// of a file, and what was expected, in Chinese.
/// </summary>
public sealed record JsonProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
