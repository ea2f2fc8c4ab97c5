using AllianceCms.Workflows.Activities;
using AllianceCms.Workflows.Activities.BuiltIn;
using AllianceCms.Workflows.Definitions;
using AllianceCms.Workflows.Expressions;
using AllianceCms.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Workflows;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>Registers one activity class; that is all a module needs to add an activity.</summary>
    public static IServiceCollection AddWorkflowActivity<T>(this IServiceCollection services) where T : class, IActivity =>
        services.AddSingleton<IActivity, T>();

    /// <summary>Registers an activity instance (for activities built with arguments, and in tests).</summary>
    public static IServiceCollection AddWorkflowActivity(this IServiceCollection services, IActivity activity) =>
        services.AddSingleton(activity);

    /// <summary>The engine and the built-in activities; storage (<see cref="IWorkflowStore"/>, task store) comes from the data layer.</summary>
    public static IServiceCollection AddCmsWorkflows(this IServiceCollection services)
    {
        services.AddSingleton<WorkflowExpressions>();
        services.AddSingleton<ActivityRegistry>();
        services.AddSingleton<WorkflowDefinitionValidator>();
        services.AddScoped<WorkflowEngine>();
        services.AddOptions<Tasks.WorkflowTaskOptions>().BindConfiguration(Tasks.WorkflowTaskOptions.Section)
            .PostConfigure<Microsoft.Extensions.Configuration.IConfiguration>((o, configuration) =>
                o.PublicOrigin = string.IsNullOrWhiteSpace(o.PublicOrigin) ? configuration["Display:PublicOrigin"] : o.PublicOrigin);
        services.AddScoped<Tasks.TaskNotifier>();
        services.AddScoped<AllianceCms.Core.Content.IContentHandler, Hosting.WorkflowContentHandler>();
        services.AddHostedService<Hosting.WorkflowTimerService>();
        services.AddScoped<AllianceCms.Core.Recipes.IRecipeStepHandler, Recipes.WorkflowsStep>();
        services.AddWorkflowActivity<SignalEvent>();
        services.AddWorkflowActivity<ContentEvent>();
        services.AddWorkflowActivity<SetVariable>();
        services.AddWorkflowActivity<IfElse>();
        services.AddWorkflowActivity<Switch>();
        services.AddWorkflowActivity<Fork>();
        services.AddWorkflowActivity<Join>();
        services.AddWorkflowActivity<Log>();
        services.AddWorkflowActivity<WaitForTime>();
        services.AddWorkflowActivity<SendEmail>();
        services.AddWorkflowActivity<CreateContent>();
        services.AddWorkflowActivity<UpdateContent>();
        services.AddWorkflowActivity<UserTaskActivity>();
        return services;
    }
}
