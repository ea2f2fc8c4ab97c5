using AllianceCms.Workflows.Tasks;

namespace AllianceCms.Tests.Unit.Workflows;

/// <summary>The inbox's filters, claims and history as the in-memory store keeps them (the same rules as the database's).</summary>
public sealed class UserTaskInboxStoreTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc);

    private static async Task<InMemoryWorkflowStore> StoreAsync()
    {
        var store = new InMemoryWorkflowStore();
        await store.CreateAsync(new UserTask { Id = "a", Key = "a", AssigneeUserIds = ["u1"], Outcomes = ["Ok"], CreatedUtc = Now, DueUtc = Now.AddDays(-1) });
        await store.CreateAsync(new UserTask { Id = "b", Key = "b", AssigneeRoles = ["Desk"], Outcomes = ["Ok"], CreatedUtc = Now.AddMinutes(1), DueUtc = Now.AddDays(1) });
        await store.CreateAsync(new UserTask { Id = "c", Key = "c", AssigneeRoles = ["Other"], Outcomes = ["Ok"], CreatedUtc = Now.AddMinutes(2) });
        return store;
    }

    private static async Task<string> IdsAsync(InMemoryWorkflowStore store, UserTaskFilter filter, string user = "u1", bool all = false) =>
        string.Join(",", (await store.ListAsync(new UserTaskQuery(user, ["Desk"], filter, Now, all), 0, 10)).Select(t => t.Id));

    [Fact]
    public async Task A_user_sees_the_tasks_of_their_id_and_roles_by_filter()
    {
        var store = await StoreAsync();
        Assert.Equal("b,a", await IdsAsync(store, UserTaskFilter.Open));
        Assert.Equal("a", await IdsAsync(store, UserTaskFilter.Mine));
        Assert.Equal("a", await IdsAsync(store, UserTaskFilter.Overdue));
        Assert.Equal("c,b,a", await IdsAsync(store, UserTaskFilter.All, all: true));

        Assert.True(await store.TryClaimAsync("b", "u1", Now));
        Assert.True(await store.TryClaimAsync("b", "u1", Now));
        Assert.False(await store.TryClaimAsync("b", "u2", Now));
        Assert.False(await store.TryReleaseAsync("b", "u2", Now));
        Assert.Equal("b,a", await IdsAsync(store, UserTaskFilter.Mine));
        Assert.Equal("a", await IdsAsync(store, UserTaskFilter.Unclaimed));

        Assert.True(await store.TryDecideAsync("a", "Ok", "u1", Now));
        Assert.False(await store.TryDecideAsync("a", "Ok", "u2", Now));
        Assert.Equal("a", await IdsAsync(store, UserTaskFilter.Decided));
        Assert.Equal(1, await store.CountAsync(new UserTaskQuery("u1", ["Desk"], UserTaskFilter.Open, Now)));
        Assert.False(await store.TryClaimAsync("a", "u1", Now));

        Assert.True(await store.TryReassignAsync("b", ["u3"], "u1", Now));
        Assert.Equal("", await IdsAsync(store, UserTaskFilter.Open));
        Assert.Equal("b", await IdsAsync(store, UserTaskFilter.Mine, user: "u3"));
        await store.AddCommentAsync("b", "u3", "Seen.", Now);
        Assert.Equal(["created", "claimed", "reassigned", "commented"], (await store.GetHistoryAsync("b")).Select(h => h.Kind));
    }
}
