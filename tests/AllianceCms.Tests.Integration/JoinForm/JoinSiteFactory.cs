using System.Globalization;
using System.Net;
using AllianceCms.Tests.Integration.Infrastructure;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllianceCms.Tests.Integration.JoinForm;

/// <summary>The Alliance site on its own database, its mail going to an SMTP sink on 127.0.0.1.</summary>
public sealed class JoinSiteFactory : CmsFactory
{
    public SmtpSink Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:SmtpHost", "127.0.0.1");
        builder.UseSetting("Mail:SmtpPort", Smtp.Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:Security", "None");
        builder.UseSetting("Mail:FromAddress", "alliance@example.org");
        builder.UseSetting("JoinForm:RateLimitPermits", "10000");
        builder.UseSetting("JoinForm:MaxUploadBytes", "100000");
        builder.UseSetting("Display:PublicOrigin", "https://alliance.example.org");
    }
}

[CollectionDefinition("join")]
public sealed class JoinSiteCollection : ICollectionFixture<JoinSiteFactory>;

/// <summary>An applicant's browser: a cookie jar, the form read from the page and posted back as a browser would.</summary>
public sealed class Applicant(CmsFactory site)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Client { get; } = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public sealed record Page(HttpStatusCode Status, string Html, IHtmlDocument Document)
    {
        public string Text(string selector) => Document.QuerySelector(selector)?.TextContent.Trim() ?? "";
    }

    public async Task<Page> GetAsync(string url) => await ReadAsync(await Client.GetAsync(url));

    public static async Task<Page> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response.StatusCode, html, Parser.ParseDocument(html));
    }

    /// <summary>The hidden fields of the page's form (antiforgery token, timestamp).</summary>
    public static Dictionary<string, string> HiddenFields(Page page) =>
        page.Document.QuerySelectorAll("form input[type=hidden]").OfType<IHtmlInputElement>()
            .ToDictionary(i => i.Name!, i => i.Value);

    public static Dictionary<string, string[]> ValidApplication(string name, string email, string country = "country-fr", string language = "fr") => new()
    {
        ["DisplayText"] = [name],
        ["AuthorityType"] = ["city"],
        ["Country"] = [country],
        ["Region"] = ["Grand Est"],
        ["Population"] = ["120000"],
        ["RomaPopulation"] = ["1500"],
        ["OfficeHolder"] = ["Marie Martin"],
        ["FocalPointName"] = ["Jean Dupont"],
        ["FocalPointFunction"] = ["Chargé de mission"],
        ["FocalPointEmail"] = [email],
        ["FocalPointPhone"] = ["+33 3 00 00 00 00"],
        ["Website"] = ["https://example.org"],
        ["Priorities"] = ["education", "housing"],
        ["Policies"] = ["Local action plan 2024–2028"],
        ["WillSignDeclaration"] = ["true"],
        ["CorrespondenceLanguage"] = [language],
        ["ConsentGiven"] = ["true"],
    };

    /// <summary>Posts the form with the page's hidden fields plus <paramref name="fields"/>, optionally a file.</summary>
    public async Task<Page> PostAsync(string url, Page form, IDictionary<string, string[]> fields, (string Field, byte[] Bytes, string Name)? file = null)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in HiddenFields(form)) content.Add(new StringContent(value), name);
        foreach (var (name, values) in fields)
            foreach (var value in values) content.Add(new StringContent(value), name);
        if (file is { } f)
        {
            var part = new ByteArrayContent(f.Bytes);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
            content.Add(part, f.Field, f.Name);
        }
        return await ReadAsync(await Client.PostAsync(url, content));
    }

    public static byte[] Pdf(int size = 2000)
    {
        var bytes = new byte[size];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }
}
