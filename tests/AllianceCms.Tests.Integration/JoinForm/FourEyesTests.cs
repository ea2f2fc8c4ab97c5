using Alliance.JoinForm.Configuration;
using Alliance.JoinForm.Workflow;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Admin;
using AllianceCms.Workflows.Runtime;
using AllianceCms.Workflows.Tasks;

namespace AllianceCms.Tests.Integration.JoinForm;

/// <summary>With "four eyes" on, an approval creates the participant only once a second editor confirms it.</summary>
[Collection("join")]
public sealed class FourEyesTests(JoinSiteFactory site)
{
    private async Task WithSettingsAsync(Action<JoinApplicationSettings> change, Func<Task> test)
    {
        var before = await JoinJourney.SettingsAsync(site);
        var changed = await JoinJourney.SettingsAsync(site);
        change(changed);
        await JoinJourney.SaveSettingsAsync(site, changed);
        try { await test(); }
        finally { await JoinJourney.SaveSettingsAsync(site, before); }
    }

    private Task<ContentItem?> MemberAsync(string applicationId, string suffix = "") =>
        site.WithContentAsync((content, _) => content.GetAsync(CreateMemberFromApplication.MemberIdFor(applicationId) + suffix, VersionOptions.Latest));

    private async Task<(JoinJourney.Submitted Submitted, UserTask Confirm, TestUser First, TestUser Second)> ApprovedOnceAsync()
    {
        var first = await AdminUsers.CreateAsync(site, "editor-a", "en", "Editor");
        var second = await AdminUsers.CreateAsync(site, "editor-b", "fr", "Editor");
        await JoinJourney.SetDeskEditorsAsync(site, "country-pt");
        var submitted = await JoinJourney.SubmitAsync(site, "/join", "country-pt", "en");
        var review = await JoinJourney.WaitingTaskAsync(site, submitted.Id);
        Assert.True(await JoinJourney.TryDecideAsync(site, review, "Approve", first.Id));

        var confirm = await JoinJourney.WaitingTaskAsync(site, submitted.Id);
        Assert.NotEqual(review.Id, confirm.Id);
        Assert.Equal(["Confirm", "Reject"], confirm.Outcomes);
        Assert.Equal([first.Id], confirm.ExcludedUserIds);
        Assert.Equal(["Editor"], confirm.AssigneeRoles);
        Assert.Null(await MemberAsync(submitted.Id)); // not before the confirmation
        Assert.Equal("submitted", (await site.WithContentAsync((c, _) => c.GetAsync(submitted.Id, VersionOptions.Latest)))!.Get<string>("JoinApplication", "Status"));
        return (submitted, confirm, first, second);
    }

    [Fact]
    public async Task The_approver_cannot_confirm_and_a_second_editor_confirms_into_one_participant() => await WithSettingsAsync(s => s.FourEyes = true, async () =>
    {
        var (submitted, confirm, first, second) = await ApprovedOnceAsync();

        Assert.False(await JoinJourney.TryDecideAsync(site, confirm, "Confirm", first.Id));
        Assert.Equal(UserTaskStatus.Open, (await JoinJourney.WaitingTaskAsync(site, submitted.Id)).Status);
        Assert.Null(await MemberAsync(submitted.Id));

        Assert.True(await JoinJourney.TryDecideAsync(site, confirm, "Confirm", second.Id));
        Assert.False(await JoinJourney.TryDecideAsync(site, confirm, "Confirm", second.Id)); // a second click changes nothing
        var instance = await JoinJourney.InstanceAsync(site, submitted.Id);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.NotNull(await MemberAsync(submitted.Id));
        Assert.NotNull(await MemberAsync(submitted.Id, "-fr"));
        var members = await site.WithContentAsync((content, _) => content.GetVariantsAsync(CreateMemberFromApplication.MemberIdFor(submitted.Id)));
        Assert.Equal(2, members.Count); // one participant, in English and French
        Assert.Equal("approved", (await site.WithContentAsync((c, _) => c.GetAsync(submitted.Id, VersionOptions.Latest)))!.Get<string>("JoinApplication", "Status"));
    });

    [Fact]
    public async Task The_second_editor_may_reject_the_approval() => await WithSettingsAsync(s => s.FourEyes = true, async () =>
    {
        var (submitted, confirm, _, second) = await ApprovedOnceAsync();

        Assert.True(await JoinJourney.TryDecideAsync(site, confirm, "Reject", second.Id, "The council decision is missing."));
        Assert.Equal(WorkflowStatus.Finished, (await JoinJourney.InstanceAsync(site, submitted.Id)).Status);
        Assert.Null(await MemberAsync(submitted.Id));
        Assert.Equal("rejected", (await site.WithContentAsync((c, _) => c.GetAsync(submitted.Id, VersionOptions.Latest)))!.Get<string>("JoinApplication", "Status"));
        await JoinMail.ArrivedAsync(site, submitted.Email, "Your application to join the Alliance", "The council decision is missing.");
    });

    [Fact]
    public async Task Without_four_eyes_and_with_drafts_chosen_one_approval_creates_a_draft_participant() =>
        await WithSettingsAsync(s => { s.FourEyes = false; s.PublishMemberOnApproval = false; }, async () =>
        {
            var editor = await AdminUsers.CreateAsync(site, "editor-c", "en", "Editor");
            await JoinJourney.SetDeskEditorsAsync(site, "country-pt");
            var submitted = await JoinJourney.SubmitAsync(site, "/join", "country-pt", "en");
            Assert.True(await JoinJourney.TryDecideAsync(site, await JoinJourney.WaitingTaskAsync(site, submitted.Id), "Approve", editor.Id));
            Assert.Equal(WorkflowStatus.Finished, (await JoinJourney.InstanceAsync(site, submitted.Id)).Status);
            var member = await MemberAsync(submitted.Id);
            Assert.NotNull(member);
            Assert.False(member!.Published);
        });
}
