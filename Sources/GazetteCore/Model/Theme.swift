/// A section of the digest, such as research, products or people. Themes are defined in configuration;
/// `other` holds what no theme claims with enough confidence.
public struct Theme: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The theme's identifier as written in configuration (`research`).
    public let id: String

    /// Creates a theme reference.
    public init(_ id: String) {
        self.id = id
    }

    /// Research: papers, methods, results.
    public static let research = Theme("research")
    /// Products: launches, releases, hands-on reviews.
    public static let products = Theme("products")
    /// People: interviews, moves, talks.
    public static let people = Theme("people")
    /// What no theme claims confidently.
    public static let other = Theme("other")

    public var description: String { id }

    public static func < (lhs: Theme, rhs: Theme) -> Bool { lhs.id < rhs.id }

    public init(from decoder: any Decoder) throws {
        id = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(id)
    }
}
