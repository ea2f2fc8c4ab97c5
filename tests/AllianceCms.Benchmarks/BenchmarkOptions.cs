namespace AllianceCms.Benchmarks;

public sealed record BenchmarkOptions(string Provider, string WebDll, int Members, int News, int Batch, string? ReportFile, bool SeedOnly, bool NoWeb)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        var provider = Value("--provider", "sqlite").ToLowerInvariant() switch
        {
            "postgres" or "postgresql" => "Postgres",
            "sqlite" => "Sqlite",
            var other => throw new ArgumentException($"Unknown provider '{other}': sqlite or postgres."),
        };
        var webDll = Path.GetFullPath(Value("--web-dll", Path.Combine(RepositoryRoot.Path, "src/AllianceCms.Web/bin/Release/net10.0/AllianceCms.Web.dll")));
        if (!File.Exists(webDll)) throw new FileNotFoundException($"Build the site first (Release): {webDll}");
        return new BenchmarkOptions(provider, webDll,
            int.Parse(Value("--members", "10000")), int.Parse(Value("--news", "100000")), int.Parse(Value("--batch", "1000")),
            args.Contains("--report") ? Value("--report", "") : null, args.Contains("--seed-only"), args.Contains("--no-web"));
    }
}
