using System.Globalization;
using Gongkai.Application.Documents;
using Microsoft.Extensions.Configuration;

namespace Gongkai.IntegrationTests.AnnualReports;

/// <summary>
/// Stand-ins for soffice, written by the test into a temp directory and given to the host as
/// <c>Gongkai:Pdf:Soffice</c>: a wrapper that counts the real one's runs, one that hangs the way a
/// stuck LibreOffice does, one that waits for the test's word. Each leaves its traces in the directory.
/// </summary>
internal sealed class Converters : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("gongkai-soffice-");

    public string Folder => _directory.FullName;

    /// <summary>Runs the real soffice (found as the server would find it), after writing a line per run to <c>runs</c>.</summary>
    public string Counting()
    {
        using var real = new PdfConverter(new ConfigurationBuilder().Build());
        var soffice = real.FindSoffice() ?? throw new InvalidOperationException(PdfConverter.InstallHint);
        return Write("counting", $$"""
            echo "$$" >> '{{Folder}}/runs'
            exec '{{soffice}}' "$@"
            """);
    }

    /// <summary>
    /// A launcher whose worker outlives it and never finishes, like soffice and soffice.bin: a child
    /// started through a shell that exits at once (so the worker is re-parented, out of the launcher's
    /// tree) and a child the launcher waits for. It writes its process group to <c>group</c> and the
    /// re-parented worker's process id to <c>worker</c>.
    /// </summary>
    public string Hung() => Write("hung", $$"""
        cut -d' ' -f5 /proc/$$/stat > '{{Folder}}/group'
        sh -c "sleep 3600 & echo \$! > '{{Folder}}/worker'"
        sleep 3600 &
        wait
        """);

    /// <summary>Writes <c>started.PID</c>, waits until the test writes <c>release</c>, then writes a small PDF where soffice would.</summary>
    public string Gated() => Write("gated", $$"""
        touch '{{Folder}}/started.'$$
        while [ ! -e '{{Folder}}/release' ]; do sleep 0.05; done
        out=""; previous=""
        for argument in "$@"; do [ "$previous" = "--outdir" ] && out="$argument"; previous="$argument"; done
        printf '%%PDF-1.4\n%% gated stand-in\n' > "$out/report.pdf"
        """);

    public int Runs => Lines("runs");

    public int Started => _directory.GetFiles("started.*").Length;

    public void Release() => File.WriteAllText(Path.Combine(Folder, "release"), "");

    public int Read(string name) => int.Parse(File.ReadAllText(Path.Combine(Folder, name)).Trim(), CultureInfo.InvariantCulture);

    public bool Has(string name) => File.Exists(Path.Combine(Folder, name));

    public void Dispose() => _directory.Delete(recursive: true);

    private int Lines(string name) => Has(name) ? File.ReadAllLines(Path.Combine(Folder, name)).Length : 0;

    private string Write(string name, string body)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return path;
    }
}

/// <summary>Processes as /proc shows them: a process group's living members (zombies are dead, only not yet reaped).</summary>
internal static class Processes
{
    public static int OwnGroup => Stat("self")!.Value.Group;

    public static bool IsAlive(int pid) => Stat(pid.ToString(CultureInfo.InvariantCulture)) is { State: not ('Z' or 'X') };

    public static List<int> LivingMembersOf(int group) =>
        Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => name!.All(char.IsAsciiDigit))
            .Select(name => (Pid: int.Parse(name!, CultureInfo.InvariantCulture), Stat: Stat(name!)))
            .Where(p => p.Stat is { State: not ('Z' or 'X') } s && s.Group == group)
            .Select(p => p.Pid)
            .ToList();

    /// <summary>State and process group from /proc/PID/stat: "pid (comm) S ppid pgrp …", comm may hold spaces.</summary>
    private static (char State, int Group)? Stat(string pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }

        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return (fields[0][0], int.Parse(fields[2], CultureInfo.InvariantCulture));
    }
}
