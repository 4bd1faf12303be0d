/// How Markdown is parsed and rendered.
public struct MarkdownOptions: OptionSet, Sendable, Hashable {
    public let rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// Straight quotes become curly, `--` an en dash, `---` an em dash.
    public static let smartPunctuation = MarkdownOptions(rawValue: 1 << 0)
    /// Every line break in a paragraph is kept as `<br>`.
    public static let hardBreaks = MarkdownOptions(rawValue: 1 << 1)
    /// Raw HTML in the Markdown is passed through. Off by default: raw HTML is replaced by a comment. Even when on,
    /// the tagfilter extension escapes `<script>`, `<style>`, `<iframe>` and the like.
    public static let unsafeHTML = MarkdownOptions(rawValue: 1 << 2)
}
