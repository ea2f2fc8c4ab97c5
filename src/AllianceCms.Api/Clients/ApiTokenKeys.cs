using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace AllianceCms.Api.Clients;

/// <summary>
/// The keys that sign and encrypt API tokens: created on first start under {data folder}/api-keys and
/// read back afterwards, so tokens outlive a restart. Development certificates are never used.
/// Several nodes must share the folder (or copy its two files) to accept each other's tokens.
/// </summary>
public static class ApiTokenKeys
{
    public const string FolderName = "api-keys";
    private const string SigningFile = "signing.pem";
    private const string EncryptionFile = "encryption.key";

    public static (SigningCredentials Signing, EncryptingCredentials Encrypting) Load(string dataFolder)
    {
        var folder = Path.Combine(dataFolder, FolderName);
        Directory.CreateDirectory(folder);
        var pem = ReadOrCreate(Path.Combine(folder, SigningFile), () => RSA.Create(2048).ExportPkcs8PrivateKeyPem());
        var secret = ReadOrCreate(Path.Combine(folder, EncryptionFile), () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        return Credentials(pem, Convert.FromBase64String(secret.Trim()));
    }

    /// <summary>Keys that live as long as the process (tests).</summary>
    public static (SigningCredentials Signing, EncryptingCredentials Encrypting) Ephemeral() =>
        Credentials(RSA.Create(2048).ExportPkcs8PrivateKeyPem(), RandomNumberGenerator.GetBytes(32));

    private static (SigningCredentials, EncryptingCredentials) Credentials(string pem, byte[] secret)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        var signingKey = new RsaSecurityKey(rsa) { KeyId = KeyId(rsa.ExportSubjectPublicKeyInfo()) };
        var encryptionKey = new SymmetricSecurityKey(secret) { KeyId = KeyId(SHA256.HashData(secret)) };
        return (new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
            new EncryptingCredentials(encryptionKey, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
    }

    private static string KeyId(byte[] material) => Convert.ToHexString(SHA256.HashData(material))[..16].ToLowerInvariant();

    /// <summary>
    /// Reads a key file, or writes a new one readable by this user only. Two processes starting at
    /// once both try; the first file to land wins and the other reads it.
    /// </summary>
    private static string ReadOrCreate(string path, Func<string> create)
    {
        if (File.Exists(path)) return File.ReadAllText(path);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(temp, System.Text.Encoding.ASCII, options)) writer.Write(create());
        try { File.Move(temp, path, overwrite: false); }
        catch (IOException) when (File.Exists(path)) { File.Delete(temp); }
        return File.ReadAllText(path);
    }
}
