public import Foundation

/// A file found by the scanner.
public struct SourceFile: Sendable, Hashable {
    /// The path as shown to the user: as named, or the named folder joined with the file's relative path.
    public var path: String
    /// The file's location.
    public var url: URL
}
