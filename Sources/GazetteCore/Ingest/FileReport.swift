/// What happened to one file during ingest.
public struct FileReport: Sendable, Hashable, Codable {
    /// The file's path as shown to the user.
    public var path: String
    /// The layout the file was read as, when it was read.
    public var format: DocumentFormat?
    /// The encoding its bytes were in, when they were text.
    public var encoding: TextEncoding?
    /// How many articles it gave (drafts and duplicates included).
    public var articleCount: Int
    /// Whether the whole file was skipped.
    public var isSkipped: Bool
    /// Its size in bytes.
    public var size: Int
}
