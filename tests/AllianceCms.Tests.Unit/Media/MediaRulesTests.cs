using AllianceCms.Core.Media;
using AllianceCms.Media;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AllianceCms.Tests.Unit.Media;

public sealed class MediaRulesTests
{
    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 }, "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0 }, "image/jpeg")]
    [InlineData(new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a' }, "image/gif")]
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 1, 2, 3, 4, (byte)'W', (byte)'E', (byte)'B', (byte)'P' }, "image/webp")]
    [InlineData(new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', (byte)'1' }, "application/pdf")]
    public void Accepted_types_are_recognised_by_their_first_bytes(byte[] header, string contentType) =>
        Assert.Equal(contentType, MediaFileTypes.Detect(header)?.ContentType);

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 })] // an executable
    [InlineData(new byte[] { (byte)'<', (byte)'s', (byte)'v', (byte)'g' })] // SVG can carry script
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 1, 2, 3, 4, (byte)'W', (byte)'A', (byte)'V', (byte)'E' })] // a RIFF that is not WebP
    [InlineData(new byte[] { 0x89, 0x50, 0x4E })] // too short to be sure
    [InlineData(new byte[0])]
    public void Anything_else_is_refused(byte[] header) => Assert.Null(MediaFileTypes.Detect(header));

    [Theory]
    [InlineData("Logo Tivat (2).PNG", "logo-tivat-2.png")]
    [InlineData("../../etc/passwd.png", "passwd.png")]
    [InlineData("..\\..\\boot.png", "boot.png")]
    [InlineData("Écusson de Saint-Étienne.png", "ecusson-de-saint-etienne.png")]
    [InlineData(".htaccess.png", "htaccess.png")]
    [InlineData("....png", "file.png")]
    public void Uploaded_names_become_safe_file_names(string uploaded, string stored) =>
        Assert.Equal(stored, MediaNames.FileName(uploaded, MediaFileTypes.Png));

    [Theory]
    [InlineData("logo.png", true)]
    [InlineData("logos/2026/tivat.jpg", true)]
    [InlineData("logos/../tivat.png", false)]
    [InlineData("../tivat.png", false)]
    [InlineData("/etc/tivat.png", false)]
    [InlineData("logos\\tivat.png", false)]
    [InlineData("logos/tivat.svg", false)]
    [InlineData("logos/Tivat.png", false)]
    [InlineData("logos/tivat.PNG", false)]
    [InlineData("logos//tivat.png", false)]
    [InlineData("", false)]
    public void Only_library_paths_are_paths(string path, bool valid) => Assert.Equal(valid, MediaNames.IsPath(path));

    [Theory]
    [InlineData(300, 1000, 320)]
    [InlineData(1, 1000, 160)]
    [InlineData(640, 1000, 640)]
    [InlineData(641, 1000, 960)]
    [InlineData(961, 1000, null)] // 1280 would enlarge it: the original answers
    [InlineData(4000, 2000, 1280)]
    [InlineData(100, 200, 160)]
    [InlineData(100, 150, null)]
    public void Requested_widths_snap_to_the_allowed_ones_and_never_enlarge(int requested, int original, int? made)
    {
        var variants = new MediaVariants(null!, Options.Create(new MediaOptions()), NullLogger<MediaVariants>.Instance);
        Assert.Equal(made, variants.WidthFor(requested, original));
    }

    [Fact]
    public void Alt_text_falls_back_to_another_language_never_to_nothing()
    {
        var facts = new MediaFacts("a.png", "image/png", "v", 10, 10, new Dictionary<string, string> { ["en"] = "A crest", ["fr"] = " " });
        Assert.Equal(("A crest", "en"), (facts.Alt("en"), facts.AltCulture("en")));
        Assert.Equal(("A crest", "en"), (facts.Alt("fr"), facts.AltCulture("fr")));
        Assert.Equal(("A crest", "en"), (facts.Alt("de"), facts.AltCulture("de")));
    }
}
