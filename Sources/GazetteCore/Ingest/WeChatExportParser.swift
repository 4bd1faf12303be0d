import Foundation

/// Reads a WeChat article export: a `# Title` line, a header of labelled lines (文章作者, 发布时间, 发布地,
/// 原文链接, 封面图链接, with ASCII or full-width colons), promotional lines, then the body.
///
/// 发布时间 is local time without a zone: it is read in the configured zone (Asia/Shanghai by default).
struct WeChatExportParser {
    let path: String
    let dates: DateParser

    /// Lines that ask readers to follow or star an account: not part of the article.
    static let promotionSearch = ByteSearch(promotionMarkers)
    static let promotionMarkers = ["关注公众号", "设为星标", "设为🌟标", "点击上方", "点击蓝字", "关注我们", "阅读原文"]

    /// The value after `label` and a colon at the start of `line`, if the line is labelled so. Compared byte by byte:
    /// the format detector asks this of the first twenty lines of every file, five labels each.
    static func value(of label: String, in line: Substring) -> String? {
        let bytes = line.utf8
        var index = skipSpacesAndAsterisks(in: bytes, from: bytes.startIndex)
        for byte in label.utf8 {
            guard index < bytes.endIndex, bytes[index] == byte else { return nil }
            bytes.formIndex(after: &index)
        }
        index = skipSpacesAndAsterisks(in: bytes, from: index)
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: ":") {
            bytes.formIndex(after: &index)
        } else if bytes[index...].starts(with: fullWidthColon) {
            index = bytes.index(index, offsetBy: fullWidthColon.count)
        } else {
            return nil
        }
        var value = line[index...]
        while value.utf8.last == UInt8(ascii: "*") { value = value.dropLast() }
        return value.trimmed
    }

    private static let fullWidthColon = Array("：".utf8)

    private static func skipSpacesAndAsterisks(in bytes: Substring.UTF8View, from start: String.Index) -> String.Index {
        var index = start
        while index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "*") {
            bytes.formIndex(after: &index)
        }
        return index
    }

    func parse(_ lines: TextLines) -> ParsedFile {
        var diagnostics: [Diagnostic] = []
        guard let titleLine = (1...lines.count).first(where: { lines[number: $0].hasPrefix("# ") }) else {
            return ParsedFile(articles: [], diagnostics: [])
        }
        var article = ParsedArticle(title: lines[number: titleLine].dropFirst(2).trimmed, body: "", line: titleLine)
        var bodyStart = titleLine + 1
        for number in (titleLine + 1)..<min(lines.count + 1, titleLine + 20) {
            let line = lines[number: number]
            if line.isBlank { continue }
            guard readHeaderLine(line, number: number, into: &article, diagnostics: &diagnostics) else { break }
            bodyStart = number + 1
        }
        article.body = body(lines, from: bodyStart)
        article.sourceName = article.author
        return ParsedFile(articles: [article], diagnostics: diagnostics)
    }

    /// Reads one header line into `article`; false when the line is not part of the header.
    private func readHeaderLine(
        _ line: Substring, number: Int, into article: inout ParsedArticle, diagnostics: inout [Diagnostic]
    ) -> Bool {
        if let author = Self.value(of: "文章作者", in: line) {
            article.author = author.isEmpty ? nil : author
        } else if let time = Self.value(of: "发布时间", in: line) {
            article.published = dates.parse(time)
            if article.published == nil {
                diagnostics.append(Diagnostic(.warning, path: path, line: number,
                                              message: "发布时间 '\(time)' is not a date; the article has no date"))
            }
        } else if let place = Self.value(of: "发布地", in: line) {
            article.place = place.isEmpty ? nil : place
        } else if let link = Self.value(of: "原文链接", in: line) {
            article.url = link.isEmpty ? nil : link
        } else if let cover = Self.value(of: "封面图链接", in: line) {
            article.image = cover.isEmpty ? nil : cover
        } else {
            return false
        }
        return true
    }

    /// The body: the lines from `start` on, without the promotional lines and the "全文 N 字，阅读约需 M 分钟" banner
    /// among its first lines, trimmed. Those lines come before the text, so the body is usually the file's text from
    /// the line after the last of them, cut out as it is (`TextLines.text(from:through:)`) rather than joined.
    private func body(_ lines: TextLines, from start: Int) -> String {
        guard start <= lines.count else { return "" }
        var keptBeforeSkipped: [Substring] = []
        var pending: [Substring] = []
        var restStart = start
        var textLinesKept = 0
        var number = start
        while number <= lines.count, textLinesKept < 3 {
            let line = lines[number: number]
            if Self.isPromotion(line) || Self.isReadingTimeBanner(line) {
                keptBeforeSkipped += pending
                pending = []
                restStart = number + 1
            } else {
                pending.append(line)
                if !line.isBlank { textLinesKept += 1 }
            }
            number += 1
        }
        let rest = lines.text(from: restStart, through: lines.count)
        guard keptBeforeSkipped.contains(where: { !$0.isBlank }) else { return rest.trimmed }
        return (keptBeforeSkipped + [rest]).joined(separator: "\n").trimmed
    }

    static func isPromotion(_ line: Substring) -> Bool {
        promotionSearch.matches(line)
    }

    static func isReadingTimeBanner(_ line: Substring) -> Bool {
        // By bytes: asked of a body's first lines in every export (Foundation's `contains` went through `NSString`).
        line.utf8.starts(with: readingTimePrefix) && characterCountWord.matches(line) && readingWord.matches(line)
            && line.count < 40
    }

    private static let readingTimePrefix = Array("全文".utf8)
    private static let characterCountWord = ByteSearch(["字"])
    private static let readingWord = ByteSearch(["阅读"])
}
