namespace Gongkai.Reading;

/// <summary>
/// Runs one reading on a thread of the reader's own, so the caller can stop waiting at the time limit (the
/// reading then stops itself at its next check of the deadline) and a stalled reading never holds a
/// thread-pool thread. Threads are kept for reuse (starting one per file cost more than reading a text
/// report) and end after half a minute idle; a thread still busy with an abandoned reading is simply not
/// idle, so the next reading gets another. The stack is large enough for the deepest nesting the limits let through.
/// </summary>
internal static class ReadingThread
{
    private static readonly object Lock = new();
    private static readonly List<Worker> Idle = [];

    /// <param name="release">Released when the work has really ended (a gate's permit), before the result is handed over.</param>
    public static Task<T> Start<T>(Func<T> work, IDisposable? release)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Run()
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
        }

        Worker? worker = null;
        lock (Lock)
        {
            if (Idle.Count > 0)
            {
                worker = Idle[^1];
                Idle.RemoveAt(Idle.Count - 1);
            }
        }

        (worker ?? new Worker()).Give(Run);
        return done.Task;
    }

    private sealed class Worker
    {
        private const int StackBytes = 16 * 1024 * 1024;
        private static readonly TimeSpan IdleTime = TimeSpan.FromSeconds(30);

        private readonly object _signal = new();
        private Action? _work;

        public Worker()
        {
            new Thread(Loop, StackBytes) { IsBackground = true, Name = "gongkai-reading" }.Start();
        }

        public void Give(Action work)
        {
            lock (_signal)
            {
                _work = work;
                Monitor.Pulse(_signal);
            }
        }

        private void Loop()
        {
            while (true)
            {
                Action work;
                lock (_signal)
                {
                    while (_work is null)
                    {
                        if (!Monitor.Wait(_signal, IdleTime))
                        {
                            lock (Lock)
                            {
                                // Still on the idle list: nobody is giving it work, so it may end. Otherwise work is on the way.
                                if (Idle.Remove(this))
                                {
                                    return;
                                }
                            }
                        }
                    }

                    work = _work;
                    _work = null;
                }

                work();
                lock (Lock)
                {
                    Idle.Add(this);
                }
            }
        }
    }
}
