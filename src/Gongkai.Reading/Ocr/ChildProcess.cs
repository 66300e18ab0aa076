using System.Diagnostics;
using System.Runtime.InteropServices;
using Gongkai.Reading.Extraction;
using Gongkai.Reading.Solving;

namespace Gongkai.Reading.Ocr;

/// <summary>
/// Runs a tool (tesseract, pdftoppm) as a child process within the reading's deadline. The child leads a
/// process group of its own (started through setsid), with its address space capped (prlimit) where those
/// are installed, and is killed with its whole group when the deadline passes or the caller cancels.
/// OpenMP is held to one thread: the reading gate counts one core per reading.
/// </summary>
internal static partial class ChildProcess
{
    private const int SigKill = 9;
    private const long MemoryCap = 2L * 1024 * 1024 * 1024;

    private static readonly string? Setsid = OcrTools.Find("setsid");
    private static readonly string? Prlimit = OcrTools.Find("prlimit");

    /// <summary>Standard output of a run that exited 0; otherwise <see cref="ExtractionException"/> (or <see cref="ReadTimeoutException"/> past the deadline).</summary>
    public static string Run(string tool, IReadOnlyList<string> arguments, string workDirectory, ReadDeadline deadline, string what)
    {
        var start = new ProcessStartInfo(Setsid ?? Prlimit ?? tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workDirectory,
        };
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        if (Setsid is not null && Prlimit is not null)
        {
            start.ArgumentList.Add(Prlimit);
        }

        if (Prlimit is not null)
        {
            start.ArgumentList.Add($"--as={MemoryCap}");
            start.ArgumentList.Add("--");
        }

        if (Setsid is not null || Prlimit is not null)
        {
            start.ArgumentList.Add(tool);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new ExtractionException($"无法启动{what}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        while (!process.WaitForExit(TimeSpan.FromMilliseconds(Math.Clamp(deadline.Remaining.TotalMilliseconds, 0, 100))))
        {
            if (deadline.IsPast)
            {
                Kill(process);
                deadline.Check();
            }
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var message = error.Result.Trim();
            throw new ExtractionException($"{what}失败（退出码 {process.ExitCode}）{(message.Length > 0 ? "：" + message[..Math.Min(message.Length, 200)] : "")}");
        }

        return output.Result;
    }

    private static void Kill(Process process)
    {
        if (Setsid is not null)
        {
            _ = KillGroup(-process.Id, SigKill);
        }

        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.WaitForExit();
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int KillGroup(int pid, int signal);
}
