using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Admin.Workflows;
using AllianceCms.Workflows.Definitions;
using AllianceCms.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Workflows;

/// <summary>
/// One instance: its state, what it waits for, its tasks and its history; a faulted one can be
/// retried from the failed step, a live one cancelled. Both go through the engine, which acts
/// once: a second submit finds the instance no longer faulted (or already cancelled) and says so.
/// </summary>
[RequirePermission(WorkflowAdmin.Permission)]
public sealed class WorkflowInstanceModel(IWorkflowStore store, WorkflowEngine engine, WorkflowAdminQueries queries, AdminText text) : PageModel
{
    public const string ErrorKey = "WorkflowError";

    public WorkflowInstance Instance { get; private set; } = null!;
    public WorkflowDefinition? Definition { get; private set; }
    public IReadOnlyList<WorkflowAdminQueries.TaskSummary> Tasks { get; private set; } = [];
    public bool ShowsVariables { get; private set; }

    public static bool CanRetry(WorkflowInstance instance) => instance.Status == WorkflowStatus.Faulted;

    public static bool CanCancel(WorkflowInstance instance) => instance.Status is not (WorkflowStatus.Finished or WorkflowStatus.Cancelled);

    public async Task<IActionResult> OnGetAsync(string instanceId, CancellationToken ct)
    {
        if (await FindAsync(instanceId, ct) is not { } instance) return AdminStatusResult.NotFound;
        Instance = instance;
        Definition = await store.GetDefinitionAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
        Tasks = await queries.TasksOfAsync(instance.Id, ct);
        ShowsVariables = WorkflowAdmin.SeesVariables(User);
        return Page();
    }

    public Task<IActionResult> OnPostRetryAsync(string instanceId, bool confirm, string? returnUrl, CancellationToken ct) =>
        ActAsync(instanceId, confirm, returnUrl, async instance =>
        {
            if (!CanRetry(instance)) return (false, text["WorkflowNotFaulted"]);
            var retried = await engine.RetryAsync(instance.Id, ct);
            return retried switch
            {
                null => (false, text["WorkflowNotFaulted"]),
                { Status: WorkflowStatus.Faulted } => (false, text["WorkflowRetryFaultedAgain", retried.FaultMessage ?? ""]),
                _ => (true, text["WorkflowRetried", text["WorkflowStatus_" + retried.Status]]),
            };
        }, ct);

    public Task<IActionResult> OnPostCancelAsync(string instanceId, bool confirm, string? returnUrl, CancellationToken ct) =>
        ActAsync(instanceId, confirm, returnUrl, async instance =>
        {
            if (!CanCancel(instance)) return (false, text["WorkflowNotCancellable"]);
            return await engine.CancelAsync(instance.Id, ct) is null
                ? (false, text["WorkflowNotCancellable"])
                : (true, text["WorkflowCancelledMessage"]);
        }, ct);

    private async Task<IActionResult> ActAsync(string instanceId, bool confirm, string? returnUrl, Func<WorkflowInstance, Task<(bool Done, string Message)>> act, CancellationToken ct)
    {
        if (await FindAsync(instanceId, ct) is not { } instance) return AdminStatusResult.NotFound;
        (bool Done, string Message) outcome;
        if (!confirm) outcome = (false, text["WorkflowConfirmFirst"]);
        else
        {
            try
            {
                outcome = await act(instance);
            }
            catch (WorkflowConcurrencyException)
            {
                outcome = (false, text["WorkflowChangedMeanwhile"]);
            }
        }
        TempData[outcome.Done ? "AdminMessage" : ErrorKey] = outcome.Message;
        // Back to the list the button was on (the faulted instances), else to the instance.
        if (returnUrl is not null && Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith("/admin/workflows/", StringComparison.Ordinal))
            return LocalRedirect(returnUrl);
        return RedirectToPage("/Workflows/Instance", new { area = AdminServiceCollectionExtensions.Area, instanceId = instance.Id });
    }

    private async Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken ct) =>
        instanceId.Length > 64 ? null : await store.GetInstanceAsync(instanceId, ct);
}
