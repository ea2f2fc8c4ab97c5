using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AllianceCms.Workflows.Runtime;

namespace AllianceCms.Workflows.Activities;

/// <summary>
/// Base of every activity: typed settings read strictly from the definition's JSON (unknown keys
/// are an error, so a typo fails when the definition is saved, not when it runs).
/// </summary>
public abstract class Activity<TSettings> : IActivity where TSettings : class, new()
{
    internal static readonly JsonSerializerOptions SettingsJson = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        PropertyNameCaseInsensitive = false,
    };

    public abstract string Type { get; }
    public virtual ActivityKind Kind => ActivityKind.Task;
    public Type SettingsType => typeof(TSettings);

    public IReadOnlyList<string> Outcomes(object settings) => Outcomes((TSettings)settings);
    protected abstract IReadOnlyList<string> Outcomes(TSettings settings);

    public object ReadSettings(JsonObject settings) => settings.Deserialize<TSettings>(SettingsJson) ?? new TSettings();

    public Task<ActivityResult> ExecuteAsync(ActivityContext context, object settings) => ExecuteAsync(context, (TSettings)settings);
    protected abstract Task<ActivityResult> ExecuteAsync(ActivityContext context, TSettings settings);

    public Task<ActivityResult> ResumeAsync(ActivityContext context, object settings, JsonObject input) =>
        ResumeAsync(context, (TSettings)settings, input);

    protected virtual Task<ActivityResult> ResumeAsync(ActivityContext context, TSettings settings, JsonObject input) =>
        Task.FromResult(ActivityResult.Fault($"{Type} does not wait for anything."));

    protected static Task<ActivityResult> Done(params string[] outcomes) => Task.FromResult(ActivityResult.Done(outcomes));
}

/// <summary>For activities without settings.</summary>
public sealed class NoSettings;
