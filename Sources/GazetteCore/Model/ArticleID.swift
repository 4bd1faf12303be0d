import Foundation
import Crypto

/// A stable, short identifier for an article: the first 16 hex digits of a SHA-256 digest.
public struct ArticleID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The identifier's text, 16 lowercase hex digits.
    public let rawValue: String

    /// Wraps an identifier that is already known, such as one typed by a user.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Derives the identifier from the text that identifies an article (its canonical URL).
    public init(hashing key: String) {
        self.init(digest: ContentDigest(hashing: key))
    }

    /// The identifier for a digest: its first 8 bytes in hex.
    init(digest: ContentDigest) {
        self.rawValue = withUnsafeBytes(of: digest.words.first.bigEndian) { $0.hexEncoded }
    }

    public var description: String { rawValue }

    public static func < (lhs: ArticleID, rhs: ArticleID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
