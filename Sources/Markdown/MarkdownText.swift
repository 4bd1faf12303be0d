/// The readable text and the links of a Markdown document: what ingest needs of every article. A document in the
/// common part of Markdown is read by `SimpleMarkdownReader` in one pass over its bytes; any other is read straight
/// from cmark-gfm's tree, without the Swift copy of it that `MarkdownDocument` makes (and frees again), by the same
/// walks as `MarkdownDocument.plainText` and `.links`. Either way the result is theirs (tests hold them together).
public struct MarkdownText: Sendable, Hashable {
    /// The readable text (see `MarkdownDocument.plainText`) as UTF-8: what counting needs, without a string made of it.
    public var plainTextUTF8: [UInt8]
    /// Every link and image, in document order (see `MarkdownDocument.links`).
    public var links: [MarkdownLink]

    /// Parses `markdown` and reads its text and links. A document in the part of Markdown that
    /// `SimpleMarkdownReader` reads is read by it in one pass over its bytes; any other goes to cmark-gfm.
    public init(parsing markdown: String, options: MarkdownOptions = []) {
        if options.isEmpty, let reading = SimpleMarkdownReader.read(markdown) {
            self.init(plainTextUTF8: reading.text, links: reading.links)
        } else {
            self.init(parsingWithCmark: markdown, options: options)
        }
    }

    /// Parses `markdown` with cmark-gfm whatever it holds (what the tests compare the simple reader with).
    init(parsingWithCmark markdown: String, options: MarkdownOptions = []) {
        let (plainTextUTF8, links) = CommonMarkConverter.textAndLinks(markdown, options: options) ?? ([], [])
        self.init(plainTextUTF8: plainTextUTF8, links: links)
    }

    private init(plainTextUTF8: [UInt8], links: [MarkdownLink]) {
        self.plainTextUTF8 = plainTextUTF8
        self.links = links
    }

    /// The readable text.
    public var plainText: String { String(decoding: plainTextUTF8, as: UTF8.self) }
}
