using AllianceCms.Core.Fields;
using AngleSharp.Html.Parser;
using static AllianceCms.Tests.Unit.TestSupport.FieldKindRunner;

namespace AllianceCms.Tests.Unit.Fields;

/// <summary>Stored HTML must be safe to render; vectors from the OWASP XSS filter evasion cheat sheet.</summary>
public sealed class RichTextFieldKindTests
{
    private readonly IFieldKind _kind = new RichTextFieldKind();

    private static readonly HashSet<string> AllowedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup", "blockquote", "ul", "ol", "li", "a",
        "img", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td", "caption", "hr", "span", "abbr", "code", "pre",
    };

    private static readonly HashSet<string> AllowedAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "title", "src", "alt", "width", "height", "lang", "colspan", "rowspan", "scope", "hreflang",
    };

    public static TheoryData<string> XssVectors => new()
    {
        "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>",
        "<script>alert('XSS')</script><p>after</p>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=javascript:alert('XSS')>",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
        "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
        "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
        "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
        "<IMG SRC=# onmouseover=\"alert('xxs')\">",
        "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
        "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
        "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
        "<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>",
        "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
        "<IMG SRC=\"jav\tascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x0D;ascript:alert('XSS');\">",
        "<IMG SRC=java\0script:alert(\"XSS\")>",
        "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
        "<a href=\"javascript&colon;alert(1)\">colon entity</a>",
        "<a href=\"&#x6A;avascript:alert(1)\">hex j</a>",
        "<a href=\" javascript:alert(1)\">leading space</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">tab entity</a>",
        "<a href=\"JAVASCRIPT:alert(1)\">upper</a>",
        "<a href=\"vbscript:msgbox(1)\">vbscript</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
        "<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
        "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
        "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
        "<SCRIPT SRC=http://xss.rocks/xss.js?< B >",
        "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
        "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
        "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
        "<IMG DYNSRC=\"javascript:alert('XSS')\">",
        "<IMG LOWSRC=\"javascript:alert('XSS')\">",
        "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
        "<svg/onload=alert('XSS')>",
        "<svg><script>alert(1)</script></svg>",
        "<BODY ONLOAD=alert('XSS')>",
        "<BGSOUND SRC=\"javascript:alert('XSS');\">",
        "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K\">",
        "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
        "<IFRAME SRC=# onmouseover=\"alert(document.cookie)\"></IFRAME>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
        "<TABLE BACKGROUND=\"javascript:alert('XSS')\"><tr><td>x</td></tr></TABLE>",
        "<TABLE><TD BACKGROUND=\"javascript:alert('XSS')\">x</TD></TABLE>",
        "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">x</DIV>",
        "<DIV STYLE=\"width: expression(alert('XSS'));\">x</DIV>",
        "<p style=\"width: expression(alert('XSS'));\">styled</p>",
        "<span style=\"background:url(javascript:alert(1))\">styled</span>",
        "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
        "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>",
        "<XSS STYLE=\"behavior: url(xss.htc);\">",
        "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.rocks/scriptlet.html\"></OBJECT>",
        "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
        "<BASE HREF=\"javascript:alert('XSS');//\">",
        "<form action=\"javascript:alert(1)\"><button>go</button></form>",
        "<details open ontoggle=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->",
        "<img src=\"x\" onerror=\"alert(1)\" alt=\"kept\">",
        "<p onclick=\"alert(1)\">click</p>",
        "<a href=\"https://example.org\" onmouseover=\"alert(1)\" target=\"_blank\">link</a>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<audio src=x onerror=alert(1)>",
        "<body><img src=x onerror=alert(1)></body>",
    };

    [Theory]
    [MemberData(nameof(XssVectors))]
    public void Dangerous_markup_is_removed_before_it_is_stored(string html)
    {
        var result = Normalize(_kind, Str(html));

        Assert.True(result.Accepted);
        AssertSafe(result.Text ?? "");
    }

    [Fact]
    public void Safe_markup_is_kept_as_it_is()
    {
        const string html = "<p><strong>Montenegro</strong> joined the <em>Alliance</em> on "
            + "<a href=\"https://www.gov.me/en/news\" title=\"Government\">5 June 2017</a>.</p>";

        Assert.Equal(html, Normalize(_kind, Str(html)).Text);
    }

    [Theory]
    [InlineData("<h2>Members</h2><ul><li>France</li><li>Montenegro</li></ul>")]
    [InlineData("<blockquote><p>Quote</p></blockquote>")]
    [InlineData("<table><thead><tr><th scope=\"col\">Country</th></tr></thead><tbody><tr><td colspan=\"2\">France</td></tr></tbody></table>")]
    [InlineData("<figure><img src=\"https://cdn.example.org/flags/me.svg\" alt=\"Flag\" width=\"40\" height=\"20\"><figcaption>Flag</figcaption></figure>")]
    [InlineData("<p><a href=\"mailto:desk@example.org\">Write</a> or <a href=\"tel:+38220123456\">call</a></p>")]
    [InlineData("<p><span lang=\"fr\">Département</span> <abbr title=\"North Atlantic\">NA</abbr> <code>x</code></p>")]
    [InlineData("<p><a href=\"/en/members\">Members</a></p>")]
    public void The_editors_formatting_survives(string html) =>
        Assert.Equal(html, Normalize(_kind, Str(html)).Text);

    [Fact]
    public void Safe_content_around_a_script_is_kept()
    {
        var result = Normalize(_kind, Str("<p>Before</p><script>alert(1)</script><p>After</p>"));

        Assert.Equal("<p>Before</p><p>After</p>", result.Text);
    }

    [Fact]
    public void Pasted_text_in_tags_that_are_not_allowed_keeps_its_words()
    {
        var result = Normalize(_kind, Str("<div><p>hi</p></div><h1>Title</h1><style>p { color: red }</style>"));

        Assert.Equal("<p>hi</p>Title", result.Text);
    }

    [Fact]
    public void A_link_keeps_its_text_when_a_dangerous_address_is_removed()
    {
        var result = Normalize(_kind, Str("<p><a href=\"javascript:alert(1)\">Read more</a></p>"));

        Assert.Equal("<p><a>Read more</a></p>", result.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("<p></p>")]
    [InlineData("<p><br></p>")]
    [InlineData("<p>&nbsp;</p>")]
    [InlineData(" <p></p> ")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<p> </p>")]
    [InlineData("<p>\u00a0<br> </p><p></p>")]
    public void An_empty_editor_means_no_value(string html)
    {
        var result = Normalize(_kind, Str(html));

        Assert.True(result.Accepted);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Length_limits_apply_to_the_sanitized_html()
    {
        // 10 characters of markup around 3 of text; the script does not count.
        Assert.True(Normalize(_kind, Str("<p>abc</p><script>alert('long')</script>"), f => f.Length(max: 10)).Accepted);
        Assert.Equal("TooLong", Normalize(_kind, Str("<p>abcd</p>"), f => f.Length(max: 10)).ErrorCode);
    }

    [Fact]
    public void A_value_that_is_not_a_string_is_refused()
    {
        Assert.Equal("InvalidText", Normalize(_kind, Json("{\"html\":\"<p>x</p>\"}")).ErrorCode);
    }

    [Fact]
    public void Rich_text_is_not_indexed()
    {
        Assert.Empty(_kind.IndexValues(Str("<p>x</p>")));
    }

    private static void AssertSafe(string html)
    {
        var lower = html.ToLowerInvariant();
        foreach (var fragment in new[] { "<script", "<iframe", "<svg", "<style", "<object", "<embed", "<meta", "<link", "<base", "<form", "<frame", "<input", "<body", "expression(" })
            Assert.DoesNotContain(fragment, lower);

        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.Contains(element.LocalName, AllowedTags);
            foreach (var attribute in element.Attributes)
            {
                Assert.Contains(attribute.Name, AllowedAttributes);
                if (attribute.Name is "href" or "src")
                {
                    var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                    var colon = value.IndexOf(':');
                    var slash = value.IndexOfAny(['/', '?', '#']);
                    if (colon >= 0 && (slash < 0 || colon < slash))
                        Assert.Contains(value[..colon], new[] { "http", "https", "mailto", "tel" });
                }
            }
        }
    }
}
