import Foundation
import Markdown

/// Turns a parsed article into an `Article`: resolves URLs, gives it an id, finds its links, language and
/// metrics, and tidies its tags.
struct ArticleNormalizer {
    let readingSpeed: IngestOptions.ReadingSpeed

    /// The article, and the keys exact-duplicate detection compares it by: the digests of its folded text and of its
    /// canonical URL.
    func normalize(_ parsed: ParsedArticle, file: SourceFile, collected: Date,
                   index: Int) -> (article: Article, keys: ExactDeduplicator.Keys) {
        let address = CanonicalURL.absoluteHTTPAddress(parsed.url)
        let contentDigest = ContentKey.digest(of: [parsed.title, parsed.body])
        let document = MarkdownText(parsing: parsed.body)
        let statistics = TextStatistics(parts: [parsed.title, parsed.subtitle ?? ""],
                                        followedBy: document.plainTextUTF8)
        let documentLinks = document.links
        let links = articleLinks(in: documentLinks)
        // The id hashes the canonical URL, or the folded title and body when there is no URL.
        let urlDigest = address.flatMap(CanonicalURL.key(forAddress:)).map(ContentDigest.init(hashing:))
        let article = Article(
            id: ArticleID(digest: urlDigest ?? contentDigest),
            title: parsed.title,
            subtitle: parsed.subtitle,
            originalTitle: parsed.originalTitle,
            address: address,
            source: source(of: parsed, address: address),
            author: parsed.author,
            published: parsed.published,
            updated: parsed.updated,
            collected: collected,
            language: statistics.language,
            tags: Self.tidy(parsed.tags),
            categories: Self.tidy(parsed.categories),
            summary: parsed.summary,
            body: parsed.body,
            imageAddress: CanonicalURL.absoluteHTTPAddress(parsed.image) ?? firstImage(in: documentLinks),
            place: parsed.place,
            links: links,
            origin: ArticleOrigin(path: file.path, index: index, line: parsed.line),
            metrics: statistics.metrics(readingSpeed: readingSpeed),
            isDraft: parsed.isDraft
        )
        return (article, ExactDeduplicator.Keys(contentDigest: contentDigest, urlDigest: urlDigest))
    }

    /// The source the article names, or else its address's site, named by its host.
    private func source(of parsed: ParsedArticle, address: String?) -> Source? {
        let sourceAddress = CanonicalURL.absoluteHTTPAddress(parsed.sourceURL) ?? address.flatMap(Self.siteRoot(of:))
        guard let name = parsed.sourceName ?? sourceAddress.flatMap(Self.host(of:)) ?? address.flatMap(Self.host(of:))
        else { return nil }
        return Source(name: name, address: sourceAddress)
    }

    /// The host of the absolute address `address`, as `URL.host` gives it. A plain address's is read off its text.
    private static func host(of address: String) -> String? {
        if let plain = PlainAddress(address) { return String(plain.host) }
        return URL(string: address)?.host
    }

    /// The root of `address`'s site (`https://host/`), as `URL.absoluteString` gives it. A plain address's scheme and
    /// host are read off its text.
    private static func siteRoot(of address: String) -> String? {
        if let plain = PlainAddress(address) {
            return "\(address.hasPrefix("https:") ? "https" : "http")://\(plain.host)/"
        }
        guard let url = URL(string: address), let scheme = url.scheme, let host = url.host else { return nil }
        return URL(string: "\(scheme)://\(host)/")?.absoluteString
    }

    /// Links with absolute http(s) addresses, without repeats: a written link is described by its words, a bare
    /// address (an autolink) by the words before it on its line (`论文地址:`).
    private func articleLinks(in documentLinks: [MarkdownLink]) -> [ArticleLink] {
        var seen = SeenStrings()
        var links: [ArticleLink] = []
        links.reserveCapacity(documentLinks.count)
        for link in documentLinks where !link.isImage {
            let destination = link.destination.trimmed
            let linkWords = { link.isBare ? Self.label(link.precedingText) : link.text }
            // A plain address is kept as written (`URL` would keep it so) and classified by its bytes; any other is
            // parsed, and kept as `URL` writes it.
            if let plain = PlainAddress(destination) {
                guard seen.insert(destination) else { continue }
                let words = linkWords()
                links.append(ArticleLink(address: destination, text: words,
                                         role: LinkClassifier.role(host: plain.host, path: plain.path, text: words)))
            } else if let url = CanonicalURL.absoluteHTTPURL(destination), seen.insert(url.absoluteString) {
                let words = linkWords()
                links.append(ArticleLink(url: url, text: words, role: LinkClassifier.role(of: url, text: words)))
            }
        }
        return links
    }

    /// The words before a bare address, without the colon, dash or white space that introduces it.
    private static func label(_ text: String) -> String {
        text.trimming { $0.isTrimmable || isLabelPunctuation($0) }
    }

    /// `:`, `：`, `-`, `—`, `(` or `（`: compared by value, not hashed into a set for every scalar at both ends.
    private static func isLabelPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ":", "：", "-", "—", "(", "（": true
        default: false
        }
    }

    /// Whether `label` needs no folding: no white space but single ASCII spaces between words, told from its bytes.
    /// A label without a byte that may start white space (`UTF8Scalars.mayStartWhiteSpace`; continuation bytes never
    /// do) is already tidy if its spaces are.
    static func hasTidySpacing(_ label: String) -> Bool {
        var previous: UInt8 = 0x20  // a space at the start is not tidy
        for byte in label.utf8 {
            if byte == 0x20 {
                if previous == 0x20 { return false }
            } else if UTF8Scalars.mayStartWhiteSpace(byte) {
                return false
            }
            previous = byte
        }
        return previous != 0x20
    }

    private func firstImage(in documentLinks: [MarkdownLink]) -> String? {
        documentLinks.lazy.filter(\.isImage).compactMap { CanonicalURL.absoluteHTTPAddress($0.destination) }.first
    }

    /// Trimmed, inner white space folded, empty ones dropped, and repeats (ignoring case) removed. Repeats are looked
    /// for in a list: an article has a few tags, and a set for them cost more than the comparisons (twice an article).
    static func tidy(_ labels: [String]) -> [String] {
        var kept: [String] = []
        var keys: [String] = []  // the kept labels lowercased
        kept.reserveCapacity(labels.count)
        keys.reserveCapacity(labels.count)
        for label in labels {
            let folded = hasTidySpacing(label)
                ? label : label.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !folded.isEmpty else { continue }
            let key = folded.lowercased()
            guard !keys.contains(key) else { continue }
            keys.append(key)
            kept.append(folded)
        }
        return kept
    }
}
