using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Gongkai.BrowserTests;

/// <summary>
/// The server's warnings and errors (and refused anti-forgery tokens) during a browser test, kept to be quoted when the browser does not get
/// where it should: a page that "isn't working" says nothing of why in a CI log.
/// </summary>
public sealed class ServerLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public string Recent(int count = 10) => string.Join("\n", _lines.TakeLast(count));

    public void Dispose()
    {
    }

    private sealed class Logger(ServerLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) =>
            logLevel >= LogLevel.Warning || (logLevel >= LogLevel.Information && category.Contains("Antiforgery", StringComparison.Ordinal));

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log._lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception?.GetType().Name} {exception?.Message}");
            }
        }
    }
}
