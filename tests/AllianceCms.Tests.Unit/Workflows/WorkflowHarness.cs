using System.Text.Json.Nodes;
using AllianceCms.Core.Mail;
using AllianceCms.Workflows;
using AllianceCms.Workflows.Activities;
using AllianceCms.Workflows.Definitions;
using AllianceCms.Workflows.Runtime;
using AllianceCms.Workflows.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Tests.Unit.Workflows;

/// <summary>The workflow engine over an in-memory store, a hand-moved clock and a mail queue that records.</summary>
public sealed class WorkflowHarness
{
    public InMemoryWorkflowStore Store { get; } = new();
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    public List<MailMessageModel> Mail { get; } = [];
    private readonly List<Action<IServiceCollection>> _extra = [];

    public WorkflowHarness With(Action<IServiceCollection> configure)
    {
        _extra.Add(configure);
        return this;
    }

    /// <summary>A fresh engine, as a newly started process would have, over the same store.</summary>
    public WorkflowEngine Engine()
    {
        var services = new ServiceCollection().AddLogging().AddCmsWorkflows();
        services.AddSingleton<IWorkflowStore>(Store).AddSingleton<IUserTaskStore>(Store).AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IMailQueue>(new RecordingMailQueue(Mail));
        services.AddSingleton<AllianceCms.Core.Content.ITransactionRunner, NoTransactions>();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Display:PublicOrigin"] = "https://cms.example.org" }).Build());
        foreach (var configure in _extra) configure(services);
        return services.BuildServiceProvider().CreateScope().ServiceProvider.GetRequiredService<WorkflowEngine>();
    }

    public WorkflowDefinitionValidator Validator() =>
        new ServiceCollection().AddLogging().AddCmsWorkflows().Also(s => _extra.ForEach(c => c(s))).BuildServiceProvider().GetRequiredService<WorkflowDefinitionValidator>();

    public static WorkflowDefinition Definition(string id, params (string Id, string Type, string Settings)[] activities) => new()
    {
        Id = id,
        Activities = activities.Select(a => new ActivityDefinition { Id = a.Id, Type = a.Type, Settings = JsonNode.Parse(a.Settings)!.AsObject() }).ToList(),
    };

    private sealed class RecordingMailQueue(List<MailMessageModel> mail) : IMailQueue
    {
        public Task EnqueueAsync(MailMessageModel message, CancellationToken ct = default)
        {
            if (message.IdempotencyKey is null || mail.All(m => m.IdempotencyKey != message.IdempotencyKey)) mail.Add(message);
            return Task.CompletedTask;
        }
    }
}

/// <summary>The in-memory store has no transactions: work just runs.</summary>
public sealed class NoTransactions : AllianceCms.Core.Content.ITransactionRunner
{
    public Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct = default) => work(ct);
}

public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;
    public override DateTimeOffset GetUtcNow() => _now;
    public void Advance(TimeSpan by) => _now += by;
}

internal static class DefinitionExtensions
{
    public static WorkflowDefinition Then(this WorkflowDefinition definition, string from, string outcome, string to)
    {
        definition.Transitions.Add(new TransitionDefinition { From = from, Outcome = outcome, To = to });
        return definition;
    }

    public static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}
