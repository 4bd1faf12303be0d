public import Foundation

/// Where an article comes from: a publication, a blog, an account.
public struct Source: Sendable, Hashable, Codable {
    /// The source's name as people know it.
    public var name: String
    /// The source's own address, if known, as text: an absolute http(s) address that `URL(string:)` reads. Kept as
    /// text like `Article.address`, and parsed only when asked for (`url`).
    public var address: String?

    /// Creates a source.
    public init(name: String, url: URL? = nil) {
        self.init(name: name, address: url?.absoluteString)
    }

    /// Creates a source whose address is given as text, which `URL(string:)` must read as an absolute http(s)
    /// address: how ingest and the ingest cache make them, without parsing each.
    init(name: String, address: String?) {
        self.name = name
        self.address = address
    }

    /// The source's own address.
    public var url: URL? {
        get { address.flatMap { URL(string: $0) } }
        set { address = newValue?.absoluteString }
    }

    /// The address is written as `url`, as it was when the source held a `URL`.
    private enum CodingKeys: String, CodingKey {
        case name, address = "url"
    }
}
