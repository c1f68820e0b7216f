namespace Ppc.Modeling;

/// <summary>Library marker.</summary>
public static class LibraryInfo
{
    /// <summary>The scenario schema version this library reads and writes.</summary>
    public const int SchemaVersion = 1;
}
