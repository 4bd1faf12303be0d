/// A file found by the scanner.
public struct SourceFile: Sendable, Hashable {
    /// The path as shown to the user: as named, or the named folder joined with the file's relative path.
    public var path: String
    /// The file's absolute path, standardized: what the ingest cache remembers it by. Kept as a string because a
    /// rebuild looks up every file by it, and a `URL` per file (made, then asked for its path) costs more than the
    /// rest of the lookup.
    public var absolutePath: String
    /// What `stat(2)` said of the file when the scanner found it, when it asked (a named file, a link); ingest decides
    /// from it whether the cache's copy is current, and asks itself when it is nil.
    public var status: FileStatus? = nil
}
