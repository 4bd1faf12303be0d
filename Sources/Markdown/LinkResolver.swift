public import Foundation

/// Makes link destinations absolute: relative ones are resolved against a base URL (an article's address);
/// `http`, `https` and `mailto` ones are kept; anything else, or a relative link with no base, is dropped (nil).
public struct LinkResolver: Sendable {
    /// The address relative links are resolved against.
    public var base: URL?

    /// Creates a resolver for documents published at `base`.
    public init(base: URL?) {
        self.base = base
    }

    /// The absolute address for `destination`, or nil when it cannot be made absolute and safe.
    public func resolve(_ destination: String) -> String? {
        let trimmed = destination.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !MarkdownRenderer.hasDangerousScheme(trimmed) else { return nil }
        if let url = URL(string: trimmed), let scheme = url.scheme?.lowercased() {
            return ["http", "https", "mailto"].contains(scheme) ? url.absoluteString : nil
        }
        guard let base, let resolved = URL(string: trimmed, relativeTo: base)?.absoluteURL,
              let scheme = resolved.scheme?.lowercased(), scheme == "http" || scheme == "https"
        else { return nil }
        return resolved.absoluteString
    }
}
