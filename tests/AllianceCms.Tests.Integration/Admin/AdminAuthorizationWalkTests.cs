using System.Net;
using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>
/// Walks every admin endpoint (read from the routing table, so a new page is walked as soon as it
/// exists) with every handler, as anonymous, as a user without permissions and as each role, and
/// checks who is let in and who is refused.
/// </summary>
[Collection("site")]
public sealed class AdminAuthorizationWalkTests(SiteFactory site)
{
    public enum Outcome { Allowed, Refused, NotFound, SignIn }

    /// <summary>One request of the walk: an endpoint, a method and handler, and the item or type it is about.</summary>
    public sealed record Step(string Key, string Method, string Url, bool AllowsAnonymous, Subject Subject)
    {
        public override string ToString() => $"{Method} {Url} ({Subject.Name})";
    }

    /// <summary>What a route's parameters are filled with: a type, an item (own, someone else's, private)…</summary>
    public sealed record Subject(string Name, string? Type, bool OwnedByWalker, IReadOnlyDictionary<string, string> Values);

    /// <summary>Every admin endpoint, as "METHOD /pattern handler"; a new one fails the walk until its rules are written below.</summary>
    private static readonly string[] KnownEndpoints =
    [
        "GET /admin",
        "GET /admin/login", "POST /admin/login",
        "GET /admin/logout", "POST /admin/logout",
        "GET /admin/language", "POST /admin/language",
        "GET /admin/assets/{name}",
        "GET /admin/content/{type}",
        "GET /admin/content/{type}/new", "POST /admin/content/{type}/new Save", "POST /admin/content/{type}/new Publish",
        "GET /admin/content/{id}/edit", "POST /admin/content/{id}/edit Save", "POST /admin/content/{id}/edit Publish",
        "POST /admin/content/{id}/edit Unpublish", "POST /admin/content/{id}/edit Restore", "POST /admin/content/{id}/edit Delete",
        "GET /admin/tasks",
        "GET /admin/tasks/{taskId}", "POST /admin/tasks/{taskId} Claim", "POST /admin/tasks/{taskId} Release",
        "POST /admin/tasks/{taskId} Reassign", "POST /admin/tasks/{taskId} Comment", "POST /admin/tasks/{taskId} Decide",
        "GET /admin/tasks/{taskId}/files/{**path}",
        "GET /admin/media", "POST /admin/media CreateFolder",
        "GET /admin/media/upload", "POST /admin/media/upload",
        "GET /admin/media/files/{**path}", "POST /admin/media/files/{**path} Save", "POST /admin/media/files/{**path} Delete",
        "GET /admin/tasks/{taskId}/export",
        "GET /admin/tasks/settings/{section}", "POST /admin/tasks/settings/{section}",
        "GET /admin/content/{id}/versions", "POST /admin/content/{id}/versions RestoreVersion", "GET /admin/content/{id}/preview",
        "POST /admin/content/{id}/edit Translate", "POST /admin/content/{id}/edit Schedule", "POST /admin/content/{id}/edit CancelSchedule",
        "POST /admin/content/{id}/edit Autosave",
        "GET /admin/translations", "GET /admin/content-picker", "POST /admin/content/{type} Bulk",
        "GET /admin/audit", "GET /admin/audit/export",
        "GET /admin/forgot-password", "POST /admin/forgot-password", "GET /admin/account/reset-password", "POST /admin/account/reset-password",
        "GET /admin/users", "GET /admin/users/new", "POST /admin/users/new",
        "GET /admin/users/{userId}", "POST /admin/users/{userId} Save", "POST /admin/users/{userId} Lock", "POST /admin/users/{userId} Unlock",
        "POST /admin/users/{userId} Disable", "POST /admin/users/{userId} Enable",
        "GET /admin/account/two-factor", "POST /admin/account/two-factor Start", "POST /admin/account/two-factor Verify", "POST /admin/account/two-factor Disable",
        "GET /admin/login/two-factor", "POST /admin/login/two-factor",
        "GET /admin/settings", "POST /admin/settings",
        "GET /admin/content-types", "POST /admin/content-types Create",
        "GET /admin/content-types/{type}", "POST /admin/content-types/{type} Save", "POST /admin/content-types/{type} MovePart", "POST /admin/content-types/{type} RemovePart",
        "POST /admin/content-types/{type} AddPart", "POST /admin/content-types/{type} MoveField", "POST /admin/content-types/{type} RemoveField", "POST /admin/content-types/{type} Delete",
        "GET /admin/content-types/{type}/parts/{part}/add-field", "POST /admin/content-types/{type}/parts/{part}/add-field",
        "GET /admin/content-types/{type}/parts/{part}/fields/{field}", "POST /admin/content-types/{type}/parts/{part}/fields/{field}",
        "GET /admin/content-types/{type}/parts/{part}/removed/{field}", "POST /admin/content-types/{type}/parts/{part}/removed/{field}",
        "GET /admin/settings/mail", "POST /admin/settings/mail Save", "POST /admin/settings/mail Test",
        "GET /admin/settings/cache", "POST /admin/settings/cache Save", "POST /admin/settings/cache Clear",
        "GET /admin/roles/{roleName}/delete", "POST /admin/roles/{roleName}/delete Delete",
        "GET /admin/templates", "GET /admin/templates/{template}", "GET /admin/templates/{template}/edit", "POST /admin/templates/{template}/edit",
        "GET /admin/templates/{template}/remove", "POST /admin/templates/{template}/remove",
        "GET /admin/menus", "GET /admin/menus/{menu}/{culture}", "POST /admin/menus/{menu}/{culture}",
        "GET /admin/roles", "POST /admin/roles Create", "GET /admin/roles/{roleName}", "POST /admin/roles/{roleName} Save",
        "GET /admin/api/clients", "POST /admin/api/clients Create", "POST /admin/api/clients Update", "POST /admin/api/clients Rotate", "POST /admin/api/clients Revoke",
        "GET /admin/api/webhooks", "POST /admin/api/webhooks Create", "POST /admin/api/webhooks Toggle", "POST /admin/api/webhooks Delete", "POST /admin/api/webhooks Redeliver", "GET /admin/api/graphiql",
        "GET /admin/workflows", "GET /admin/workflows/definitions/{definitionId}",
        "GET /admin/workflows/definitions/{definitionId}/versions/{version}",
        "GET /admin/workflows/definitions/{definitionId}/edit", "POST /admin/workflows/definitions/{definitionId}/edit",
        "GET /admin/workflows/instances", "GET /admin/workflows/faulted",
        "GET /admin/workflows/instances/{instanceId}", "POST /admin/workflows/instances/{instanceId} Retry", "POST /admin/workflows/instances/{instanceId} Cancel",
    ];

    [Fact]
    public async Task The_walk_knows_every_admin_endpoint()
    {
        var keys = (await EndpointsAsync()).Select(e => e.Key).Distinct().Order().ToList();
        Assert.Empty(keys.Except(KnownEndpoints));
        Assert.Empty(KnownEndpoints.Except(keys));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page_from_every_admin_endpoint()
    {
        using var session = AdminSession.Anonymous(site);
        await WalkAsync(session, await SubjectsAsync(walkerId: null), (step, _) => step.AllowsAnonymous ? Outcome.Allowed : Outcome.SignIn);
    }

    [Fact]
    public async Task A_signed_in_user_without_permissions_is_refused_everywhere_but_the_sign_in_and_out_pages()
    {
        var user = await AdminUsers.CreateAsync(site, "walk-nobody");
        await WalkAsAsync(user, (step, _) => step.AllowsAnonymous ? Outcome.Allowed : Outcome.Refused);
    }

    [Fact]
    public async Task An_administrator_may_do_everything()
    {
        var user = await AdminUsers.CreateAsync(site, "walk-admin", "en", "Administrator");
        await WalkAsAsync(user, (step, subject) => NotCreatable(step, subject) ?? NoSuchTaskFile(step) ?? NoRemovedField(step) ?? NoVersionPosted(step) ?? NothingToTranslateOrSchedule(step, subject) ?? Outcome.Allowed);
    }

    [Fact]
    public async Task An_editor_may_do_everything_with_content_except_open_private_types()
    {
        var user = await AdminUsers.CreateAsync(site, "walk-editor", "en", "Editor");
        await WalkAsAsync(user, (step, subject) => AdministratorsOnly(step) ?? NotCreatable(step, subject) ?? NoSuchTaskFile(step) ?? (subject.Type == "JoinApplication" ? Outcome.Refused : NoVersionPosted(step) ?? Outcome.Allowed));
    }

    [Fact]
    public async Task A_desk_editor_may_read_content_but_not_change_it()
    {
        var user = await AdminUsers.CreateAsync(site, "walk-desk", "en", "DeskEditor");
        await WalkAsAsync(user, (step, subject) => AdministratorsOnly(step) ?? NotCreatable(step, subject) ?? NoSuchTaskFile(step) ?? step.Key switch
        {
            _ when subject.Type == "JoinApplication" => Outcome.Refused,
            "GET /admin/content/{type}" or "GET /admin/content/{id}/edit" or "GET /admin/content/{id}/versions" or "GET /admin/content/{id}/preview" => Outcome.Allowed,
            _ when step.Key.Contains("/admin/content/", StringComparison.Ordinal) => Outcome.Refused,
            _ => Outcome.Allowed,
        });
    }

    [Fact]
    public async Task An_author_may_read_content_and_write_drafts_of_their_own_news_only()
    {
        var user = await AdminUsers.CreateAsync(site, "walk-author", "en", "Author");
        await WalkAsAsync(user, (step, subject) => AdministratorsOnly(step) ?? NotCreatable(step, subject) ?? step.Key switch
        {
            _ when subject.Type == "JoinApplication" => Outcome.Refused,
            "GET /admin/content/{type}" or "GET /admin/content/{id}/edit" or "GET /admin/content/{id}/versions" or "GET /admin/content/{id}/preview" => Outcome.Allowed,
            "GET /admin/content/{type}/new" or "POST /admin/content/{type}/new Save" => subject.Type == "NewsItem" ? Outcome.Allowed : Outcome.Refused,
            "POST /admin/content/{id}/edit Save" or "POST /admin/content/{id}/edit Autosave" => subject.OwnedByWalker ? Outcome.Allowed : Outcome.Refused,
            "POST /admin/content/{id}/versions RestoreVersion" or "POST /admin/content/{id}/edit Translate" => subject.OwnedByWalker ? Outcome.NotFound : Outcome.Refused,
            _ when step.Key.Contains("/admin/content/", StringComparison.Ordinal) || IsTaskInbox(step) || IsMediaLibrary(step) => Outcome.Refused,
            _ => Outcome.Allowed,
        });
    }

    [Fact]
    public async Task A_role_with_a_permission_outside_content_opens_the_dashboard_but_no_content()
    {
        var role = await AdminUsers.CreateRoleAsync(site, "MediaOnly", "media.manage");
        var user = await AdminUsers.CreateAsync(site, "walk-media", "en", role);
        await WalkAsAsync(user, (step, subject) => AdministratorsOnly(step) ?? NotCreatable(step, subject)
            ?? (step.Key.Contains("/admin/content/", StringComparison.Ordinal) || IsTaskInbox(step) ? Outcome.Refused : Outcome.Allowed));
    }

    /// <summary>The audit trail, users, roles, settings and menus ask for permissions only administrators hold.</summary>
    private static Outcome? AdministratorsOnly(Step step) =>
        new[] { "/admin/api", "/admin/audit", "/admin/workflows", "/admin/users", "/admin/roles", "/admin/settings", "/admin/menus", "/admin/content-types", "/admin/templates", "/admin/tasks/settings", "/admin/tasks/{taskId}/export" }
            .Any(prefix => step.Key.Contains(" " + prefix, StringComparison.Ordinal)) ? Outcome.Refused : null;

    /// <summary>The walk posts no version number to restore, no culture to translate into: whoever may write the item gets a 404 there.</summary>
    private static Outcome? NoVersionPosted(Step step) =>
        step.Key is "POST /admin/content/{id}/versions RestoreVersion" or "POST /admin/content/{id}/edit Translate" ? Outcome.NotFound : null;

    /// <summary>Join applications have no culture, no draft and no public page: nothing to translate, schedule or preview (404).</summary>
    private static Outcome? NothingToTranslateOrSchedule(Step step, Subject subject) =>
        subject.Type == "JoinApplication" && step.Key is "POST /admin/content/{id}/edit Translate" or "POST /admin/content/{id}/edit Schedule"
            or "POST /admin/content/{id}/edit CancelSchedule" or "POST /admin/content/{id}/edit Autosave" or "GET /admin/content/{id}/preview" ? Outcome.NotFound : null;

    /// <summary>Join applications are not creatable from the admin: anyone who may enter gets a 404 there.</summary>
    private static Outcome? NotCreatable(Step step, Subject subject) =>
        step.Key.Contains("/new", StringComparison.Ordinal) && subject.Type == "JoinApplication" ? Outcome.NotFound : null;

    /// <summary>The task inbox asks for "workflows.tasks" (Editor, DeskEditor and administrators).</summary>
    private static bool IsTaskInbox(Step step) => step.Key.Contains("/admin/tasks", StringComparison.Ordinal);

    /// <summary>The media library asks for "media.manage" (Editor, DeskEditor and administrators).</summary>
    private static bool IsMediaLibrary(Step step) => step.Key.Contains("/admin/media", StringComparison.Ordinal);

    /// <summary>The walk's field is not a removed one: there is no stored data of it to purge (404).</summary>
    private static Outcome? NoRemovedField(Step step) => step.Key.Contains("/removed/{field}", StringComparison.Ordinal) ? Outcome.NotFound : null;

    /// <summary>The walk's task file is not attached to the task's subject: whoever may open the task gets a 404 there.</summary>
    private static Outcome? NoSuchTaskFile(Step step) => IsTaskInbox(step) && step.Key.Contains("/files/", StringComparison.Ordinal) ? Outcome.NotFound : null;

    private async Task WalkAsAsync(TestUser user, Func<Step, Subject, Outcome> expected)
    {
        using var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password);
        await WalkAsync(session, await SubjectsAsync(user.Id), expected);
    }

    private async Task WalkAsync(AdminSession session, IReadOnlyList<Subject> subjects, Func<Step, Subject, Outcome> expected)
    {
        var endpoints = await EndpointsAsync();
        Assert.Empty(endpoints.Select(e => e.Key).Distinct().Except(KnownEndpoints));
        var token = (await session.GetAsync("/admin/login")).Token();
        var failures = new List<string>();
        var steps = 0;
        foreach (var step in Steps(endpoints, subjects))
        {
            steps++;
            var page = step.Method == HttpMethods.Get
                ? await session.GetAsync(step.Url)
                : await session.PostAsync(step.Url, [new(AdminSession.AntiforgeryField, token)]);
            var actual = OutcomeOf(page);
            var wanted = expected(step, step.Subject);
            if (actual != wanted) failures.Add($"{step}: expected {wanted}, got {actual} ({(int)page.Status} {page.Location})");
        }
        Assert.True(steps > 40, $"Only {steps} steps were walked.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static Outcome OutcomeOf(AdminPage page) => page.Status switch
    {
        HttpStatusCode.Forbidden => page.Find("h1") is not null ? Outcome.Refused : throw new Xunit.Sdk.XunitException("A 403 without the admin's refusal page."),
        HttpStatusCode.NotFound => Outcome.NotFound,
        HttpStatusCode.Redirect or HttpStatusCode.SeeOther when page.Location!.Contains("/admin/login?returnUrl=", StringComparison.Ordinal) => Outcome.SignIn,
        >= HttpStatusCode.OK and < HttpStatusCode.BadRequest => Outcome.Allowed,
        // The login form posted without credentials answers 200; a 400 here is the antiforgery check before any handler.
        HttpStatusCode.BadRequest => Outcome.Allowed,
        // The editor's autosave answers JSON: an empty post is a conflict (no base version) or invalid, past every check.
        HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity => Outcome.Allowed,
        _ => throw new Xunit.Sdk.XunitException($"Unexpected {(int)page.Status}: {page.Text("main")}"),
    };

    /// <summary>Each endpoint with each subject its route takes; reads first, then writes, deleting last, signing out at the very end.</summary>
    private static IEnumerable<Step> Steps(IReadOnlyList<(string Key, string Method, string Pattern, string? Handler, bool Anonymous)> endpoints, IReadOnlyList<Subject> subjects)
    {
        string[] order = ["Save", "Publish", "Unpublish", "Restore", "Delete"];
        var ordered = endpoints
            .OrderBy(e => e.Key == "POST /admin/logout")
            .ThenBy(e => e.Method == HttpMethods.Get ? 0 : 1)
            .ThenBy(e => e.Handler is null ? -1 : Array.IndexOf(order, e.Handler));
        foreach (var endpoint in ordered)
        {
            var parameters = Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse(endpoint.Pattern).Parameters.Select(p => p.Name).ToList();
            foreach (var subject in subjects.Where(s => parameters.Count == 0 ? s.Values.Count == 0 : parameters.All(s.Values.ContainsKey) && s.Values.Count == parameters.Count))
            {
                var url = parameters.Aggregate(endpoint.Pattern, (u, p) => u.Replace("{**" + p + "}", "{" + p + "}").Replace("{" + p + "}", Uri.EscapeDataString(subject.Values[p])));
                if (endpoint.Handler is not null) url += "?handler=" + endpoint.Handler;
                yield return new Step(endpoint.Key, endpoint.Method, url, endpoint.Anonymous, subject);
            }
        }
    }

    private async Task<IReadOnlyList<(string Key, string Method, string Pattern, string? Handler, bool Anonymous)>> EndpointsAsync()
    {
        var source = site.Services.GetRequiredService<EndpointDataSource>();
        var loader = site.Services.GetRequiredService<PageLoader>();
        var result = new List<(string, string, string, string?, bool)>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (pattern != "/admin" && !pattern.StartsWith("/admin/", StringComparison.Ordinal)) continue;
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor)
            {
                var compiled = await loader.LoadAsync(descriptor, endpoint.Metadata);
                anonymous |= compiled.EndpointMetadata.OfType<IAllowAnonymous>().Any();
                var handlers = compiled.HandlerMethods.Select(h => (Method: h.HttpMethod.ToUpperInvariant(), h.Name))
                    .Append((HttpMethods.Get, null)).Distinct();
                foreach (var (method, name) in handlers)
                    result.Add(($"{method} {pattern}{(name is null ? "" : " " + name)}", method, pattern, name, anonymous));
            }
            else
            {
                foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get])
                    result.Add(($"{method} {pattern}", method, pattern, null, anonymous));
            }
        }
        return result;
    }

    /// <summary>Fresh items for each walk, as its writes change or delete them.</summary>
    private async Task<IReadOnlyList<Subject>> SubjectsAsync(string? walkerId) => await site.WithContentAsync(async (content, _) =>
    {
        var adminId = await AdminUsers.IdOfAsync(site, "admin");
        var own = await Items.NewNewsAsync(content, Items.Unique("Walker's news"));
        own.Owner = walkerId ?? adminId;
        own = await content.CreateAsync(own, publish: true).CreatedAsync();
        var other = await Items.NewNewsAsync(content, Items.Unique("Someone's news"));
        other.Owner = adminId;
        other = await content.CreateAsync(other, publish: true).CreatedAsync();
        var country = await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Walkland"), "QW"), publish: true).CreatedAsync();
        var application = await content.CreateAsync(await NewJoinApplicationAsync(content), publish: true).CreatedAsync();
        var task = await NewTaskAsync(application.ContentItemId);
        var (workflowId, workflowInstance) = await NewFaultedWorkflowAsync(country.ContentItemId);
        var mediaFile = await Media.MediaTestFiles.StoreAsync(site.Services, Items.Unique("walk") + ".png", Media.MediaTestFiles.Image(40, 20));
        return (IReadOnlyList<Subject>)
        [
            new("no parameter", null, false, new Dictionary<string, string>()),
            new("asset", null, false, new Dictionary<string, string> { ["name"] = "admin.css" }),
            new("type NewsItem", "NewsItem", false, new Dictionary<string, string> { ["type"] = "NewsItem" }),
            new("type Country", "Country", false, new Dictionary<string, string> { ["type"] = "Country" }),
            new("type JoinApplication", "JoinApplication", false, new Dictionary<string, string> { ["type"] = "JoinApplication" }),
            new("own news", "NewsItem", walkerId is not null, new Dictionary<string, string> { ["id"] = own.ContentItemId }),
            new("someone else's news", "NewsItem", false, new Dictionary<string, string> { ["id"] = other.ContentItemId }),
            new("country", "Country", false, new Dictionary<string, string> { ["id"] = country.ContentItemId }),
            new("join application", "JoinApplication", false, new Dictionary<string, string> { ["id"] = application.ContentItemId }),
            new("task", null, false, new Dictionary<string, string> { ["taskId"] = task }),
            new("task file", null, false, new Dictionary<string, string> { ["taskId"] = task, ["path"] = "not-attached.pdf" }),
            new("user", null, false, new Dictionary<string, string> { ["userId"] = (await AdminUsers.CreateAsync(site, "walk-subject", "en", "Author")).Id }),
            new("role", null, false, new Dictionary<string, string> { ["roleName"] = await AdminUsers.CreateRoleAsync(site, "WalkRole", "media.manage") }),
            new("workflow", null, false, new Dictionary<string, string> { ["definitionId"] = workflowId }),
            new("workflow version", null, false, new Dictionary<string, string> { ["definitionId"] = workflowId, ["version"] = "1" }),
            new("workflow instance", null, false, new Dictionary<string, string> { ["instanceId"] = workflowInstance }),
            new("media file", null, false, new Dictionary<string, string> { ["path"] = mediaFile }),
            new("settings section", null, false, new Dictionary<string, string> { ["section"] = "join-applications" }),
            // The content types editor: the walk's empty posts are refused (400) before any definition changes.
            new("content type part", null, false, new Dictionary<string, string> { ["type"] = "NewsItem", ["part"] = "NewsItem" }),
            new("content type field", null, false, new Dictionary<string, string> { ["type"] = "NewsItem", ["part"] = "NewsItem", ["field"] = "Summary" }),
            // A template no test overrides: the walk's empty save is refused (400) and its removal finds no override.
            new("template", null, false, new Dictionary<string, string> { ["template"] = "NotFound" }),
            // The walk posts no command to the menu editor: refused (400) before anything is saved.
            new("menu", null, false, new Dictionary<string, string> { ["menu"] = "footer", ["culture"] = "en" }),
        ];
    });

    /// <summary>A workflow whose second step fails (a field path without its part), and its faulted instance.</summary>
    private async Task<(string DefinitionId, string InstanceId)> NewFaultedWorkflowAsync(string itemId)
    {
        await using var scope = site.Scope();
        var id = "walk-" + Guid.NewGuid().ToString("N")[..8];
        await scope.ServiceProvider.GetRequiredService<AllianceCms.Workflows.Runtime.IWorkflowStore>().SaveDefinitionAsync(new AllianceCms.Workflows.Definitions.WorkflowDefinition
        {
            Id = id,
            Activities =
            [
                new() { Id = "start", Type = "Signal", Settings = new JsonObject { ["signal"] = id } },
                new() { Id = "update", Type = "UpdateContent", Settings = new JsonObject { ["contentItemId"] = itemId, ["fields"] = new JsonObject { ["NoPart"] = "x" } } },
            ],
            Transitions = [new() { From = "start", Outcome = "Done", To = "update" }],
        });
        var instances = await scope.ServiceProvider.GetRequiredService<AllianceCms.Workflows.Runtime.WorkflowEngine>().TriggerAsync(id, []);
        return (id, Assert.Single(instances).Id);
    }

    /// <summary>A task about the application for the roles holding "workflows.tasks" (its instance need not exist to be shown).</summary>
    private async Task<string> NewTaskAsync(string subjectId)
    {
        await using var scope = site.Scope();
        var id = Guid.NewGuid().ToString("N");
        await scope.ServiceProvider.GetRequiredService<AllianceCms.Workflows.Tasks.IUserTaskStore>().CreateAsync(new AllianceCms.Workflows.Tasks.UserTask
        {
            Id = id, Key = "walk/" + id, InstanceId = "walk-" + id[..8], ActivityId = "review", Title = "Walk task",
            SubjectContentItemId = subjectId, AssigneeRoles = ["Editor", "DeskEditor"], Outcomes = ["Approve", "Reject"],
            CommentRequiredFor = ["Reject"], CreatedUtc = site.Clock.GetUtcNow().UtcDateTime,
        });
        return id;
    }

    private static async Task<ContentItem> NewJoinApplicationAsync(IContentManager content)
    {
        var item = await content.NewAsync("JoinApplication");
        item.DisplayText = Items.Unique("Applying town");
        return item.Set("JoinApplication", "Reference", $"ACR-2026-{Random.Shared.Next(100000, 999999)}")
            .Set("JoinApplication", "AuthorityType", "city")
            .Set("JoinApplication", "Country", new JsonArray("country-fr"))
            .Set("JoinApplication", "Population", 12000)
            .Set("JoinApplication", "OfficeHolder", "A. Mayor")
            .Set("JoinApplication", "FocalPointName", "F. Point")
            .Set("JoinApplication", "FocalPointFunction", "Officer")
            .Set("JoinApplication", "FocalPointEmail", "focal.point@example.org")
            .Set("JoinApplication", "CorrespondenceLanguage", "fr")
            .Set("JoinApplication", "ConsentGiven", true)
            .Set("JoinApplication", "Status", "submitted");
    }
}
