using QRCoder;

namespace AllianceCms.Admin.Areas.Admin.Pages.Account;

/// <summary>
/// The authenticator URI as a QR code, drawn on the server as inline SVG markup: no script, and no image
/// URL that the Content-Security-Policy would have to allow. The key stays on the page as text for
/// whoever cannot scan it.
/// </summary>
public static class TwoFactorQrCode
{
    /// <summary>The SVG element (without an XML prologue) for <paramref name="otpauthUri"/>, scaled by its viewBox.</summary>
    public static string Svg(string otpauthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        using var code = new SvgQRCode(data);
        var svg = code.GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }
}
