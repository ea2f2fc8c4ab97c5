using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AllianceCms.Tests.Integration.Infrastructure;

/// <summary>
/// A minimal SMTP server on 127.0.0.1 that accepts every message and keeps it, so tests can assert
/// on what the site sent. Speaks just enough of RFC 5321 for MailKit.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly List<ReceivedMail> _received = [];
    private readonly List<string> _logins = [];

    public sealed record ReceivedMail(string From, IReadOnlyList<string> To, string Data);

    public SmtpSink()
    {
        _listener.Start();
        _loop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>When true, every message is refused with a temporary error (to test retries).</summary>
    public bool Refuse { get; set; }

    public IReadOnlyList<ReceivedMail> Received { get { lock (_received) return _received.ToList(); } }

    /// <summary>The "user:password" pairs clients signed in with (AUTH PLAIN), each accepted.</summary>
    public IReadOnlyList<string> Logins { get { lock (_logins) return _logins.ToList(); } }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            catch (ObjectDisposedException) { return; }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        var reader = new StreamReader(stream, Encoding.ASCII);
        var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 sink ready");
        string from = "";
        var to = new List<string>();
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO": await writer.WriteLineAsync("250-sink\r\n250-AUTH PLAIN\r\n250 8BITMIME"); break;
                    case "AUTH":
                        var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
                        if (parts.Length < 2 || !parts[1].Equals("PLAIN", StringComparison.OrdinalIgnoreCase)) { await writer.WriteLineAsync("504 unrecognized mechanism"); break; }
                        var response = parts.Length == 3 ? parts[2] : null;
                        if (response is null)
                        {
                            await writer.WriteLineAsync("334 ");
                            response = await reader.ReadLineAsync(_stop.Token) ?? "";
                        }
                        // "\0user\0password", base64-encoded (RFC 4616).
                        var plain = Encoding.UTF8.GetString(Convert.FromBase64String(response)).Split('\0');
                        lock (_logins) _logins.Add($"{plain[^2]}:{plain[^1]}");
                        await writer.WriteLineAsync("235 authenticated");
                        break;
                    case "HELO": await writer.WriteLineAsync("250 sink"); break;
                    case "MAIL": from = line[(line.IndexOf(':') + 1)..].Trim(' ', '<', '>'); to.Clear(); await writer.WriteLineAsync("250 ok"); break;
                    case "RCPT": to.Add(line[(line.IndexOf(':') + 1)..].Trim(' ', '<', '>')); await writer.WriteLineAsync("250 ok"); break;
                    case "DATA":
                        if (Refuse) { await writer.WriteLineAsync("451 try again later"); break; }
                        await writer.WriteLineAsync("354 go on");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".") data.AppendLine(dataLine.StartsWith("..") ? dataLine[1..] : dataLine);
                        lock (_received) _received.Add(new ReceivedMail(from, to.ToList(), data.ToString()));
                        await writer.WriteLineAsync("250 queued");
                        break;
                    case "RSET": to.Clear(); await writer.WriteLineAsync("250 ok"); break;
                    case "NOOP": await writer.WriteLineAsync("250 ok"); break;
                    case "QUIT": await writer.WriteLineAsync("221 bye"); return;
                    default: await writer.WriteLineAsync("502 not implemented"); break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException) { }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try { await _loop; } catch (OperationCanceledException) { }
    }
}
