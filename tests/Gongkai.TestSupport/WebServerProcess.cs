using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Gongkai.TestSupport;

/// <summary>
/// The built web host (Gongkai.Web.dll) as a real process on 127.0.0.1, for tests and benchmarks that need a
/// real Kestrel: started, killed without warning (SIGKILL, as a crash or a power cut would), started again.
/// </summary>
public sealed class WebServerProcess : IDisposable
{
    private readonly string _dll;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private Process? _process;

    public WebServerProcess(string dll, IReadOnlyDictionary<string, string> environment, int? port = null)
    {
        _dll = dll;
        _environment = environment;
        Port = port ?? FreePort();
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>The server's output, for a failure's message.</summary>
    public string Log => _log.ToString();

    private readonly System.Text.StringBuilder _log = new();

    /// <summary>Gongkai.Web.dll beside the caller's own assembly (a project reference copies it there).</summary>
    public static string BesideCaller() => Path.Combine(AppContext.BaseDirectory, "Gongkai.Web.dll");

    public async Task StartAsync(TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet", [_dll])
        {
            WorkingDirectory = Path.GetDirectoryName(_dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the server exited with {_process.ExitCode}:\n{Log}");
            }

            try
            {
                if ((await client.GetAsync(new Uri(BaseAddress, "/healthz"))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the server did not answer /healthz within {timeout}:\n{Log}");
    }

    /// <summary>SIGKILL: no shutdown, no flush, requests in flight cut off.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    /// <summary>CPU seconds the server has used (user and system), for the CPU cost per request.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process!.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                if (_log.Length < 200_000)
                {
                    _log.AppendLine(line);
                }
            }
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
