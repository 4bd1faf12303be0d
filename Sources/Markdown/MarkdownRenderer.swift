/// Renders Markdown to HTML through cmark-gfm, safely: raw HTML is omitted unless `.unsafeHTML` is given, and links
/// or images to `javascript:`, `vbscript:`, `data:` or `file:` are always dropped (their words stay).
public struct MarkdownRenderer: Sendable {
    /// Rendering options.
    public var options: MarkdownOptions

    /// Creates a renderer.
    public init(options: MarkdownOptions = []) {
        self.options = options
    }

    /// The HTML for `markdown`. `rewritingLinks` sees every link and image destination that survived the scheme
    /// check and returns the address to use, or nil to drop the link (its words stay; an image leaves its description).
    public func html(
        from markdown: String, rewritingLinks: ((_ destination: String, _ isImage: Bool) -> String?)? = nil
    ) -> String {
        CommonMarkConverter.html(markdown, options: options) { destination, isImage in
            guard !Self.hasDangerousScheme(destination) else { return nil }
            return rewritingLinks?(destination, isImage) ?? (rewritingLinks == nil ? destination : nil)
        }
    }

    static let dangerousSchemes = ["javascript:", "vbscript:", "data:", "file:"]

    /// Whether a destination uses a scheme that runs code or reads local data, ignoring case, white space and
    /// control characters (browsers ignore them too: `java\tscript:` runs).
    static func hasDangerousScheme(_ destination: String) -> Bool {
        let folded = String(destination.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }
            .map(Character.init)).lowercased()
        return dangerousSchemes.contains { folded.hasPrefix($0) }
    }
}
