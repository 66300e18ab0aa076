using System.Threading.Channels;

namespace Gongkai.Application.AnnualReports.Export.Artefacts;

/// <summary>
/// Published versions whose artefacts are to be rendered in the background. Unbounded, because what
/// enters it is bounded by the data: each publication once, and each published version once at start.
/// </summary>
public sealed class ArtefactBacklog
{
    private readonly Channel<int> _reports = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(int reportId) => _reports.Writer.TryWrite(reportId);

    internal ChannelReader<int> Reader => _reports.Reader;
}
