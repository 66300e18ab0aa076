using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Gongkai.Application.Documents;

/// <summary>
/// Runs a program in a process group of its own and, when it overruns or is abandoned, kills the whole
/// group. soffice starts soffice.bin and LibreOffice's helpers; once a parent has exited, its children
/// are re-parented and <see cref="Process.Kill(bool)"/> with the entire tree no longer finds them, but
/// they stay in the group. <c>setsid</c> (util-linux) makes the program the leader of a new session and
/// group whose id is its process id; it execs the program without forking, because a child just started
/// by .NET is never a group leader. Where setsid is missing, the tree is killed as well as it can be.
/// </summary>
internal static class ProcessGroup
{
    private const int SigKill = 9;

    private static readonly string? Setsid = new[] { "/usr/bin/setsid", "/bin/setsid" }.FirstOrDefault(File.Exists);

    /// <summary>The program's exit code and standard error; <see cref="TimeoutException"/> if it overran (everything killed).</summary>
    public static async Task<(int ExitCode, string Errors)> RunAsync(ProcessStartInfo program, TimeSpan limit, CancellationToken cancel)
    {
        var start = Setsid is null ? program : InNewSession(program);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program.FileName}");
        using var overrun = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        overrun.CancelAfter(limit);
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var overran = false;
        try
        {
            await process.WaitForExitAsync(overrun.Token);
        }
        catch (OperationCanceledException)
        {
            overran = true;
        }

        // On success too: whatever it left behind (a helper still holding the pipes) goes.
        Kill(process);
        if (overran)
        {
            await WaitAsync(process.WaitForExitAsync(CancellationToken.None));
        }

        await WaitAsync(Task.WhenAll(output, errors));
        if (overran)
        {
            cancel.ThrowIfCancellationRequested();
            throw new TimeoutException($"{program.FileName} ran longer than {limit.TotalSeconds:0.#} s and was killed");
        }

        return (process.ExitCode, errors.IsCompletedSuccessfully ? errors.Result : "");
    }

    private static ProcessStartInfo InNewSession(ProcessStartInfo program)
    {
        var start = new ProcessStartInfo(Setsid!) { WorkingDirectory = program.WorkingDirectory };
        start.ArgumentList.Add(program.FileName);
        foreach (var argument in program.ArgumentList)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in program.Environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    private static void Kill(Process process)
    {
        // The group's id is the leader's process id (see above); never our own group, whatever happens.
        if (Setsid is not null && process.Id != OwnGroup.Value)
        {
            _ = KillProcess(-process.Id, SigKill);
        }

        try
        {
            // The leader itself, should it be killed before it became one (an abandoned request, at once).
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
    }

    /// <summary>Waits a little for the killed process to be reaped and its pipes to close.</summary>
    private static async Task WaitAsync(Task task)
    {
        try
        {
            await task.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            // SIGKILL cannot be refused; a process stuck in the kernel goes when the kernel lets it.
        }
    }

    private static readonly Lazy<int> OwnGroup = new(GetProcessGroup);

    // DllImport rather than LibraryImport, which would need unsafe code for two int-only calls.
    [DllImport("libc", EntryPoint = "kill")]
    private static extern int KillProcess(int pid, int signal);

    [DllImport("libc", EntryPoint = "getpgrp")]
    private static extern int GetProcessGroup();
}
