using Gongkai.Domain.Accounts;

namespace Gongkai.Domain;

/// <summary>One allowed step of a workflow: where it leads and the role it needs.</summary>
public sealed record Transition<TState>(TState Next, StaffRole Role);

/// <summary>
/// A workflow as one table of (state, action) → (next state, required role). Every workflow of the
/// platform (the annual report's, the applications', the catalog's review) is such a table: pages, API
/// and command line ask it what may be done, and aggregates ask it before they change.
/// </summary>
public sealed class WorkflowTable<TState, TAction>
    where TState : struct, Enum
    where TAction : struct, Enum
{
    private readonly Dictionary<(TState, TAction), Transition<TState>> _transitions;
    private readonly Func<TState, TAction, string> _refusal;

    /// <param name="transitions">Every allowed step; anything else is refused.</param>
    /// <param name="refusal">The Chinese sentence that refuses an action in a state ("草稿的报告不能审核发布").</param>
    public WorkflowTable(IReadOnlyDictionary<(TState, TAction), Transition<TState>> transitions, Func<TState, TAction, string> refusal)
    {
        _transitions = new Dictionary<(TState, TAction), Transition<TState>>(transitions);
        _refusal = refusal;
    }

    public bool Allows(TState state, TAction action) => _transitions.ContainsKey((state, action));

    /// <summary>Allowed in this state to someone who has the role the step needs.</summary>
    public bool Allows(TState state, TAction action, Func<StaffRole, bool> hasRole) =>
        _transitions.TryGetValue((state, action), out var step) && hasRole(step.Role);

    /// <summary>The state after the action, or a <see cref="WorkflowException"/> where the table has no such step.</summary>
    public TState Next(TState state, TAction action) =>
        _transitions.TryGetValue((state, action), out var step) ? step.Next : throw new WorkflowException(_refusal(state, action));

    public Transition<TState>? Find(TState state, TAction action) => _transitions.GetValueOrDefault((state, action));

    /// <summary>The roles that may take this action in some state: someone without any of them may never take it.</summary>
    public IReadOnlySet<StaffRole> RolesFor(TAction action) =>
        _transitions.Where(t => EqualityComparer<TAction>.Default.Equals(t.Key.Item2, action)).Select(t => t.Value.Role).ToHashSet();

    /// <summary>What this user may do now, in the order the actions are declared.</summary>
    public IEnumerable<TAction> Available(TState state, Func<StaffRole, bool> hasRole) =>
        Enum.GetValues<TAction>().Where(a => Allows(state, a, hasRole));
}
