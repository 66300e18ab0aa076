using System.Globalization;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace Gongkai.Application.DisclosureApplications.Letters;

/// <summary>
/// Serving letters by e-mail (MailKit) through the office's SMTP server: <c>Gongkai:Smtp:Host</c>, <c>Port</c> (25),
/// <c>From</c>, and optionally <c>UserName</c>/<c>Password</c> and <c>Security</c> (None, StartTls, SslOnConnect;
/// default: STARTTLS when the server offers it). Without a host, e-mail is not configured and nothing is sent.
/// </summary>
public sealed class LetterMail(IConfiguration configuration)
{
    private readonly IConfigurationSection _smtp = configuration.GetSection("Gongkai:Smtp");

    public bool Configured => !string.IsNullOrWhiteSpace(_smtp["Host"]) && !string.IsNullOrWhiteSpace(_smtp["From"]);

    /// <summary>Sends one message with the letter's text as its body and the letter's files attached.</summary>
    public async Task SendAsync(string to, string subject, string text, IReadOnlyList<(string FileName, string ContentType, byte[] Content)> attachments, CancellationToken cancel)
    {
        if (!Configured)
        {
            throw new GongkaiException(ProblemKind.Unavailable, "未配置电子邮件发送（Gongkai:Smtp:Host 与 Gongkai:Smtp:From），请由系统管理员配置后再发送");
        }

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(_smtp["From"]!));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        var body = new BodyBuilder { TextBody = text };
        foreach (var (name, type, content) in attachments)
        {
            body.Attachments.Add(name, content, ContentType.Parse(type));
        }

        message.Body = body.ToMessageBody();
        var port = int.TryParse(_smtp["Port"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 25;
        var security = Enum.TryParse<SecureSocketOptions>(_smtp["Security"], ignoreCase: true, out var s) ? s : SecureSocketOptions.StartTlsWhenAvailable;
        using var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            await client.ConnectAsync(_smtp["Host"]!, port, security, cancel);
            if (_smtp["UserName"] is { Length: > 0 } user)
            {
                await client.AuthenticateAsync(user, _smtp["Password"] ?? "", cancel);
            }

            await client.SendAsync(message, cancel);
            await client.DisconnectAsync(quit: true, cancel);
        }
        catch (Exception ex) when (ex is System.Net.Sockets.SocketException or IOException or SmtpCommandException or SmtpProtocolException or AuthenticationException)
        {
            throw new GongkaiException(ProblemKind.Unavailable, $"电子邮件发送失败（{_smtp["Host"]}:{port}）：{ex.Message}。文书未送达，请稍后重试或改用其他方式送达");
        }
    }
}
