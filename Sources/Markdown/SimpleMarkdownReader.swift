#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the readable text and the links of a document written in the part of Markdown most articles use, in one
/// pass over its UTF-8 bytes, without a parser: ingest runs over every article, and cmark-gfm's parse (made, fed,
/// finished under its lock, and freed) was the largest part of it.
///
/// The part it reads: paragraphs, ATX headings (`## 标题`), bullet and ordered list items holding a paragraph (`- `,
/// `+ `, `* `, `1. `, `1) `), inline links and images (`[words](address)`, `![](address)`), brackets that are no
/// link (`[1]`), underscores between letters or digits (`z_t`), and bare http(s) and ftp addresses (GFM autolinks,
/// cut where cmark-gfm's autolink extension cuts them). For anything else (emphasis, code, quotes, tables, HTML,
/// escapes, entities, references and their definitions, tasks, blocks inside items, indented first lines, tabs,
/// link titles, e-mail addresses, `www.` links...) it returns nil and the caller asks cmark-gfm. What it returns is
/// what `PlainTextWriter` and `LinkCollector` give for cmark-gfm's tree of the same document; tests hold the two to
/// each other.
struct SimpleMarkdownReader {
    /// The text, as `PlainTextWriter` writes it, and the links, as `LinkCollector` finds them.
    struct Reading {
        var text: [UInt8] = []
        var links: [MarkdownLink] = []
    }

    /// The text and links of `markdown`, or nil when it uses Markdown this reader leaves to cmark-gfm.
    static func read(_ markdown: String) -> Reading? {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            var reader = SimpleMarkdownReader(bytes: bytes)
            return reader.readBlocks() ? reader.reading : nil
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var reading = Reading()
    /// Where the current line's words start in the text (`LinkCollector`'s line: every byte written since is the
    /// line's, as images write none), for the words before a link.
    private var lineStart = 0
    /// The open paragraph's lines' content, without the spaces around them (kept between paragraphs).
    private var paragraphLines: [Range<Int>] = []
    private var blockStart = 0
    private var needsSeparator = false

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        reading.text.reserveCapacity(bytes.count)
    }

    // MARK: - Blocks

    /// Reads every line; false when a line or its words need cmark-gfm.
    private mutating func readBlocks() -> Bool {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return false }
        var paragraph: Int?  // the line the open paragraph starts on
        var paragraphIsInItem = false
        var position = 0
        var lineNumber = 0
        while position < bytes.count {
            lineNumber += 1
            let end = lineEnd(from: position)
            let line = position..<trimmedEnd(position, end)
            position = end + 1
            if line.isEmpty {
                guard flush(&paragraph) else { return false }
                continue
            }
            if paragraph != nil, bytes[line.lowerBound] == Byte.space {
                // A continuation line: its leading spaces go, and it must not start anything else.
                let content = skipSpaces(line)
                guard kind(of: content) == .text else { return false }
                paragraphLines.append(content)
                continue
            }
            switch kind(of: line) {
            case .unsupported:
                return false
            case .text:
                if paragraph == nil {
                    paragraph = lineNumber
                    paragraphIsInItem = false
                }
                paragraphLines.append(line)
            case .heading(let content):
                guard flush(&paragraph), writeHeading(content, line: lineNumber) else { return false }
            case .orderedItem(_, startsWithOne: false) where paragraph != nil && !paragraphIsInItem:
                // Only a list starting at 1 interrupts a paragraph: this line continues it.
                paragraphLines.append(line)
            case .bulletItem(let content), .orderedItem(let content, _):
                // An item starting `[ ]` or `[x]` is a task: cmark-gfm's tasklist extension takes the box.
                guard flush(&paragraph), kind(of: content) == .text, bytes[content.lowerBound] != UInt8(ascii: "[")
                else { return false }
                paragraph = lineNumber
                paragraphIsInItem = true
                paragraphLines.append(content)
            }
        }
        return flush(&paragraph)
    }

    private enum LineKind: Equatable {
        case text
        case heading(content: Range<Int>)
        case bulletItem(content: Range<Int>)
        case orderedItem(content: Range<Int>, startsWithOne: Bool)
        case unsupported
    }

    /// What a line (without leading spaces) starts. Anything that could start a block other than a paragraph, a
    /// heading or a list item is unsupported, and so is any line that could be a table's delimiter row.
    private func kind(of line: Range<Int>) -> LineKind {
        let first = bytes[line.lowerBound]
        switch first {
        case UInt8(ascii: "#"):
            return headingKind(line)
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"):
            let content = line.lowerBound + 2
            guard content < line.upperBound, bytes[line.lowerBound + 1] == Byte.space, bytes[content] != Byte.space
            else { return .unsupported }
            return .bulletItem(content: content..<line.upperBound)
        case UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "~"),
             UInt8(ascii: "<"), UInt8(ascii: "|"), UInt8(ascii: ":"), Byte.space:
            return .unsupported
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return orderedKind(line)
        default:
            return .text
        }
    }

    /// One to nine digits, `.` or `)`, a space and words make an ordered item; the marker with nothing after it, or
    /// more spaces, is left to cmark-gfm; anything else starting with digits is text (`2024年`, `3.14`).
    private func orderedKind(_ line: Range<Int>) -> LineKind {
        var index = line.lowerBound
        while index < line.upperBound, Byte.isDigit(bytes[index]) { index += 1 }
        let digits = line.lowerBound..<index
        guard digits.count <= 9, index < line.upperBound,
              bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else { return .text }
        let content = index + 2
        guard index + 1 < line.upperBound else { return .unsupported }  // an empty item
        guard bytes[index + 1] == Byte.space else { return .text }
        guard content < line.upperBound, bytes[content] != Byte.space else { return .unsupported }
        let isOne = bytes[digits].drop { $0 == UInt8(ascii: "0") }.elementsEqual([UInt8(ascii: "1")])
        return .orderedItem(content: content..<line.upperBound, startsWithOne: isOne)
    }

    /// One to six `#` and a space (or nothing) make a heading; more, or a letter right after them, make text.
    private func headingKind(_ line: Range<Int>) -> LineKind {
        var index = line.lowerBound
        while index < line.upperBound, bytes[index] == UInt8(ascii: "#") { index += 1 }
        guard index - line.lowerBound <= 6 else { return .text }
        if index == line.upperBound { return .heading(content: index..<index) }
        guard bytes[index] == Byte.space else { return .text }
        let content = skipSpaces(index..<line.upperBound)
        // A closing run of `#` is left to cmark-gfm.
        if !content.isEmpty, bytes[content.upperBound - 1] == UInt8(ascii: "#") { return .unsupported }
        return .heading(content: content)
    }

    private mutating func writeHeading(_ content: Range<Int>, line: Int) -> Bool {
        startBlock()
        guard readInlines([content], line: line) else { return false }
        endBlock()
        return true
    }

    /// Writes the open paragraph, if any, and closes it.
    private mutating func flush(_ paragraph: inout Int?) -> Bool {
        guard let line = paragraph else { return true }
        paragraph = nil
        startBlock()
        guard readInlines(paragraphLines, line: line) else { return false }
        paragraphLines.removeAll(keepingCapacity: true)
        endBlock()
        return true
    }

    private mutating func startBlock() {
        if needsSeparator { reading.text.append(contentsOf: [Byte.lineFeed, Byte.lineFeed]) }
        blockStart = reading.text.count
        lineStart = reading.text.count
    }

    private mutating func endBlock() {
        if reading.text.count > blockStart {
            needsSeparator = true
        } else if needsSeparator {
            reading.text.removeLast(2)
        }
    }

    // MARK: - Inlines

    /// Reads a block's lines as cmark-gfm reads its inline content: lines joined by soft breaks.
    private mutating func readInlines(_ lines: [Range<Int>], line: Int) -> Bool {
        for (index, content) in lines.enumerated() {
            if index > 0 {
                reading.text.append(Byte.lineFeed)
                lineStart = reading.text.count
            }
            // cmark-gfm sees the block as one run of bytes; a line's end is a line feed, the last line's the end.
            let isLast = index == lines.count - 1
            guard readInlines(in: content, chunkEnd: isLast ? content.upperBound : content.upperBound + 1, line: line)
            else { return false }
        }
        return true
    }

    /// Reads one line's words, links, images and bare addresses.
    private mutating func readInlines(in content: Range<Int>, chunkEnd: Int, line: Int) -> Bool {
        var runStart = content.lowerBound
        var index = content.lowerBound
        while index < content.upperBound {
            index = firstNeedingLook(from: index, before: content.upperBound)
            guard index < content.upperBound else { break }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "!"):
                let isImage = byte == UInt8(ascii: "!")
                if isImage, index + 1 >= content.upperBound || bytes[index + 1] != UInt8(ascii: "[") {
                    index += 1
                    continue
                }
                if let link = inlineLink(at: isImage ? index + 1 : index, in: content) {
                    writeText(runStart..<index)
                    add(link, isImage: isImage, line: line)
                    index = link.end
                    runStart = index
                } else if !isImage, let close = literalBracketsEnd(at: index, in: content) {
                    index = close  // `[1]`: no link, so the brackets and their words are text
                } else {
                    return false
                }
            case UInt8(ascii: ":"):
                let end: Int
                switch autolink(colon: index, chunkEnd: chunkEnd, runStart: runStart) {
                case .none:
                    index += 1
                    continue
                case .unsure:
                    return false
                case .address(let addressEnd):
                    end = addressEnd
                }
                let start = index - schemeLength(before: index, from: runStart)
                writeText(runStart..<start)
                let address = Array(bytes[start..<end])
                add(LinkSpan(destination: address, text: address, end: end), isImage: false, line: line)
                index = end
                runStart = index
            case UInt8(ascii: "w"):
                // `www.` after a space, a line's start or `(` is a GFM autolink this reader leaves to cmark-gfm.
                let startsWord = index == content.lowerBound || Byte.isSpace(bytes[index - 1])
                    || bytes[index - 1] == UInt8(ascii: "(")
                if startsWord, bytes[index..<content.upperBound].starts(with: Byte.www) { return false }
                index += 1
            case UInt8(ascii: "@"):
                // An e-mail autolink needs a letter, digit or `.+-_` right before the `@`.
                if index > content.lowerBound, Byte.isEmailLocal(bytes[index - 1]) { return false }
                index += 1
            case UInt8(ascii: "&"):
                if isEntity(at: index, before: content.upperBound) { return false }
                index += 1
            case UInt8(ascii: "_"):
                // `_` between letters or digits (`z_t`, `total_production`) can neither open nor close emphasis.
                var end = index
                while end < content.upperBound, bytes[end] == UInt8(ascii: "_") { end += 1 }
                guard index > content.lowerBound, end < content.upperBound,
                      isLetterOrDigit(endingAt: index, from: content.lowerBound),
                      isLetterOrDigit(startingAt: end, before: content.upperBound) else { return false }
                index = end
            default:
                return false  // emphasis, code, escapes, HTML, strikethrough, a lone `]`, a control character
            }
        }
        writeText(runStart..<content.upperBound)
        return true
    }

    /// Where the first byte from `start` on that `Byte.needsLook` marks is, or `end`: words without markup are most
    /// of a line, and they are passed over four bytes at a time, the four looked up at once.
    private func firstNeedingLook(from start: Int, before end: Int) -> Int {
        Byte.needsLook.withUnsafeBufferPointer { needsLook in
            var index = start
            while index &+ 4 <= end {
                let marks = needsLook[Int(bytes[index])] | needsLook[Int(bytes[index &+ 1])]
                    | needsLook[Int(bytes[index &+ 2])] | needsLook[Int(bytes[index &+ 3])]
                if marks != 0 { break }
                index &+= 4
            }
            while index < end, needsLook[Int(bytes[index])] == 0 { index &+= 1 }
            return index
        }
    }

    private mutating func writeText(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        reading.text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
    }

    /// A link's or image's address, words, and where it ends.
    private struct LinkSpan {
        var destination: [UInt8]
        var text: [UInt8]
        var end: Int
    }

    /// Adds a link as `LinkCollector` does: a link's words are written and belong to the line, an image's are not.
    private mutating func add(_ link: LinkSpan, isImage: Bool, line: Int) {
        let precedingText = String(String(decoding: reading.text[lineStart...], as: UTF8.self).suffix(40))
        let text = String(decoding: link.text, as: UTF8.self)
        reading.links.append(MarkdownLink(destination: String(decoding: link.destination, as: UTF8.self), text: text,
                                          line: line, isImage: isImage, precedingText: precedingText))
        if !isImage {
            reading.text.append(contentsOf: link.text)
        }
    }

    /// `[words](address)` starting at the `[`, all on one line: words with nothing cmark-gfm would read as markup,
    /// an address with no spaces, parentheses, angle brackets, escapes or entities, and no title.
    private func inlineLink(at open: Int, in content: Range<Int>) -> LinkSpan? {
        // The tables are taken once: named in the loops, each byte checked that they were made (`swift_once`).
        let (endsLinkWords, endsDestination) = (Byte.endsLinkWords, Byte.endsDestination)
        var index = open + 1
        while index < content.upperBound, bytes[index] != UInt8(ascii: "]") {
            if endsLinkWords[Int(bytes[index])] { return nil }
            index += 1
        }
        let close = index
        guard close + 1 < content.upperBound, bytes[close + 1] == UInt8(ascii: "(") else { return nil }
        index = close + 2
        let destinationStart = index
        while index < content.upperBound, bytes[index] != UInt8(ascii: ")") {
            let byte = bytes[index]
            if endsDestination[Int(byte)] { return nil }
            if byte == UInt8(ascii: "&"), isEntity(at: index, before: content.upperBound) { return nil }
            index += 1
        }
        guard index < content.upperBound, index > destinationStart else { return nil }
        return LinkSpan(destination: Array(bytes[destinationStart..<index]), text: Array(bytes[open + 1..<close]),
                        end: index + 1)
    }

    /// The index after `]` when `[words]` at `open` is no link and no reference and reads as itself: words on one line
    /// with nothing cmark-gfm reads as markup (autolinks do not start inside brackets), not followed by `(` (a link
    /// cmark-gfm would read otherwise), `[` (a reference) or `:` (a reference's definition). nil otherwise.
    private func literalBracketsEnd(at open: Int, in content: Range<Int>) -> Int? {
        let endsLinkWords = Byte.endsLinkWords
        var index = open + 1
        while index < content.upperBound, bytes[index] != UInt8(ascii: "]") {
            if endsLinkWords[Int(bytes[index])] || bytes[index] == UInt8(ascii: "@") { return nil }
            index += 1
        }
        guard index < content.upperBound else { return nil }
        let after = index + 1
        if after < content.upperBound, Byte.followsReference.contains(bytes[after]) { return nil }
        return after
    }

    /// Whether the character that ends right before `end` is a letter or a digit (of any script).
    private func isLetterOrDigit(endingAt end: Int, from start: Int) -> Bool {
        var lead = end - 1
        while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        return isLetterOrDigit(startingAt: lead, before: end)
    }

    /// Whether the character that starts at `start` is a letter or a digit (of any script).
    private func isLetterOrDigit(startingAt start: Int, before end: Int) -> Bool {
        let lead = bytes[start]
        if lead < 0x80 { return Byte.isAlphanumeric(lead) }
        // A scalar is four bytes at most.
        let character = UnsafeBufferPointer(rebasing: bytes[start..<min(end, start + 4)])
        guard let scalar = String(decoding: character, as: UTF8.self)
            .unicodeScalars.first else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
             .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Whether `&` starts a character reference (`&amp;`, `&#35;`, `&#x23;`), which cmark-gfm would decode.
    private func isEntity(at ampersand: Int, before end: Int) -> Bool {
        var index = ampersand + 1
        while index < end, index - ampersand <= 33,
              Byte.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "#") {
            index += 1
        }
        return index > ampersand + 1 && index < end && bytes[index] == UInt8(ascii: ";")
    }

    // MARK: - Bare addresses (cmark-gfm's autolink extension)

    /// The ASCII letters right before the `:`, back to the start of the current run of text: the scheme.
    private func schemeLength(before colon: Int, from runStart: Int) -> Int {
        var length = 0
        while colon - length > runStart, Byte.isAlpha(bytes[colon - length - 1]) { length += 1 }
        return length
    }

    /// What cmark-gfm's autolink extension makes of a `:`.
    private enum Autolink {
        /// Not an address: the `:` is text.
        case none
        /// An address that ends at `end`.
        case address(end: Int)
        /// Versions of cmark-gfm read this differently (a host with letters outside ASCII, a `\` in an address,
        /// `_` in a host of more than ten labels): left to the library.
        case unsure
    }

    /// The bare address whose scheme ends at `colon`, if any. cmark-gfm's `url_match`: an `http`, `https` or `ftp`
    /// scheme, `//`, a letter or digit, a host without `_` in its last two labels, then everything up to white space,
    /// less trailing punctuation and unbalanced `)`. `chunkEnd` is where the block's bytes end for cmark-gfm (one
    /// past a line's end when another line follows, or the block's last byte).
    private func autolink(colon: Int, chunkEnd: Int, runStart: Int) -> Autolink {
        let size = chunkEnd - colon
        guard size >= 4, bytes[colon + 1] == Byte.slash, bytes[colon + 2] == Byte.slash else { return .none }
        let schemeStart = colon - schemeLength(before: colon, from: runStart)
        let hostStart = colon + 3
        guard hostStart < chunkEnd, isSafeScheme(bytes[schemeStart..<colon]) else { return .none }
        guard bytes[hostStart] < 0x80 else { return .unsure }
        guard Byte.isAlphanumeric(bytes[hostStart]) else { return .none }
        guard let hostLength = hostLength(from: hostStart, size: size - 3) else { return .unsure }
        guard hostLength > 0 else { return .none }
        var end = hostStart + hostLength
        // A line that is not the block's last ends in a line feed (white space), so an address stays on its line.
        while end < chunkEnd, !Byte.isSpace(bytes[end]) {
            if bytes[end] == UInt8(ascii: "\\") { return .unsure }
            end += 1
        }
        let trimmed = delimitedEnd(from: colon, end: end)
        return trimmed > colon ? .address(end: trimmed) : .none
    }

    /// `sd_autolink_issafe`'s schemes, in any case.
    private func isSafeScheme(_ scheme: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard scheme.count >= 3, scheme.count <= 5 else { return false }
        return Byte.safeSchemes.contains { $0.elementsEqual(scheme.lazy.map { $0 | 0x20 }) }
    }

    /// `check_domain` with short hosts allowed: the length of the run of host characters after `//` (counted from
    /// its second byte), 0 when an `_` is in its last two labels, nil when versions differ on it.
    private func hostLength(from start: Int, size: Int) -> Int? {
        var index = 1
        var labels = 0
        var underscoresBefore = 0
        var underscores = 0
        while index < size - 1 {
            let byte = bytes[start + index]
            if byte == UInt8(ascii: "_") {
                underscores += 1
            } else if byte == UInt8(ascii: ".") {
                underscoresBefore = underscores
                underscores = 0
                labels += 1
            } else if byte >= 0x80 || byte == UInt8(ascii: "\\") {
                return nil
            } else if !Byte.isAlphanumeric(byte), byte != UInt8(ascii: "-") {
                break
            }
            index += 1
        }
        guard underscoresBefore == 0, underscores == 0 else { return labels > 10 ? nil : 0 }
        return index
    }

    /// `autolink_delim`, over the bytes from the `:` to `end`: cut at `<`, then drop trailing `?!.,:*_~'"`, an
    /// entity-like `&word;` (or a lone `;`), and each `)` while the address has more of them than `(`.
    private func delimitedEnd(from colon: Int, end: Int) -> Int {
        var linkEnd = end - colon
        var opening = 0
        var closing = 0
        for index in 0..<linkEnd {
            let byte = bytes[colon + index]
            if byte == UInt8(ascii: "<") {
                linkEnd = index
                break
            } else if byte == UInt8(ascii: "(") {
                opening += 1
            } else if byte == UInt8(ascii: ")") {
                closing += 1
            }
        }
        while linkEnd > 0 {
            let last = bytes[colon + linkEnd - 1]
            if last == UInt8(ascii: ")") {
                guard closing > opening else { break }
                closing -= 1
                linkEnd -= 1
            } else if Byte.trailingPunctuation.contains(last) {
                linkEnd -= 1
            } else if last == UInt8(ascii: ";") {
                var newEnd = linkEnd - 2
                while newEnd > 0, Byte.isAlpha(bytes[colon + newEnd]) { newEnd -= 1 }
                linkEnd = newEnd < linkEnd - 2 && bytes[colon + newEnd] == UInt8(ascii: "&") ? newEnd : linkEnd - 1
            } else {
                break
            }
        }
        return colon + linkEnd
    }

    // MARK: - Lines

    private func lineEnd(from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(Byte.lineFeed), bytes.count - start)
        else { return bytes.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The end of the line without its trailing spaces (cmark-gfm drops them, or makes them a hard break, which
    /// reads the same as a soft one here).
    private func trimmedEnd(_ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, bytes[end - 1] == Byte.space { end -= 1 }
        return end
    }

    private func skipSpaces(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start < range.upperBound, bytes[start] == Byte.space { start += 1 }
        return start..<range.upperBound
    }
}

/// Byte classes as cmark-gfm sees them (ASCII only: every byte of a multi-byte character is "other").
private enum Byte {
    static let lineFeed = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let slash = UInt8(ascii: "/")
    static let www = Array("www.".utf8)
    static let safeSchemes: [[UInt8]] = [Array("http".utf8), Array("https".utf8), Array("ftp".utf8)]
    /// What after `[words]` makes a link, a reference or a definition.
    static let followsReference = Array("([:".utf8)
    static let trailingPunctuation = Array("?!.,:*_~'\"".utf8)

    /// Bytes the inline reader must look at (1; the rest 0, numbers so that four can be looked up at once): markup,
    /// autolink triggers, entities and control characters.
    static let needsLook: [UInt8] = table { $0 < 0x20 || $0 == 0x7F || "[]!:w@&\\`*_<~".utf8.contains($0) }
        .map { $0 ? 1 : 0 }
    /// Bytes that end the words of a link this reader reads: markup inside them, or the end of a line.
    static let endsLinkWords = table { $0 < 0x20 || $0 == 0x7F || "[!\\`*_<~&".utf8.contains($0) }
    /// Bytes that end an address this reader reads: white space, brackets, escapes, control characters.
    static let endsDestination = table { $0 <= 0x20 || $0 == 0x7F || "(<\\".utf8.contains($0) }

    private static func table(_ included: (UInt8) -> Bool) -> [Bool] {
        (0...255).map { included(UInt8($0)) }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isAlpha(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isAlpha(byte) }
    /// cmark's `cmark_isspace`: space, tab, line feed, carriage return.
    static func isSpace(_ byte: UInt8) -> Bool { byte == space || byte == lineFeed || byte == 0x09 || byte == 0x0D }
    static func isEmailLocal(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || ".+-_".utf8.contains(byte) }
}
