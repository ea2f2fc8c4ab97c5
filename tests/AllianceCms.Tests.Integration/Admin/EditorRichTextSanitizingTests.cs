using System.Net;
using System.Text.RegularExpressions;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>
/// Rich text posted through the editor (as the WYSIWYG editor or a hand-crafted request would send it)
/// is sanitized on save: vectors from the OWASP XSS filter evasion cheat sheet leave nothing that runs.
/// </summary>
[Collection("site")]
public sealed partial class EditorRichTextSanitizingTests(SiteFactory site)
{
    public static TheoryData<string> Vectors() =>
    [
        "<SCRIPT SRC=https://cdn.example.org/xss.js></SCRIPT>",
        "<script>alert('XSS')</script>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=javascript:alert('XSS')>",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
        "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
        "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
        "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
        "<IMG SRC=# onmouseover=\"alert('xxs')\">",
        "<IMG onmouseover=\"alert('xxs')\">",
        "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
        "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
        "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
        "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
        "<IMG SRC=\"jav\tascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
        "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
        "<SCRIPT/XSS SRC=\"https://cdn.example.org/xss.js\"></SCRIPT>",
        "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
        "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
        "<SCRIPT SRC=//cdn.example.org/.j>",
        "<iframe src=https://example.org/xss.html <",
        "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
        "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
        "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
        "<IMG DYNSRC=\"javascript:alert('XSS')\">",
        "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
        "<svg/onload=alert('XSS')>",
        "<BODY ONLOAD=alert('XSS')>",
        "<BGSOUND SRC=\"javascript:alert('XSS');\">",
        "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
        "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
        "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
        "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
        "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
        "<DIV STYLE=\"width: expression(alert('XSS'));\">",
        "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
        "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"https://example.org/scriptlet.html\"></OBJECT>",
        "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
        "<a href=\"javascript:alert('XSS')\">link</a>",
        "<a href=\"  JaVaScRiPt:alert(1)\">link</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4=\">link</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<form action=\"javascript:alert(1)\"><button>go</button></form>",
        "<BASE HREF=\"javascript:alert('XSS');//\">",
        "<XSS STYLE=\"behavior: url(xss.htc);\">",
        "<p style=\"color:red\" onclick=\"alert(1)\">text</p>",
    ];

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task An_xss_vector_in_rich_text_is_removed_on_save(string vector)
    {
        var editor = await AdminUsers.CreateAsync(site, "xss-editor", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);
        var form = (await session.GetAsync("/admin/content/Country/new")).Form("#content-form")
            .Set("DisplayText", Items.Unique("Sanitized"))
            .Set("Country.Alpha2", "QX").Set("Country.Alpha3", "QXS")
            .Set("Country.Intro", "<p>Before</p>" + vector + "<p>After</p>");

        var saved = await session.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var id = saved.Location!.Split('/')[3];
        var stored = (await site.WithContentAsync((content, _) => content.GetAsync(id, VersionOptions.Latest)))!.Get<string>("Country", "Intro") ?? "";
        Assert.Contains("Before", stored);
        Assert.DoesNotMatch(Dangerous(), stored);
        // Entities that decode to a script URL would be as bad as the URL itself.
        Assert.DoesNotMatch(Dangerous(), System.Net.WebUtility.HtmlDecode(stored).Replace("\t", "").Replace("\n", ""));
    }

    /// <summary>Anything that can run: script-like elements, event handler attributes, script or data URLs, CSS expressions.</summary>
    [GeneratedRegex(@"<\s*/?\s*(script|iframe|frame|frameset|object|embed|style|link|meta|base|form|input|button|svg|math|bgsound|body|xss)\b|\son[a-z]+\s*=|javascript:|vbscript:|data:text/html|expression\s*\(|behavior\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Dangerous();
}
