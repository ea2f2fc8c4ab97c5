using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AllianceCms.Tests.Integration.Infrastructure;
using AllianceCms.Workflows;
using AllianceCms.Workflows.Activities;
using AllianceCms.Workflows.Definitions;
using AllianceCms.Workflows.Runtime;
using Microsoft.AspNetCore.Hosting;

namespace AllianceCms.Tests.Integration.Admin.Workflows;

/// <summary>
/// A blank site with one extra activity, "TestRemoteCall", that fails while the service it names is
/// down: the way to fault an instance for real and have a retry succeed once the service is back.
/// </summary>
public sealed class WorkflowAdminSite : CmsFactory
{
    public RemoteCall Remote { get; } = new();

    protected override string Recipe => "blank";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddWorkflowActivity(Remote));
    }

    public async Task SaveAsync(WorkflowDefinition definition)
    {
        await using var scope = Scope();
        await scope.ServiceProvider.GetRequiredService<IWorkflowStore>().SaveDefinitionAsync(definition);
    }

    public async Task<WorkflowInstance> StartAsync(string signal, JsonObject? input = null)
    {
        await using var scope = Scope();
        return Assert.Single(await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().TriggerAsync(signal, input ?? []));
    }

    public async Task<IReadOnlyList<WorkflowInstance>> SignalAsync(string signal)
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().TriggerAsync(signal, []);
    }

    public async Task<WorkflowInstance> InstanceAsync(string id)
    {
        await using var scope = Scope();
        return (await scope.ServiceProvider.GetRequiredService<IWorkflowStore>().GetInstanceAsync(id))!;
    }

    public async Task<IReadOnlyList<WorkflowDefinition>> VersionsAsync(string definitionId)
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowStore>().GetDefinitionVersionsAsync(definitionId);
    }

    public Task<AdminSession> AdminAsync() => AdminSession.SignedInAsync(this, "admin", AdminPassword);

    /// <summary>
    /// start (Signal) → call (TestRemoteCall) → hold (waits for "{signal}-go") → mark (SetVariable "result" = <paramref name="mark"/>).
    /// </summary>
    public static WorkflowDefinition Definition(string id, string signal, string mark = "first", string? service = null) => new()
    {
        Id = id,
        Name = new("Test process " + id, "Processus de test " + id),
        Activities =
        [
            new ActivityDefinition { Id = "start", Type = "Signal", Label = "Started", Settings = new JsonObject { ["signal"] = signal } },
            new ActivityDefinition { Id = "call", Type = RemoteCall.TypeName, Label = "Call the registry", Settings = new JsonObject { ["service"] = service ?? "registry-" + id } },
            new ActivityDefinition { Id = "hold", Type = "Signal", Label = "Wait for the go", Settings = new JsonObject { ["signal"] = signal + "-go" } },
            new ActivityDefinition { Id = "mark", Type = "SetVariable", Label = "Mark the result", Settings = new JsonObject { ["name"] = "result", ["value"] = mark } },
        ],
        Transitions =
        [
            new() { From = "start", Outcome = "Done", To = "call" },
            new() { From = "call", Outcome = "Done", To = "hold" },
            new() { From = "hold", Outcome = "Done", To = "mark" },
        ],
    };

    public static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..10];
}

/// <summary>Calls a (pretend) remote service; faults while the service is marked down.</summary>
public sealed class RemoteCall : Activity<RemoteCall.Settings>
{
    public const string TypeName = "TestRemoteCall";

    public sealed class Settings
    {
        [JsonPropertyName("service")] public string Service { get; set; } = "";
    }

    private readonly ConcurrentDictionary<string, bool> _down = new();

    public void Down(string service) => _down[service] = true;

    public void Up(string service) => _down.TryRemove(service, out _);

    public override string Type => TypeName;

    protected override IReadOnlyList<string> Outcomes(Settings settings) => ["Done"];

    protected override Task<ActivityResult> ExecuteAsync(ActivityContext context, Settings settings) =>
        Task.FromResult(_down.ContainsKey(settings.Service)
            ? ActivityResult.Fault($"The service {settings.Service} did not answer.")
            : ActivityResult.Done("Done"));
}

[CollectionDefinition("workflow-admin")]
public sealed class WorkflowAdminCollection : ICollectionFixture<WorkflowAdminSite>;
