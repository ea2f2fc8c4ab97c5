using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Alliance.JoinForm.Submission;
using AllianceCms.Core.Content;
using AllianceCms.Core.Queries;
using AllianceCms.Workflows.Runtime;

namespace AllianceCms.Tests.Integration.JoinForm;

[Collection("join")]
public sealed partial class JoinFormTests(JoinSiteFactory site)
{
    [GeneratedRegex(@"ACR-\d{4}-\d{6}")]
    internal static partial Regex ReferencePattern();

    internal static async Task<(Applicant.Page Page, string? Reference)> SubmitAsync(JoinSiteFactory site, Applicant applicant, string path, IDictionary<string, string[]> fields,
        (string Field, byte[] Bytes, string Name)? file = null)
    {
        var form = await applicant.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        site.Clock.Advance(TimeSpan.FromSeconds(30)); // a person takes a while to fill it in
        var page = await applicant.PostAsync(path, form, fields, file);
        var match = ReferencePattern().Match(page.Text(".reference"));
        return (page, match.Success ? match.Value : null);
    }

    internal static async Task<ContentItem?> ApplicationAsync(JoinSiteFactory site, string reference) =>
        await site.WithContentAsync(async (_, queries) => (await queries.QueryAsync(new ContentQuery
        {
            Types = ["JoinApplication"], Status = ContentStatus.Latest, PageSize = 2,
            Filters = [new FieldFilter("JoinApplication.Reference", FilterOperator.Equals, reference)],
        })).Items.SingleOrDefault());

    internal static Task<int> CountAsync(JoinSiteFactory site, string name) =>
        site.WithContentAsync((_, queries) => queries.CountAsync(new ContentQuery { Types = ["JoinApplication"], Status = ContentStatus.Latest, DisplayTextContains = name }));

    private static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    [Fact]
    public async Task Applicant_submits_in_French_sees_the_reference_and_gets_an_email_with_the_status_link()
    {
        var applicant = new Applicant(site);
        var form = await applicant.GetAsync("/fr/adherer");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal("fr", form.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("no-store", (await applicant.Client.GetAsync("/fr/adherer")).Headers.CacheControl?.ToString());
        var consent = form.Document.QuerySelector("#f-ConsentGiven")!;
        Assert.False(consent.HasAttribute("checked"));
        Assert.Contains("notice de confidentialité", form.Html);
        Assert.DoesNotContain("ethni", form.Html, StringComparison.OrdinalIgnoreCase);
        foreach (var field in JoinApplications.FormFields) Assert.NotNull(form.Document.QuerySelector($"[name={field.Field}]"));

        var name = Unique("Strasbourg");
        var email = $"{Guid.NewGuid():N}@example.fr";
        site.Clock.Advance(TimeSpan.FromSeconds(30));
        var page = await applicant.PostAsync("/fr/adherer", form, Applicant.ValidApplication(name, email, "country-fr", "fr"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var reference = ReferencePattern().Match(page.Text(".reference")).Value;
        Assert.StartsWith($"ACR-{site.Clock.GetUtcNow().Year}-", reference); // other tests of the collection move the clock on
        Assert.Contains("Merci", page.Text("h1"));
        var statusLink = page.Document.QuerySelector("a[href^='/fr/adherer/statut/']")!.GetAttribute("href")!;
        var token = statusLink.Split('/').Last();

        var application = (await ApplicationAsync(site, reference))!;
        Assert.Equal(name, application.DisplayText);
        Assert.Equal("submitted", application.Get<string>("JoinApplication", "Status"));
        Assert.Equal("fr", application.Get<string>("JoinApplication", "SubmittedCulture"));
        Assert.True(application.Get<bool>("JoinApplication", "ConsentGiven"));
        Assert.False(string.IsNullOrEmpty(application.Get<string>("JoinApplication", "ConsentTextVersion")));
        Assert.NotNull(application.Get("JoinApplication", "ConsentedAt"));
        Assert.Equal(StatusTokens.Hash(token), application.Get<string>("JoinApplication", "StatusTokenHash"));
        Assert.DoesNotContain(token, application.Content.ToJsonString());

        var status = await applicant.GetAsync(statusLink);
        Assert.Equal(HttpStatusCode.OK, status.Status);
        Assert.Contains(reference, status.Html);
        Assert.Contains("Soumise", status.Text(".status"));

        var mail = await JoinMail.ArrivedAsync(site, email, reference);
        Assert.Contains("Votre demande d'adhésion", mail.Data);
        Assert.Contains("https://alliance.example.org/fr/adherer/statut/" + token, JoinMail.Decoded(mail.Data));

        await using var scope = site.Scope();
        var instances = await scope.ServiceProvider.GetRequiredService<IWorkflowStore>().ListInstancesAsync(WorkflowStatus.Waiting, 0, 500);
        var instance = Assert.Single(instances, i => i.Input["contentItemId"]?.GetValue<string>() == application.ContentItemId);
        Assert.Equal(reference, instance.Input["reference"]!.GetValue<string>());
        Assert.Equal("country-fr", instance.Input["country"]!.GetValue<string>());
        Assert.Equal("fr", instance.Input["culture"]!.GetValue<string>());
        Assert.Equal(name, instance.Input["authorityName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Applicant_submits_in_English_with_a_signed_letter_kept_out_of_the_web_root()
    {
        var applicant = new Applicant(site);
        var name = Unique("Leeds");
        var (page, reference) = await SubmitAsync(site, applicant, "/join", Applicant.ValidApplication(name, "leeds@example.org", "country-gb", "en"), ("Letter", Applicant.Pdf(), "letter.pdf"));

        Assert.True(reference is not null, page.Html);
        Assert.Contains("Thank you", page.Text("h1"));
        var application = (await ApplicationAsync(site, reference!))!;
        Assert.Equal("en", application.Get<string>("JoinApplication", "SubmittedCulture"));
        var file = Assert.Single(application.Get("JoinApplication", "Letter")!.AsArray())!.GetValue<string>();
        var uploads = site.Services.GetRequiredService<PrivateUploads>();
        Assert.True(File.Exists(uploads.PathOf(file)));
        Assert.StartsWith(site.Database.DataFolder, uploads.Folder);
        Assert.DoesNotContain("wwwroot", uploads.Folder);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.Client.GetAsync("/media/" + file)).StatusCode);
    }

    [Theory]
    [InlineData("/fr/adherer", "obligatoire", "consentement")]
    [InlineData("/join", "required", "consent")]
    public async Task Invalid_fields_are_shown_in_the_forms_language_next_to_each_field_with_values_kept(string path, string requiredWord, string consentWord)
    {
        var applicant = new Applicant(site);
        var name = Unique("Invalid");
        var fields = Applicant.ValidApplication(name, "not-an-email");
        fields["Population"] = [""];
        fields.Remove("ConsentGiven");
        fields["Region"] = ["Région gardée"];

        var (page, reference) = await SubmitAsync(site, applicant, path, fields);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Null(reference);
        var population = page.Document.QuerySelector("#f-Population")!;
        Assert.Equal("f-Population-error", population.GetAttribute("aria-describedby"));
        Assert.Equal("true", population.GetAttribute("aria-invalid"));
        Assert.Contains(requiredWord, page.Text("#f-Population-error"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("f-FocalPointEmail-error", page.Document.QuerySelector("#f-FocalPointEmail")!.GetAttribute("aria-describedby"));
        Assert.Contains(consentWord, page.Text("#f-ConsentGiven-error"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Région gardée", page.Document.QuerySelector("#f-Region")!.GetAttribute("value"));
        Assert.Equal("not-an-email", page.Document.QuerySelector("#f-FocalPointEmail")!.GetAttribute("value"));
        Assert.NotNull(page.Document.QuerySelector("#f-Priorities-housing[checked]"));
        Assert.NotNull(page.Document.QuerySelector("#f-Country option[value=country-fr][selected]"));
        Assert.NotNull(page.Document.QuerySelector("[role=alert]"));
        Assert.Equal(0, await CountAsync(site, name));

        // Corrected, the same form goes through.
        fields["Population"] = ["5000"];
        fields["FocalPointEmail"] = ["fixed@example.org"];
        fields["ConsentGiven"] = ["true"];
        site.Clock.Advance(TimeSpan.FromSeconds(30));
        var fixedPage = await applicant.PostAsync(path, page, fields);
        Assert.Matches(ReferencePattern(), fixedPage.Text(".reference"));
    }

    [Fact]
    public async Task A_filled_honeypot_or_a_form_sent_too_fast_is_refused_and_nothing_is_stored()
    {
        var applicant = new Applicant(site);
        var name = Unique("Robot");
        var form = await applicant.GetAsync("/join");
        site.Clock.Advance(TimeSpan.FromSeconds(30));
        var honey = Applicant.ValidApplication(name, "robot@example.org");
        honey["contact_fax"] = ["123"];
        Assert.Equal(HttpStatusCode.BadRequest, (await applicant.PostAsync("/join", form, honey)).Status);

        var fresh = await applicant.GetAsync("/fr/adherer");
        var tooFast = await applicant.PostAsync("/fr/adherer", fresh, Applicant.ValidApplication(name, "robot@example.org"));
        Assert.Equal(HttpStatusCode.BadRequest, tooFast.Status);
        Assert.Contains("trop rapidement", tooFast.Html);
        Assert.Equal(name, tooFast.Document.QuerySelector("#f-DisplayText")!.GetAttribute("value"));

        var forged = await applicant.GetAsync("/join");
        var fields = Applicant.ValidApplication(name, "robot@example.org");
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in Applicant.HiddenFields(forged)) content.Add(new StringContent(key == "form" ? "forged" : value), key);
        foreach (var (key, values) in fields) foreach (var value in values) content.Add(new StringContent(value), key);
        Assert.Equal(HttpStatusCode.BadRequest, (await applicant.Client.PostAsync("/join", content)).StatusCode);

        Assert.Equal(0, await CountAsync(site, name));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var client = site.CreateClient();
        using var content = new FormUrlEncodedContent([new("DisplayText", "No token")]);
        var response = await client.PostAsync("/join", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await CountAsync(site, "No token"));
    }

    [Fact]
    public async Task Too_many_submissions_from_one_address_get_a_friendly_429_page()
    {
        await using var limited = site.WithWebHostBuilder(b => b.UseSetting("JoinForm:RateLimitPermits", "2"));
        var client = limited.CreateClient();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            using var content = new FormUrlEncodedContent([new("DisplayText", "x")]);
            last = await client.PostAsync("/fr/adherer", content);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        var page = await Applicant.ReadAsync(last);
        Assert.Contains("Trop de tentatives", page.Text("h1"));
    }

    [Theory]
    [InlineData(false, "PDF")]
    [InlineData(true, "MB")]
    public async Task A_wrong_file_type_or_size_gets_a_clear_message_and_nothing_is_stored(bool oversize, string expected)
    {
        var applicant = new Applicant(site);
        var name = Unique("File");
        var bytes = oversize ? Applicant.Pdf(200_000) : "GIF89a not a pdf"u8.ToArray();
        var uploads = site.Services.GetRequiredService<PrivateUploads>();
        var before = Directory.Exists(uploads.Folder) ? Directory.GetFiles(uploads.Folder).Length : 0;

        var (page, reference) = await SubmitAsync(site, applicant, "/join", Applicant.ValidApplication(name, "file@example.org", language: "en"), ("Letter", bytes, "letter.pdf"));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Null(reference);
        Assert.Contains(expected, page.Text("#f-Letter-error"));
        Assert.Contains("f-Letter-error", page.Document.QuerySelector("#f-Letter")!.GetAttribute("aria-describedby"));
        Assert.Equal(0, await CountAsync(site, name));
        Assert.Equal(before, Directory.Exists(uploads.Folder) ? Directory.GetFiles(uploads.Folder).Length : 0);
    }

    [Fact]
    public async Task Submitting_the_same_form_twice_creates_one_application()
    {
        var applicant = new Applicant(site);
        var name = Unique("Twice");
        var form = await applicant.GetAsync("/join");
        site.Clock.Advance(TimeSpan.FromSeconds(30));
        var fields = Applicant.ValidApplication(name, "twice@example.org");
        var results = await Task.WhenAll(applicant.PostAsync("/join", form, fields), applicant.PostAsync("/join", form, fields));
        var again = await applicant.PostAsync("/join", form, fields);

        var references = results.Append(again).Select(p => ReferencePattern().Match(p.Text(".reference")).Value).Distinct().ToList();
        Assert.Single(references);
        Assert.Equal(1, await CountAsync(site, name));
    }

    [Fact]
    public async Task Parallel_submissions_get_unique_sequential_references()
    {
        var prefix = Unique("Parallel");
        var applicants = Enumerable.Range(0, 20).Select(_ => new Applicant(site)).ToList();
        var forms = await Task.WhenAll(applicants.Select(a => a.GetAsync("/join")));
        site.Clock.Advance(TimeSpan.FromSeconds(30));
        var pages = await Task.WhenAll(applicants.Select((a, i) => a.PostAsync("/join", forms[i], Applicant.ValidApplication($"{prefix} {i}", $"p{i}@example.org"))));

        var references = pages.Select(p => ReferencePattern().Match(p.Text(".reference")).Value).ToList();
        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        Assert.All(references, r => Assert.False(string.IsNullOrEmpty(r)));
        Assert.Equal(20, references.Distinct().Count());
        var numbers = references.Select(r => int.Parse(r[^6..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(19, numbers[^1] - numbers[0]);
        Assert.Equal(20, await CountAsync(site, prefix));
    }

    [Fact]
    public async Task The_reference_counter_never_gives_a_number_twice_under_contention()
    {
        var counters = site.Services.GetRequiredService<AllianceCms.Core.Settings.IDocumentCounters>();
        var name = "test-counter-" + Guid.NewGuid().ToString("N");
        var numbers = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => counters.NextAsync(name))));
        Assert.Equal(Enumerable.Range(1, 100), numbers.Order());
    }

    [Theory]
    [InlineData("/join/status/not-a-token")]
    [InlineData("/join/status/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/fr/adherer/statut/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task An_unknown_or_tampered_status_token_is_not_found(string url)
    {
        var response = await site.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var content = new FormUrlEncodedContent([new("Answer", "x")]);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().PostAsync(url, content)).StatusCode);
    }
}
