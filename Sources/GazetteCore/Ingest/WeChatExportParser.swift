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

    /// The value after `label` and a colon at the start of `line`, if the line is labelled so.
    static func value(of label: String, in line: Substring) -> String? {
        let text = line.drop { $0 == " " || $0 == "*" }
        guard text.hasPrefix(label) else { return nil }
        let rest = text.dropFirst(label.count).drop { $0 == " " || $0 == "*" }
        guard let colon = rest.first, colon == ":" || colon == "：" else { return nil }
        var value = rest.dropFirst()
        while value.hasSuffix("*") { value = value.dropLast() }
        return value.trimmed
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
        article.body = bodyLines(lines, from: bodyStart).joined(separator: "\n").trimmed
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

    /// The body's lines, without promotional lines and the "全文 N 字，阅读约需 M 分钟" banner near its top.
    private func bodyLines(_ lines: TextLines, from start: Int) -> [Substring] {
        guard start <= lines.count else { return [] }
        var kept: [Substring] = []
        var textLinesKept = 0
        for number in start...lines.count {
            let line = lines[number: number]
            if textLinesKept < 3, Self.isPromotion(line) || Self.isReadingTimeBanner(line) { continue }
            kept.append(line)
            if !line.isBlank { textLinesKept += 1 }
        }
        return kept
    }

    static func isPromotion(_ line: Substring) -> Bool {
        promotionSearch.matches(line)
    }

    static func isReadingTimeBanner(_ line: Substring) -> Bool {
        line.hasPrefix("全文") && line.contains("字") && line.contains("阅读") && line.count < 40
    }
}
