using System.Net;
using System.Security.Cryptography;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Settings;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>Time-based one-time passwords as an authenticator app computes them (RFC 6238: HMAC-SHA1, 30 s, 6 digits).</summary>
internal static class Totp
{
    public static string Code(string base32Key, DateTimeOffset at)
    {
        var key = Base32(base32Key.Replace(" ", "").ToUpperInvariant());
        var counter = BitConverter.GetBytes(at.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6");
    }

    private static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return bytes.ToArray();
    }
}

[Collection("site")]
public sealed class AccountTwoFactorTests(SiteFactory site)
{
    [Fact]
    public void The_test_generator_matches_the_rfc_6238_test_vector() =>
        // RFC 6238 appendix B, SHA-1, T = 59 s: 94287082 (8 digits), so 287082 with 6.
        Assert.Equal("287082", Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(59)));

    [Fact]
    public async Task A_user_turns_on_two_factor_and_then_signs_in_with_a_code_or_a_recovery_code()
    {
        var user = await AdminUsers.CreateAsync(site, "two-factor", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password);
        var start = await session.SubmitAsync((await session.GetAsync("/admin/account/two-factor")).Form("main form"));
        var key = start.Text("#two-factor-key");
        Assert.StartsWith("otpauth://totp/", start.Text("#two-factor-uri"));
        Assert.Contains("secret=" + key.Replace(" ", "").ToUpperInvariant(), start.Text("#two-factor-uri"));

        var wrong = await session.SubmitAsync(start.Form("#two-factor-verify").Set("Code", "000000" == Totp.Code(key, DateTimeOffset.UtcNow) ? "111111" : "000000"));
        Assert.Contains("This code is not right.", wrong.Text("#two-factor-error"));
        var enabled = await session.SubmitAsync(wrong.Form("#two-factor-verify").Set("Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        var recoveryCodes = enabled.All("#recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, recoveryCodes.Count);

        using var second = AdminSession.Anonymous(site);
        var password = await second.LogInAsync(user.UserName, user.Password);
        Assert.StartsWith("/admin/login/two-factor", password.Location);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/admin")).Status);
        var stepPage = await second.GetAsync(password.Location!);
        var refused = await second.SubmitAsync(stepPage.Form("main form").Set("Code", "12345678"));
        Assert.Contains("This code is not right.", refused.Text("#two-factor-error"));
        var signedIn = await second.SubmitAsync(refused.Form("main form").Set("Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        Assert.Equal("/admin", signedIn.Location);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/admin")).Status);

        using var third = AdminSession.Anonymous(site);
        var step = await third.GetAsync((await third.LogInAsync(user.UserName, user.Password)).Location!);
        Assert.Equal("/admin", (await third.SubmitAsync(step.Form("main form").Set("Code", recoveryCodes[0]))).Location);
        using var fourth = AdminSession.Anonymous(site);
        step = await fourth.GetAsync((await fourth.LogInAsync(user.UserName, user.Password)).Location!);
        Assert.Equal(HttpStatusCode.OK, (await fourth.SubmitAsync(step.Form("main form").Set("Code", recoveryCodes[0]))).Status);
    }

    [Fact]
    public async Task The_set_up_page_shows_the_key_as_an_inline_svg_qr_code_beside_the_text_key()
    {
        var user = await AdminUsers.CreateAsync(site, "two-factor-qr", "fr", "Editor");
        using var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password);

        var start = await session.SubmitAsync((await session.GetAsync("/admin/account/two-factor")).Form("main form"));

        var qr = start.Get("#two-factor-qr");
        Assert.Equal("img", qr.GetAttribute("role"));
        Assert.Equal("Code QR de la clé pour votre application d’authentification ; la même clé est écrite en texte ci-dessous", qr.GetAttribute("aria-label"));
        var svg = Assert.Single(qr.QuerySelectorAll("svg"));
        Assert.NotNull(svg.GetAttribute("viewBox"));
        Assert.NotEmpty(svg.QuerySelectorAll("rect, path"));
        // Nothing the Content-Security-Policy would block: no script, no inline style, no image URL.
        Assert.Empty(qr.QuerySelectorAll("script, [style], image, img"));
        Assert.Matches("^([a-z2-7]{4} )*[a-z2-7]{1,4}$", start.Text("#two-factor-key"));
        Assert.Contains("secret=" + start.Text("#two-factor-key").Replace(" ", "").ToUpperInvariant(), start.Text("#two-factor-uri"));
    }
}

/// <summary>On a site of its own, as the requirement changes how every administrator signs in.</summary>
public sealed class AccountTwoFactorRequirementTests : IClassFixture<BlankSiteFactory>
{
    private readonly BlankSiteFactory _site;

    public AccountTwoFactorRequirementTests(BlankSiteFactory site) => _site = site;

    [Fact]
    public async Task Administrators_without_two_factor_are_sent_to_set_it_up_when_the_site_requires_it()
    {
        await using (var scope = _site.Scope())
            await scope.ServiceProvider.GetRequiredService<IDocumentStore>().SaveAsync(TwoFactorPolicy.DocumentName, new TwoFactorPolicy { RequireForAdministrators = true });
        var editor = await AdminUsers.CreateAsync(_site, "not-admin", "en", "Editor");
        using var session = AdminSession.Anonymous(_site);

        var admin = await session.LogInAsync("admin", CmsFactory.AdminPassword);
        using var other = AdminSession.Anonymous(_site);
        var notAdmin = await other.LogInAsync(editor.UserName, editor.Password);

        Assert.Equal("/admin/account/two-factor?required=1", admin.Location);
        var page = await session.GetAsync(admin.Location!);
        Assert.Equal("Administrators of this site must sign in with a second factor: set it up now.", page.Text("#two-factor-required"));
        Assert.Equal("/admin", notAdmin.Location);
    }
}
