using System.Diagnostics;

namespace AllianceCms.Tests.Integration.Infrastructure;

/// <summary>What one run of the built host printed and how it ended.</summary>
public sealed record CliResult(int ExitCode, string Output, string Errors, TimeSpan Elapsed)
{
    public string[] ErrorLines => Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() =>
        $"exit code {ExitCode} after {Elapsed.TotalSeconds:0.0} s\n--- stdout\n{Output}\n--- stderr\n{Errors}";
}

/// <summary>
/// Runs the built web host as an operator would: <c>dotnet AllianceCms.Web.dll COMMAND</c> with its
/// settings in environment variables. The test project references the web project, so the host and
/// its recipes sit next to the test assembly.
/// </summary>
public static class CliHost
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    public static string WebDll => Path.Combine(AppContext.BaseDirectory, "AllianceCms.Web.dll");

    /// <summary>Runs a command against a test database; <paramref name="settings"/> add or override host settings ("Setup:Recipe").</summary>
    public static Task<CliResult> RunAsync(TestDatabase database, string[] args, IEnumerable<KeyValuePair<string, string?>>? settings = null) =>
        RunAsync(database.Settings().Concat(settings ?? []), args);

    public static async Task<CliResult> RunAsync(IEnumerable<KeyValuePair<string, string?>> settings, string[] args, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            // The content root: appsettings.json is found there, as in a deployed site.
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WebDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);

        // Only what the test says: no settings inherited from the machine running the tests.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Database__", StringComparison.OrdinalIgnoreCase)
                     || k.StartsWith("Setup__", StringComparison.OrdinalIgnoreCase)
                     || k.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value ?? "";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"'{string.Join(' ', args)}' did not finish within {(timeout ?? DefaultTimeout).TotalSeconds} s.\n{await output}\n{await errors}");
        }
        return new CliResult(process.ExitCode, await output, await errors, clock.Elapsed);
    }

    /// <summary>Runs a command and fails the test unless it exits with 0.</summary>
    public static async Task<CliResult> SucceedsAsync(this Task<CliResult> run)
    {
        var result = await run;
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    /// <summary>The dotnet host running the tests, so the site runs on the same runtime.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
