namespace Gongkai.Cli.Catalog;

/// <summary>A one-line progress bar on stderr, drawn only when stderr is a terminal (never into a file or a test's writer).</summary>
internal sealed class ProgressBar(TextWriter error) : IProgress<(int Done, int Total)>, IDisposable
{
    private const int Width = 30;
    private bool _drawn;

    public static ProgressBar? ForTerminal(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? new ProgressBar(error) : null;

    public void Report((int Done, int Total) value)
    {
        var filled = value.Total == 0 ? Width : (int)((long)value.Done * Width / value.Total);
        error.Write($"\r[{new string('#', filled)}{new string('-', Width - filled)}] {value.Done}/{value.Total}");
        _drawn = true;
    }

    public void Dispose()
    {
        if (_drawn)
        {
            error.WriteLine();
            _drawn = false;
        }
    }
}
