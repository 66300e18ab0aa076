namespace Gongkai.Reading;

/// <summary>
/// Runs one reading on a thread of its own, so the caller can stop waiting at the time limit (the reading
/// then stops itself at its next check of the deadline) and a stalled reading never holds a thread-pool
/// thread. The stack is large enough for the deepest nesting the limits let through.
/// </summary>
internal static class ReadingThread
{
    private const int StackBytes = 16 * 1024 * 1024;

    /// <param name="release">Released when the work has really ended (a gate's permit), before the result is handed over.</param>
    public static Task<T> Start<T>(Func<T> work, IDisposable? release)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            T result;
            try
            {
                result = work();
            }
#pragma warning disable CA1031 // Handed to the waiter as it is.
            catch (Exception e)
#pragma warning restore CA1031
            {
                release?.Dispose();
                done.SetException(e);
                return;
            }

            release?.Dispose();
            done.SetResult(result);
        }, StackBytes)
        {
            IsBackground = true,
            Name = "gongkai-reading",
        };
        thread.Start();
        return done.Task;
    }
}
