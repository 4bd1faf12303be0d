public import Foundation

/// Where an article comes from: a publication, a blog, an account.
public struct Source: Sendable, Hashable, Codable {
    /// The source's name as people know it.
    public var name: String
    /// The source's own address, if known.
    public var url: URL?

    /// Creates a source.
    public init(name: String, url: URL? = nil) {
        self.name = name
        self.url = url
    }
}
