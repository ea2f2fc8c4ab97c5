namespace AllianceCms.Core.Content;

/// <summary>Which version of an item to load.</summary>
public enum VersionOptions
{
    /// <summary>The published version, if any.</summary>
    Published,
    /// <summary>The newest version, draft or published.</summary>
    Latest,
}
