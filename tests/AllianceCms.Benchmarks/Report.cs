using System.Text;

namespace AllianceCms.Benchmarks;

/// <summary>The figures of one run as a Markdown table (printed, and written to --report FILE).</summary>
public sealed class Report(BenchmarkOptions options)
{
    private readonly List<(string What, string Figure, string Detail, string Aim, bool? Met)> _rows = [];

    public List<(string Name, string Plan)> Plans { get; } = [];

    private string LoadAtStart { get; } = LoadAverage();

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public void Add(string what, string figure, string detail, string aim, bool? met = null) => _rows.Add((what, figure, detail, aim, met));

    public void Print()
    {
        var text = new StringBuilder();
        text.AppendLine($"### {options.Provider} — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        text.AppendLine($"Load average at start {LoadAtStart}, at end {LoadAverage()} (other work on the machine slows every figure).");
        text.AppendLine($"{options.Members:N0} participants + {options.News:N0} news items, batches of {options.Batch} creates per transaction");
        text.AppendLine();
        text.AppendLine("| measure | figure | detail | aim | met |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var (what, figure, detail, aim, met) in _rows)
            text.AppendLine($"| {what} | {figure} | {detail} | {aim} | {(met is null ? "" : met.Value ? "yes" : "**no**")} |");
        text.AppendLine();
        text.AppendLine("Query plans (EXPLAIN of the statements the query service sent):");
        text.AppendLine();
        foreach (var (name, plan) in Plans)
        {
            text.AppendLine($"- {name}:");
            text.AppendLine("```");
            text.Append(plan);
            text.AppendLine("```");
        }
        Console.WriteLine();
        Console.WriteLine(text);
        if (options.ReportFile is { Length: > 0 } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            File.WriteAllText(file, text.ToString());
        }
    }
}
