using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AllianceCms.Benchmarks;

/// <summary>
/// The built site (AllianceCms.Web.dll) as its own process on a free port, against an already
/// set-up database: how long it takes to answer /health/ready, and how much memory it keeps idle.
/// </summary>
public sealed class WebProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _http;

    private WebProcess(Process process, HttpClient http) { _process = process; _http = http; }

    public int Id => _process.Id;

    /// <summary>"http://127.0.0.1:port".</summary>
    public string Origin => _http.BaseAddress!.ToString().TrimEnd('/');

    /// <summary>Starts the site and returns it with the time from process start to the first 200 on /health/ready.</summary>
    public static async Task<(WebProcess Site, TimeSpan ToReady)> StartAsync(string webDll, BenchmarkSite site, CancellationToken ct, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [webDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in site.Settings()) info.Environment[key.Replace(":", "__")] = value;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment.Remove("Logging__LogLevel__Default");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;

        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet could not be started.");
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var web = new WebProcess(process, http);

        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited) throw new InvalidOperationException($"The site exited with {process.ExitCode}:\n{output}");
            try
            {
                using var response = await http.GetAsync("/health/ready", ct);
                if (response.StatusCode == HttpStatusCode.OK) return (web, watch.Elapsed);
            }
            catch (HttpRequestException) { }
            await Task.Delay(5, ct);
        }
        await web.DisposeAsync();
        throw new TimeoutException($"The site did not get ready within a minute:\n{output}");
    }

    /// <summary>GETs each path <paramref name="times"/> times; returns the status codes of the last round.</summary>
    public async Task<IReadOnlyList<(string Path, int Status)>> HitAsync(IReadOnlyList<string> paths, int times, CancellationToken ct)
    {
        var statuses = new List<(string, int)>();
        for (var i = 0; i < times; i++)
        {
            statuses.Clear();
            foreach (var path in paths)
            {
                using var response = await _http.GetAsync(path, ct);
                statuses.Add((path, (int)response.StatusCode));
            }
        }
        return statuses;
    }

    /// <summary>VmRSS from /proc: the resident memory of the process, in MB.</summary>
    public double ResidentMegabytes() => ProcStatus.ResidentMegabytes(_process.Id);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public static class ProcStatus
{
    public static double ResidentMegabytes(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (!line.StartsWith("VmRSS:", StringComparison.Ordinal)) continue;
            var kb = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            return kb / 1024.0;
        }
        return double.NaN;
    }
}
