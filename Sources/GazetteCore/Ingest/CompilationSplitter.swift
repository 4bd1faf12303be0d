import Foundation

/// Reads a compilation: many articles in one file, as saved from a blog that collects posts.
///
/// The first line may carry the compilation's own link. Each article starts at a `#Heading` line (no space
/// after `#`) and ends at a line of dots (`....`). A short line right after the heading that reads like a
/// headline is the article's subtitle. Placeholder entries (`#xxx`, or a heading with no body) are skipped
/// with a warning, and text after the last separator that starts no article is page boilerplate.
struct CompilationSplitter {
    let path: String

    /// A `#Heading` line: one `#` followed directly by text. Asked of every line, so the common answers come from
    /// its first bytes.
    static func isHeading(_ line: Substring) -> Bool {
        var bytes = line.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "#") else { return false }
        let second = bytes.next()
        let third = bytes.next()
        // Two ASCII characters: no combining mark can join either to the one before.
        if let second, second < 0x80, (third ?? 0) < 0x80 {
            return second != UInt8(ascii: "#") && second != 0x20 && !(0x09...0x0D).contains(second)
        }
        guard line.hasPrefix("#"), let character = line.dropFirst().first else { return false }
        return character != "#" && !character.isWhitespace
    }

    /// A line of four or more dots and nothing else. Asked of every line, so most are turned down by their first
    /// byte after any spaces: `.`, or the lead byte of `…` (E2) or `。` (E3).
    static func isSeparator(_ line: Substring) -> Bool {
        guard let lead = line.utf8.first(where: { $0 != UInt8(ascii: " ") }),
              lead == UInt8(ascii: ".") || lead == 0xE2 || lead == 0xE3 else { return false }
        guard let first = line.first(where: { $0 != " " }), first == "." || first == "…" || first == "。" else {
            return false
        }
        let trimmed = line.trimmed
        return trimmed.count >= 4 && trimmed.allSatisfy { $0 == "." || $0 == "…" || $0 == "。" }
    }

    func parse(_ lines: TextLines) -> ParsedFile {
        let sourceURL = LinkScanner.firstURL(in: lines.lines.first ?? "")
        var articles: [ParsedArticle] = []
        var diagnostics: [Diagnostic] = []
        for block in blocks(in: lines, diagnostics: &diagnostics) {
            guard var article = makeArticle(from: block, in: lines, diagnostics: &diagnostics) else { continue }
            article.sourceURL = sourceURL
            articles.append(article)
        }
        return ParsedFile(articles: articles, diagnostics: diagnostics)
    }

    /// A heading line and the last line of its body.
    private struct Block {
        var headingLine: Int
        var lastLine: Int
    }

    private func blocks(in lines: TextLines, diagnostics: inout [Diagnostic]) -> [Block] {
        var blocks: [Block] = []
        var open: Int?
        for number in 1...max(lines.count, 1) where number <= lines.count {
            let line = lines[number: number]
            if Self.isHeading(line) {
                if let start = open { blocks.append(Block(headingLine: start, lastLine: number - 1)) }
                open = number
            } else if Self.isSeparator(line), let start = open {
                blocks.append(Block(headingLine: start, lastLine: number - 1))
                open = nil
            }
        }
        if let start = open {
            blocks.append(Block(headingLine: start, lastLine: lines.count))
        } else if let trailer = trailingBoilerplate(in: lines, after: blocks.last?.lastLine) {
            diagnostics.append(trailer)
        }
        return blocks
    }

    private func trailingBoilerplate(in lines: TextLines, after lastLine: Int?) -> Diagnostic? {
        guard let lastLine, let first = lines.firstNonBlank(from: lastLine + 2) else { return nil }
        return Diagnostic(.note, path: path, line: first,
                          message: "text after the last article's separator is page boilerplate; left out")
    }

    private func makeArticle(
        from block: Block, in lines: TextLines, diagnostics: inout [Diagnostic]
    ) -> ParsedArticle? {
        let title = lines[number: block.headingLine].dropFirst().trimmed
        var bodyStart = block.headingLine + 1
        var subtitle: String?
        if let candidate = lines.firstNonBlank(from: bodyStart, through: block.lastLine),
           Self.readsLikeHeadline(lines[number: candidate]),
           lines.firstNonBlank(from: candidate + 1, through: block.lastLine) != nil {
            subtitle = lines[number: candidate].trimmed
            bodyStart = candidate + 1
        }
        let body = lines.text(from: bodyStart, through: block.lastLine).trimmed
        if let reason = placeholderReason(title: title, body: body) {
            diagnostics.append(Diagnostic(.warning, path: path, line: block.headingLine,
                                          message: "skipped placeholder entry '#\(title)': \(reason)"))
            return nil
        }
        var article = ParsedArticle(title: title, body: body, line: block.headingLine)
        article.subtitle = subtitle
        return article
    }

    private func placeholderReason(title: String, body: String) -> String? {
        if title.isEmpty { return "the heading is empty" }
        // `#xxx` in any case: X is the only character that lowercases to x.
        if title.utf8.allSatisfy({ $0 | 0x20 == UInt8(ascii: "x") }) { return "the heading is a placeholder" }
        if body.isEmpty { return "the entry has no body" }
        return nil
    }

    /// A headline: 6 to 64 characters, not a list item, quote or link, and not ending like a sentence.
    static func readsLikeHeadline(_ line: Substring) -> Bool {
        let text = line.trimmedSlice
        // The cheap tests first: counting characters walks the whole line, and most first lines are paragraphs.
        guard let first = text.first, let last = text.last, text.utf8.count >= 6 else { return false }
        if "-*+>|!「『\"“#".contains(first) || "。.,，;；:：、…".contains(last) { return false }
        return !schemeSeparator.matches(text) && (6...64).contains(text.count)
    }

    private static let schemeSeparator = ByteSearch(["://"])
}
