namespace AllianceCms.Media;

/// <summary>One file of an upload as the form sent it, with the alternative text typed for it per culture.</summary>
public sealed record MediaUpload(string FileName, long Length, Func<Stream> Open, IReadOnlyDictionary<string, string?> AltText);

/// <summary>Why a file of an upload was refused; <see cref="Code"/> is a resource key ("MediaErrorTooLarge").</summary>
public sealed record MediaProblem(int Index, string Code, params object[] Arguments);

/// <summary>The files stored, or every problem found (and then nothing was stored).</summary>
public sealed record MediaUploadResult(IReadOnlyList<string> StoredPaths, IReadOnlyList<MediaProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>Error codes of the library, each a key of the admin's resources.</summary>
public static class MediaErrors
{
    public const string NoFile = "MediaErrorNoFile";
    public const string TooMany = "MediaErrorTooMany";
    public const string Empty = "MediaErrorEmpty";
    public const string TooLarge = "MediaErrorTooLarge";
    public const string UnsupportedType = "MediaErrorUnsupportedType";
    public const string ExtensionMismatch = "MediaErrorExtensionMismatch";
    public const string UnreadableImage = "MediaErrorUnreadableImage";
    public const string ImageTooLarge = "MediaErrorImageTooLarge";
    public const string AltRequired = "MediaErrorAltRequired";
    public const string AltTooLong = "MediaErrorAltTooLong";
    public const string NoSuchFolder = "MediaErrorNoSuchFolder";
    public const string InvalidFolderName = "MediaErrorInvalidFolderName";
    public const string FolderExists = "MediaErrorFolderExists";
    public const string InUse = "MediaErrorInUse";

    public const int MaxAltLength = 300;
}
