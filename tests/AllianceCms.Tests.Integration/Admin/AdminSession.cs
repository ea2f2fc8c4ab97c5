using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>
/// A person at the admin without JavaScript: a cookie jar, pages parsed as HTML, forms filled in and
/// submitted as a browser would (only checked boxes, selected options, the clicked button).
/// Redirects are not followed, so tests see them.
/// </summary>
public sealed class AdminSession : IDisposable
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    private static readonly HtmlParser Parser = new();

    private AdminSession(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    public static AdminSession Anonymous(CmsFactory site, string? acceptLanguage = null)
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (acceptLanguage is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        return new AdminSession(client);
    }

    /// <summary>Signs in through the login form and fails the test unless it leads to the admin.</summary>
    public static async Task<AdminSession> SignedInAsync(CmsFactory site, string userName, string password)
    {
        var session = Anonymous(site);
        var result = await session.LogInAsync(userName, password);
        Assert.True(result.Status == HttpStatusCode.Redirect, $"Signing in as {userName} failed: {result.Status}\n{result.Text("main")}");
        return session;
    }

    public async Task<AdminPage> LogInAsync(string userName, string password, string? returnUrl = null)
    {
        var login = await GetAsync("/admin/login" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        Assert.Equal(HttpStatusCode.OK, login.Status);
        var form = login.Form("main form");
        form.Set("UserName", userName).Set("Password", password);
        return await SubmitAsync(form);
    }

    public async Task<AdminPage> GetAsync(string url) => await AdminPage.ReadAsync(await Client.GetAsync(url));

    /// <summary>Submits a form as the browser would, through the given button (a CSS selector) or the form's own action.</summary>
    public async Task<AdminPage> SubmitAsync(HtmlForm form, string? button = null) =>
        await PostAsync(form.ActionFor(button), form.FieldsFor(button));

    public async Task<AdminPage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await AdminPage.ReadAsync(await Client.PostAsync(url, content));
    }

    /// <summary>A POST with only an antiforgery token (taken from a page this user may open).</summary>
    public async Task<AdminPage> PostWithTokenAsync(string url, params (string Name, string Value)[] fields)
    {
        var token = (await GetAsync("/admin/login")).Token();
        return await PostAsync(url, [new(AntiforgeryField, token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
    }

    public void Dispose() => Client.Dispose();

    internal static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);
}

/// <summary>One answer of the site: status, redirect target and the parsed page.</summary>
public sealed class AdminPage
{
    private readonly Lazy<IHtmlDocument> _document;

    private AdminPage(HttpResponseMessage response, string body)
    {
        Response = response;
        Body = body;
        _document = new(() => AdminSession.Parse(body));
    }

    public HttpResponseMessage Response { get; }
    public string Body { get; }
    public HttpStatusCode Status => Response.StatusCode;
    public string? Location => Response.Headers.Location?.OriginalString;
    public IHtmlDocument Document => _document.Value;

    public static async Task<AdminPage> ReadAsync(HttpResponseMessage response) => new(response, await response.Content.ReadAsStringAsync());

    public IElement? Find(string selector) => Document.QuerySelector(selector);

    public IElement Get(string selector) =>
        Document.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"No '{selector}' on the page ({(int)Status}):\n{Text("main")}");

    public IReadOnlyList<IElement> All(string selector) => Document.QuerySelectorAll(selector).ToList();

    /// <summary>The visible text of an element, spaces collapsed.</summary>
    public string Text(string selector) =>
        Document.QuerySelector(selector) is { } e ? string.Join(' ', e.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : "";

    public HtmlForm Form(string selector) => new((IHtmlFormElement)Get(selector), Response.RequestMessage!.RequestUri!);

    public string Token() =>
        Document.QuerySelector($"input[name={AdminSession.AntiforgeryField}]")?.GetAttribute("value")
        ?? throw new Xunit.Sdk.XunitException("No antiforgery token on the page.");

    public override string ToString() => $"{(int)Status} {Location}";
}

/// <summary>The successful controls of a form, editable like a person filling it in.</summary>
public sealed class HtmlForm
{
    private readonly IHtmlFormElement _form;
    private readonly Uri _page;

    public HtmlForm(IHtmlFormElement form, Uri page)
    {
        _form = form;
        _page = page;
        foreach (var control in form.Elements)
        {
            var name = control.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || control.HasAttribute("disabled")) continue;
            switch (control)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked) Fields.Add(new(name, input.Value));
                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button" or "image" or "reset":
                    break;
                case IHtmlInputElement input:
                    Fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement textArea:
                    Fields.Add(new(name, textArea.Value));
                    break;
                case IHtmlSelectElement select:
                    var selected = select.Options.Where(o => o.IsSelected).ToList();
                    if (selected.Count == 0 && !select.IsMultiple && select.Options.Length > 0) selected.Add(select.Options[0]!);
                    foreach (var option in selected) Fields.Add(new(name, option.Value));
                    break;
            }
        }
    }

    public List<KeyValuePair<string, string>> Fields { get; } = [];

    public IHtmlFormElement Element => _form;

    public string? Get(string name) => Fields.FirstOrDefault(f => f.Key == name).Value;

    public IReadOnlyList<string> GetAll(string name) => Fields.Where(f => f.Key == name).Select(f => f.Value).ToList();

    /// <summary>Replaces every value of a control (several values for checkboxes and multiple selects).</summary>
    public HtmlForm Set(string name, params string[] values)
    {
        Assert.True(_form.Elements.Any(e => e.GetAttribute("name") == name), $"The form has no control named '{name}'.");
        Fields.RemoveAll(f => f.Key == name);
        Fields.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
        return this;
    }

    public HtmlForm Remove(string name)
    {
        Fields.RemoveAll(f => f.Key == name);
        return this;
    }

    public string ActionFor(string? button)
    {
        var action = Button(button)?.GetAttribute("formaction") is { Length: > 0 } formAction ? formAction : _form.GetAttribute("action");
        return string.IsNullOrEmpty(action) ? _page.PathAndQuery : new Uri(_page, action).PathAndQuery;
    }

    public IEnumerable<KeyValuePair<string, string>> FieldsFor(string? button)
    {
        var submitter = Button(button);
        return submitter?.GetAttribute("name") is { Length: > 0 } name ? [.. Fields, new(name, submitter.GetAttribute("value") ?? "")] : Fields;
    }

    /// <summary>A submit button of the form: inside it, or outside with form="id".</summary>
    private IElement? Button(string? selector)
    {
        if (selector is null) return null;
        var document = _form.Owner!;
        var button = document.QuerySelectorAll(selector).FirstOrDefault(b => b.GetAttribute("form") == _form.Id || _form.Contains(b));
        return button ?? throw new Xunit.Sdk.XunitException($"No button '{selector}' submits the form.");
    }
}
