import Foundation

/// Keeps secrets out of everything Gazette prints or writes: signing secrets, passwords, and the parts of webhook
/// addresses that are credentials (Slack, Discord and WeCom addresses are the credential itself).
struct Redactor: Sendable {
    static let mask = "‹redacted›"
    private let secrets: [String]

    /// Redacts each of `secrets` (texts shorter than 4 characters are ignored: they would mask ordinary words).
    init(secrets: [String]) {
        self.secrets = Set(secrets.filter { $0.count >= 4 }).sorted { $0.count > $1.count }
    }

    /// `text` with every secret masked.
    func redact(_ text: String) -> String {
        secrets.reduce(text) { $0.replacingOccurrences(of: $1, with: Self.mask) }
    }

    /// An address fit to show: token-like path segments and query values (except `timestamp` and `wait`) masked.
    func redact(_ url: URL) -> String {
        let masked = Self.credentialParts(of: url).sorted { $0.count > $1.count }.reduce(url.absoluteString) {
            $0.replacingOccurrences(of: $1, with: Self.mask)
        }
        return redact(masked)
    }

    /// The path segments and query values of `url` that `redact(_:)` masks.
    static func credentialParts(of url: URL) -> [String] {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return [] }
        let segments = components.percentEncodedPath.split(separator: "/").filter(looksLikeToken).map(String.init)
        let values = (components.percentEncodedQueryItems ?? []).filter { !["timestamp", "wait"].contains($0.name) }
            .compactMap(\.value).filter { !$0.isEmpty }
        return segments + values + [components.percentEncodedPassword].compactMap { $0 }
    }

    /// Long segments, or shorter ones mixing letters and digits (`T0123ABCD`, a UUID, a token).
    private static func looksLikeToken(_ segment: Substring) -> Bool {
        segment.count >= 20 || (segment.count >= 6 && segment.contains(where: \.isNumber) && segment.contains(where: \.isLetter))
    }
}
