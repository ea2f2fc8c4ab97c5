using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AllianceCms.Data;
using AllianceCms.Data.Media;
using AllianceCms.Media;
using AllianceCms.Tests.Integration.Admin;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace AllianceCms.Tests.Integration.Media;

/// <summary>The media library through the admin, as an editor without JavaScript uses it, and the files as visitors get them.</summary>
[Collection("site")]
public sealed class MediaLibraryTests(SiteFactory site)
{
    private sealed record Upload(string Name, byte[] Bytes, string? En = "Alt text", string? Fr = "Texte alternatif");

    [Fact]
    public async Task An_image_with_alt_text_in_every_language_is_stored_with_its_size_outside_the_web_root()
    {
        using var session = await AdminAsync();
        var folder = await FolderAsync(session);
        var page = await UploadAsync(session, folder, new Upload("Logo Tivat (2).PNG", MediaTestFiles.Image(800, 400), "Coat of arms of Tivat", "Blason de Tivat"));

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var file = await RecordAsync(folder + "/logo-tivat-2.png");
        Assert.NotNull(file);
        Assert.Equal(("image/png", 800, 400), (file.ContentType, file.Width, file.Height));
        Assert.Equal("Coat of arms of Tivat", MediaLibrary.AltTextOf(file)["en"]);
        Assert.Equal("Blason de Tivat", MediaLibrary.AltTextOf(file)["fr"]);
        Assert.Equal(await AdminUsers.IdOfAsync(site, "admin"), file.UploadedBy);
        var onDisk = Storage.Original(file.Path);
        Assert.True(File.Exists(onDisk));
        Assert.StartsWith(Path.Combine(site.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.DataFolder, "media"), onDisk);

        var listing = await session.GetAsync($"/admin/media?folder={folder}&view=list");
        Assert.Contains("logo-tivat-2.png", listing.Text("main table"));
    }

    public static TheoryData<string, string> Impostors => new()
    {
        { "report.png", "pdf" },
        { "setup.jpg", "exe" },
        { "drawing.svg", "svg" },
        { "drawing.png", "svg" },
        { "photo.jpg", "png" },
    };

    [Theory]
    [MemberData(nameof(Impostors))]
    public async Task A_file_is_judged_by_its_content_not_its_name_and_nothing_is_stored(string name, string realKind)
    {
        using var session = await AdminAsync();
        var folder = await FolderAsync(session);
        var bytes = realKind switch
        {
            "pdf" => MediaTestFiles.Pdf(),
            "exe" => MediaTestFiles.Executable(),
            "svg" => MediaTestFiles.Svg(),
            _ => MediaTestFiles.Image(20, 20),
        };
        var page = await UploadAsync(session, folder, new Upload("fine.png", MediaTestFiles.Image(30, 30)), new Upload(name, bytes));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains(name, page.Text("#media-upload-errors"));
        Assert.Contains("Nothing was stored", page.Text("#media-upload-errors"));
        Assert.Empty(await FilesInAsync(folder));
        Assert.False(Directory.Exists(Storage.Folder(folder)) && Directory.EnumerateFiles(Storage.Folder(folder)).Any());
    }

    [Fact]
    public async Task A_pdf_named_pdf_is_accepted_without_alt_text()
    {
        using var session = await AdminAsync();
        var folder = await FolderAsync(session);
        var page = await UploadAsync(session, folder, new Upload("Annual report.pdf", MediaTestFiles.Pdf(), "", ""));
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var file = await RecordAsync(folder + "/annual-report.pdf");
        Assert.Equal(("application/pdf", (int?)null), (file!.ContentType, file.Width));
    }

    [Fact]
    public async Task An_oversized_file_is_refused_with_a_message_naming_the_limit()
    {
        using var session = await AdminAsync();
        var folder = await FolderAsync(session);
        var limit = site.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MediaOptions>>().Value.MaxFileBytes;
        var big = new byte[limit + 1];
        MediaTestFiles.Image(10, 10).CopyTo(big, 0);

        var page = await UploadAsync(session, folder, new Upload("huge.png", big));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("huge.png: the file is larger than 10 MB.", page.Text("#media-upload-errors"));
        Assert.Empty(await FilesInAsync(folder));
    }

    [Fact]
    public async Task A_request_over_the_upload_limit_is_answered_with_a_message_not_an_error()
    {
        using var session = await AdminAsync();
        var folder = await FolderAsync(session);
        var options = site.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MediaOptions>>().Value;
        var page = await UploadAsync(session, folder, new Upload("enormous.png", new byte[options.MaxRequestBytes + 1]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.Status);
        Assert.Contains("The upload is too large", page.Text("#media-upload-errors"));
        Assert.Empty(await FilesInAsync(folder));
    }

    [Fact]
    public async Task An_image_without_alt_text_in_one_language_is_refused_naming_that_language()
    {
        using var session = await AdminAsync();
        var folder = await FolderAsync(session);
        var page = await UploadAsync(session, folder, new Upload("no-alt.png", MediaTestFiles.Image(50, 50), "A logo", "  "));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("no-alt.png: the alternative text in French is required for an image.", page.Text("#media-upload-errors"));
        Assert.Equal("A logo", page.Get("#media-alt-0-en").GetAttribute("value"));
        Assert.Empty(await FilesInAsync(folder));
    }

    [Fact]
    public async Task The_upload_form_speaks_french_to_a_french_editor()
    {
        var user = await AdminUsers.CreateAsync(site, "media-fr", "fr", "Editor");
        using var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password);
        var folder = await FolderAsync(session);
        var page = await UploadAsync(session, folder, new Upload("sans-texte.png", MediaTestFiles.Image(50, 50), "A logo", ""));
        Assert.Contains("le texte alternatif en français est obligatoire pour une image.", page.Text("#media-upload-errors"));
    }

    [Fact]
    public async Task Resized_variants_are_made_at_allowed_widths_only_keeping_proportions()
    {
        var path = await MediaTestFiles.StoreAsync(site.Services, Items.Unique("wide") + ".png", MediaTestFiles.Image(1000, 500));
        var client = site.CreateClient();

        foreach (var (asked, expected) in new[] { (300, 320), (320, 320), (161, 320), (20, 160), (999, 1000), (5000, 1000) })
        {
            var response = await client.GetAsync($"/media/{path}?w={asked}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
            Assert.Equal((expected, expected / 2), (bitmap.Width, bitmap.Height));
        }
        var variant = Storage.Variant(path, 320, MediaFileTypes.Png);
        Assert.True(File.Exists(variant));
        Assert.Equal(2, Directory.EnumerateFiles(Storage.VariantsRoot, Path.GetFileName(path), SearchOption.AllDirectories).Count());

        foreach (var bad in new[] { "abc", "0", "-5", "99999" })
            Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/media/{path}?w={bad}")).StatusCode);
    }

    [Fact]
    public async Task Files_are_served_with_their_real_type_nosniff_and_a_year_of_cache_when_versioned()
    {
        var path = await MediaTestFiles.StoreAsync(site.Services, Items.Unique("served") + ".jpg", MediaTestFiles.Image(64, 32, SKEncodedImageFormat.Jpeg));
        var file = (await RecordAsync(path))!;
        var client = site.CreateClient();

        var versioned = await client.GetAsync($"/media/{path}?v={file.Version}");
        Assert.Equal(HttpStatusCode.OK, versioned.StatusCode);
        Assert.Equal("image/jpeg", versioned.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", versioned.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("max-age=31536000", versioned.Headers.CacheControl!.ToString());
        Assert.True(versioned.Headers.CacheControl.Public);

        var bare = await client.GetAsync($"/media/{path}");
        Assert.True(bare.Headers.CacheControl!.NoCache);
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/media/{path}");
        again.Headers.IfNoneMatch.Add(bare.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/media/no/such-file.png")).StatusCode);
    }

    [Theory]
    [InlineData("/media/../appsettings.json")]
    [InlineData("/media/%2e%2e/%2e%2e/appsettings.json")]
    [InlineData("/media/..%2F..%2Fkeys%2Fkey.xml")]
    [InlineData("/media/logos/..%5C..%5Calliance.db")]
    [InlineData("/media/%2Fetc%2Fpasswd")]
    public async Task Paths_that_climb_out_of_the_library_are_refused(string url)
    {
        var response = await site.CreateClient().GetAsync(url);
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{url}: {response.StatusCode}");
    }

    [Fact]
    public async Task Uploaded_names_and_new_folders_cannot_climb_out_of_the_library()
    {
        using var session = await AdminAsync();
        var folder = await FolderAsync(session);
        var page = await UploadAsync(session, folder, new Upload("../../../evil.png", MediaTestFiles.Image(10, 10)));
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.NotNull(await RecordAsync(folder + "/evil.png"));
        Assert.False(File.Exists(Path.Combine(Storage.Root, "..", "evil.png")));

        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/admin/media?folder=../..")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/admin/media/upload?folder=..%2F..")).Status);
        var created = await session.PostWithTokenAsync($"/admin/media?handler=CreateFolder&folder={folder}", ("name", "../../Outside"));
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        Assert.Equal($"/admin/media?folder={folder}%2Foutside", created.Location);
        Assert.True(Directory.Exists(Path.Combine(Storage.Root, folder, "outside")));
    }

    [Fact]
    public async Task Folders_are_created_and_browsed()
    {
        using var session = await AdminAsync();
        var parent = await FolderAsync(session);
        var created = await session.PostWithTokenAsync($"/admin/media?handler=CreateFolder&folder={parent}", ("name", "Logos 2026"));
        Assert.Equal(HttpStatusCode.Redirect, created.Status);

        var page = await session.GetAsync($"/admin/media?folder={parent}");
        Assert.Contains("logos-2026", page.Text(".media-folders"));
        var again = await session.PostWithTokenAsync($"/admin/media?handler=CreateFolder&folder={parent}", ("name", "logos 2026"));
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Contains("A folder of this name already exists here.", again.Text("#media-new-folder-error"));
        var empty = await session.PostWithTokenAsync($"/admin/media?handler=CreateFolder&folder={parent}", ("name", " "));
        Assert.Contains("Enter a name for the new folder.", empty.Text("#media-new-folder-error"));
    }

    [Fact]
    public async Task Alt_text_can_be_changed_but_an_image_never_left_without_it()
    {
        var path = await MediaTestFiles.StoreAsync(site.Services, Items.Unique("alt") + ".png", MediaTestFiles.Image(40, 40));
        using var session = await AdminAsync();
        var page = await session.GetAsync($"/admin/media/files/{path}");
        var form = page.Form("form[action*='handler=Save']");

        var refused = await session.SubmitAsync(form.Set("Alt.en", "New words").Set("Alt.fr", ""));
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("the alternative text in French is required for an image.", refused.Text("#media-alt-errors"));
        Assert.Equal("Une image", MediaLibrary.AltTextOf((await RecordAsync(path))!)["fr"]);

        var saved = await session.SubmitAsync(form.Set("Alt.en", "New words").Set("Alt.fr", "Nouveaux mots"));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal("Nouveaux mots", MediaLibrary.AltTextOf((await RecordAsync(path))!)["fr"]);
    }

    [Fact]
    public async Task Where_used_lists_the_items_and_deleting_a_file_in_use_needs_a_confirmation()
    {
        var path = await MediaTestFiles.StoreAsync(site.Services, Items.Unique("used") + ".png", MediaTestFiles.Image(900, 300));
        var name = Items.Unique("Logoville");
        await site.WithContentAsync(async (content, _) =>
        {
            var member = await Items.NewMemberAsync(content, name, "country-fr");
            member.Set("Member", "Logo", new JsonArray(path));
            return await content.CreateAsync(member, publish: true).CreatedAsync();
        });
        var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/media/{path}?w=640")).StatusCode);

        using var session = await AdminAsync();
        var page = await session.GetAsync($"/admin/media/files/{path}");
        Assert.Contains(name, page.Text("#media-used-by"));

        var refused = await session.SubmitAsync(page.Form("form[action*='handler=Delete']"));
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("1 content item(s) use this file.", refused.Text("#media-delete-error"));
        Assert.NotNull(await RecordAsync(path));
        Assert.True(File.Exists(Storage.Original(path)));

        var confirmed = await session.SubmitAsync(refused.Form("form[action*='handler=Delete']").Set("confirm", "true"));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);
        Assert.Null(await RecordAsync(path));
        Assert.False(File.Exists(Storage.Original(path)));
        Assert.False(File.Exists(Storage.Variant(path, 640, MediaFileTypes.Png)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/media/{path}")).StatusCode);
        var folderPage = await session.GetAsync(confirmed.Location!);
        Assert.Contains(name, folderPage.Text("main [role=status]"));
    }

    [Fact]
    public async Task A_file_nobody_uses_is_deleted_at_once()
    {
        var path = await MediaTestFiles.StoreAsync(site.Services, Items.Unique("unused") + ".png", MediaTestFiles.Image(20, 20));
        using var session = await AdminAsync();
        var page = await session.GetAsync($"/admin/media/files/{path}");
        Assert.Contains("No content item uses this file.", page.Text("#media-not-used"));
        Assert.Equal(HttpStatusCode.Redirect, (await session.SubmitAsync(page.Form("form[action*='handler=Delete']"))).Status);
        Assert.Null(await RecordAsync(path));
    }

    [Fact]
    public async Task Only_users_who_manage_media_reach_the_library()
    {
        using (var anonymous = AdminSession.Anonymous(site))
        {
            var page = await anonymous.GetAsync("/admin/media/upload");
            Assert.Equal(HttpStatusCode.Redirect, page.Status);
            Assert.Contains("/admin/login", page.Location);
        }
        var author = await AdminUsers.CreateAsync(site, "media-author", "en", "Author");
        using (var session = await AdminSession.SignedInAsync(site, author.UserName, author.Password))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync("/admin/media")).Status);
            var before = await CountAsync();
            var refused = await UploadAsync(session, "", new Upload("sneaky.png", MediaTestFiles.Image(10, 10)), tokenFrom: "/admin/login");
            Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
            Assert.Equal(before, await CountAsync());
        }
        var desk = await AdminUsers.CreateAsync(site, "media-desk", "en", "DeskEditor");
        using (var session = await AdminSession.SignedInAsync(site, desk.UserName, desk.Password))
            Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin/media")).Status);
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused()
    {
        using var session = await AdminAsync();
        var folder = await FolderAsync(session);
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(MediaTestFiles.Image(10, 10));
        content.Add(file, "File[0]", "forged.png");
        var response = await session.Client.PostAsync($"/admin/media/upload?folder={folder}", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await FilesInAsync(folder));
    }

    [Fact]
    public async Task The_pickers_inline_upload_answers_in_json()
    {
        using var session = await AdminAsync();
        var token = (await session.GetAsync("/admin/media/upload")).Token();

        async Task<(HttpStatusCode, JsonNode)> PostAsync(string name, byte[] bytes, string fr)
        {
            using var content = new MultipartFormDataContent
            {
                { new StringContent(token), AdminSession.AntiforgeryField },
                { new ByteArrayContent(bytes), "File[0]", name },
                { new StringContent("Inline"), "Alt[0].en" },
                { new StringContent(fr), "Alt[0].fr" },
            };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/media/upload") { Content = content };
            request.Headers.Accept.ParseAdd("application/json");
            var response = await session.Client.SendAsync(request);
            return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        }

        var name = Items.Unique("inline").Replace(' ', '-') + ".png";
        var (refusedStatus, refused) = await PostAsync(name, MediaTestFiles.Image(30, 30), "");
        Assert.Equal(HttpStatusCode.BadRequest, refusedStatus);
        Assert.Contains("French is required", refused["errors"]![0]!.GetValue<string>());

        var (status, stored) = await PostAsync(name, MediaTestFiles.Image(30, 30), "En ligne");
        Assert.Equal(HttpStatusCode.Created, status);
        var path = stored["paths"]![0]!.GetValue<string>();
        Assert.Equal(name, path);
        Assert.NotNull(await RecordAsync(path));
    }

    private MediaStorage Storage => site.Services.GetRequiredService<MediaStorage>();

    private Task<AdminSession> AdminAsync() => AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);

    /// <summary>A fresh folder of its own for each test, created through the admin.</summary>
    private static async Task<string> FolderAsync(AdminSession session)
    {
        var name = "t-" + Guid.NewGuid().ToString("N")[..10];
        var created = await session.PostWithTokenAsync("/admin/media?handler=CreateFolder", ("name", name));
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        return name;
    }

    private static async Task<AdminPage> UploadAsync(AdminSession session, string folder, params Upload[] files) =>
        await UploadAsync(session, folder, files, null);

    private static async Task<AdminPage> UploadAsync(AdminSession session, string folder, Upload file, string tokenFrom) =>
        await UploadAsync(session, folder, [file], tokenFrom);

    private static async Task<AdminPage> UploadAsync(AdminSession session, string folder, Upload[] files, string? tokenFrom)
    {
        var url = "/admin/media/upload" + (folder.Length > 0 ? "?folder=" + folder : "");
        var token = (await session.GetAsync(tokenFrom ?? url)).Token();
        using var content = new MultipartFormDataContent { { new StringContent(token), AdminSession.AntiforgeryField } };
        for (var i = 0; i < files.Length; i++)
        {
            var bytes = new ByteArrayContent(files[i].Bytes);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(bytes, $"File[{i}]", files[i].Name);
            content.Add(new StringContent(files[i].En ?? ""), $"Alt[{i}].en");
            content.Add(new StringContent(files[i].Fr ?? ""), $"Alt[{i}].fr");
        }
        return await AdminPage.ReadAsync(await session.Client.PostAsync(url, content));
    }

    private async Task<MediaFileRecord?> RecordAsync(string path)
    {
        await using var scope = site.Scope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Set<MediaFileRecord>().AsNoTracking().FirstOrDefaultAsync(f => f.Path == path);
    }

    private async Task<List<MediaFileRecord>> FilesInAsync(string folder)
    {
        await using var scope = site.Scope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Set<MediaFileRecord>().Where(f => f.Folder == folder).ToListAsync();
    }

    private async Task<int> CountAsync()
    {
        await using var scope = site.Scope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Set<MediaFileRecord>().CountAsync();
    }
}
