using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AllianceCms.Core.Content;
using AllianceCms.Core.Queries;
using AllianceCms.Workflows.Runtime;
using AllianceCms.Workflows.Tasks;

namespace AllianceCms.Tests.Integration.JoinForm;

/// <summary>The "join-application" workflow from the recipe, driven as the task inbox will drive it.</summary>
[Collection("join")]
public sealed partial class JoinWorkflowTests(JoinSiteFactory site)
{
    [GeneratedRegex(@"<strong>(\d+)")]
    private static partial Regex CounterFigure();

    private sealed record Submitted(string Reference, ContentItem Application, string StatusUrl, string Email, string Name);

    private async Task<Submitted> SubmitAsync(string path, string country, string language)
    {
        var applicant = new Applicant(site);
        var name = $"Ville {Guid.NewGuid().ToString("N")[..8]}";
        var email = $"{Guid.NewGuid():N}@example.org";
        var (page, reference) = await JoinFormTests.SubmitAsync(site, applicant, path, Applicant.ValidApplication(name, email, country, language));
        Assert.True(reference is not null, page.Html);
        var statusUrl = page.Document.QuerySelector("a[href*='/statu']")!.GetAttribute("href")!;
        return new Submitted(reference!, (await JoinFormTests.ApplicationAsync(site, reference!))!, statusUrl, email, name);
    }

    private async Task<(WorkflowInstance Instance, UserTask Task)> WaitingTaskAsync(string applicationId)
    {
        await using var scope = site.Scope();
        var instances = await scope.ServiceProvider.GetRequiredService<IWorkflowStore>().ListInstancesAsync(null, 0, 500);
        var instance = Assert.Single(instances, i => i.DefinitionId == "join-application" && i.Input["contentItemId"]?.GetValue<string>() == applicationId);
        Assert.True(instance.Status == WorkflowStatus.Waiting, $"{instance.Status}: {instance.FaultMessage}");
        var task = (await scope.ServiceProvider.GetRequiredService<IUserTaskStore>().GetAsync(instance.Variables["taskId"]!.GetValue<string>()))!;
        return (instance, task);
    }

    private async Task<WorkflowInstance> DecideAsync(string applicationId, string outcome, string userId, string? comment = null)
    {
        var (instance, task) = await WaitingTaskAsync(applicationId);
        await using var scope = site.Scope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<IUserTaskStore>().TryDecideAsync(task.Id, outcome, userId, site.Clock.GetUtcNow().UtcDateTime));
        var resumed = await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().ResumeAsync(instance.Id, task.ActivityId,
            new JsonObject { ["outcome"] = outcome, ["userId"] = userId, ["comment"] = comment });
        Assert.NotNull(resumed);
        Assert.True(resumed!.Status is WorkflowStatus.Waiting or WorkflowStatus.Finished, $"{resumed.Status}: {resumed.FaultMessage}");
        return resumed;
    }

    private Task<ContentItem> LatestAsync(string id) => site.WithContentAsync(async (content, _) => (await content.GetAsync(id, VersionOptions.Latest))!);

    private async Task SetDeskEditorsAsync(string countryId, params string[] userIds)
    {
        await site.WithContentAsync(async (content, _) =>
        {
            var country = (await content.GetAsync(countryId, VersionOptions.Latest))!;
            country.Set("Country", "DeskEditors", userIds.Length == 0 ? null : new JsonArray([.. userIds.Select(u => JsonValue.Create(u))]));
            var result = await content.SaveAsync(country, publish: true);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
            return true;
        });
    }

    private async Task<int> HomeFigureAsync()
    {
        var html = await site.CreateClient().GetStringAsync("/");
        var counter = html[html.IndexOf("id=\"counter\"", StringComparison.Ordinal)..];
        return int.Parse(CounterFigure().Match(counter).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task French_application_goes_to_the_desk_editor_who_asks_for_information_then_approves()
    {
        await SetDeskEditorsAsync("country-be", "desk-editor-be");
        var figureBefore = await HomeFigureAsync();
        var submitted = await SubmitAsync("/fr/adherer", "country-be", "fr");
        var id = submitted.Application.ContentItemId;

        var (_, task) = await WaitingTaskAsync(id);
        Assert.Equal(["desk-editor-be"], task.AssigneeUserIds);
        Assert.Empty(task.AssigneeRoles);
        Assert.Equal(["Approve", "Reject", "RequestInformation"], task.Outcomes);
        Assert.Equal(id, task.SubjectContentItemId);
        Assert.NotNull(task.DueUtc);

        // Request information: e-mail with the status link, status shown, a form to answer.
        await DecideAsync(id, "RequestInformation", "desk-editor-be", "Merci d'envoyer la délibération du conseil.");
        Assert.Equal("information-requested", (await LatestAsync(id)).Get<string>("JoinApplication", "Status"));
        var ask = await JoinMail.ArrivedAsync(site, submitted.Email, "Informations complémentaires", "https://alliance.example.org" + submitted.StatusUrl);
        Assert.Contains("délibération du conseil", JoinMail.Decoded(ask.Body));

        var applicant = new Applicant(site);
        var status = await applicant.GetAsync(submitted.StatusUrl);
        Assert.Contains("Informations demandées", status.Text(".status"));
        Assert.NotNull(status.Document.QuerySelector("#f-Answer"));
        var empty = await applicant.PostAsync(submitted.StatusUrl, status, new Dictionary<string, string[]> { ["Answer"] = [" "] });
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Contains("Veuillez écrire", empty.Text("#f-Answer-error"));
        var answered = await applicant.PostAsync(submitted.StatusUrl, empty, new Dictionary<string, string[]> { ["Answer"] = ["Voici la délibération."] },
            ("AnswerFile", Applicant.Pdf(), "deliberation.pdf"));
        Assert.Equal(HttpStatusCode.OK, answered.Status);
        Assert.Contains("Merci", answered.Text("[role=status]"));

        var application = await LatestAsync(id);
        Assert.Contains("Voici la délibération.", application.Get<string>("JoinApplication", "Answers"));
        Assert.Single(application.Get("JoinApplication", "AnswerFiles")!.AsArray());

        // The task comes back, to the same desk editor.
        var (_, again) = await WaitingTaskAsync(id);
        Assert.NotEqual(task.Id, again.Id);
        Assert.Equal(["desk-editor-be"], again.AssigneeUserIds);

        var finished = await DecideAsync(id, "Approve", "desk-editor-be");
        Assert.Equal(WorkflowStatus.Finished, finished.Status);
        Assert.Equal("approved", (await LatestAsync(id)).Get<string>("JoinApplication", "Status"));

        var memberId = finished.Variables["memberId"]!.GetValue<string>();
        var member = await site.WithContentAsync((content, _) => content.GetAsync(memberId));
        var memberFr = await site.WithContentAsync((content, _) => content.GetVariantAsync(memberId, "fr"));
        Assert.Equal(submitted.Name, member!.DisplayText);
        Assert.NotNull(memberFr);
        Assert.Equal(["country-be"], member.Get("Member", "Country")!.AsArray().Select(n => n!.GetValue<string>()));
        var ordinal = member.Get<long>("Member", "Ordinal");
        Assert.True(ordinal > 0);
        Assert.Equal(figureBefore + 1, await HomeFigureAsync());

        var news = await site.WithContentAsync((content, _) => content.GetVariantsAsync("news-" + memberId));
        var en = Assert.Single(news, n => n.Culture == "en");
        var fr = Assert.Single(news, n => n.Culture == "fr");
        Assert.False(en.Published);
        Assert.Equal($"{submitted.Name} is the {Alliance.JoinForm.Workflow.PrepareParticipantNews.EnglishOrdinal(ordinal)} participant of the Alliance", en.DisplayText);
        Assert.Equal($"{submitted.Name} est le {ordinal}e participant de l'Alliance", fr.DisplayText);

        await JoinMail.ArrivedAsync(site, submitted.Email, "Bienvenue dans l'Alliance");
        await JoinMail.ArrivedAsync(site, submitted.Email, "Votre demande d'adhésion");

        // The status page now says so, and offers no form.
        var final = await applicant.GetAsync(submitted.StatusUrl);
        Assert.Contains("Approuvée", final.Text(".status"));
        Assert.Null(final.Document.QuerySelector("#f-Answer"));
    }

    [Fact]
    public async Task Without_desk_editors_the_task_goes_to_editors_and_a_rejection_sends_the_reason()
    {
        await SetDeskEditorsAsync("country-pt");
        var submitted = await SubmitAsync("/join", "country-pt", "en");
        var id = submitted.Application.ContentItemId;

        var (_, task) = await WaitingTaskAsync(id);
        Assert.Empty(task.AssigneeUserIds);
        Assert.Equal(["Editor"], task.AssigneeRoles);

        var finished = await DecideAsync(id, "Reject", "editor-1", "Only authorities of member States <b>can</b> join.");
        Assert.Equal(WorkflowStatus.Finished, finished.Status);
        Assert.Equal("rejected", (await LatestAsync(id)).Get<string>("JoinApplication", "Status"));
        var mail = await JoinMail.ArrivedAsync(site, submitted.Email, "Your application to join the Alliance", "Only authorities of member States <b>can</b> join.");
        Assert.Contains("&lt;b&gt;can&lt;/b&gt;", mail.Body); // the reason is text, not markup
        Assert.Null(finished.Variables["memberId"]);
    }
}
