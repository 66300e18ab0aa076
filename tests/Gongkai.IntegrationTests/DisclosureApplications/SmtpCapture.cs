using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using Gongkai.TestSupport;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Gongkai.IntegrationTests.DisclosureApplications;

/// <summary>A real SMTP server (the SmtpServer package) on 127.0.0.1 and a free port, keeping every message it receives.</summary>
internal sealed class SmtpCapture : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public SmtpCapture()
    {
        Port = WebServerProcess.FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("127.0.0.1")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(Messages));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<(string From, IReadOnlyList<string> To, MimeMessage Message)> Messages { get; } = new();

    public Dictionary<string, string?> Settings() => new()
    {
        ["Gongkai:Smtp:Host"] = "127.0.0.1",
        ["Gongkai:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Gongkai:Smtp:From"] = "gongkai@genhe.example.gov.cn",
        ["Gongkai:Smtp:Security"] = "None",
    };

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _running.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // cancelled: stopped
        }

        _stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<(string, IReadOnlyList<string>, MimeMessage)> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            messages.Enqueue(($"{transaction.From.User}@{transaction.From.Host}", transaction.To.Select(t => $"{t.User}@{t.Host}").ToList(), message));
            return SmtpResponse.Ok;
        }
    }
}
