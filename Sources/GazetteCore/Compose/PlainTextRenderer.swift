import Foundation

/// The plain-text part: every line at most 72 columns (CJK characters count as two), links as numbered references
/// listed at the end, sections and items clearly separated.
struct PlainTextRenderer {
    let wrapper = TextWrapper(width: 72)

    func render(_ issue: Issue) -> String {
        let strings = IssueStrings.forLocale(issue.locale)
        var references: [String] = []
        func reference(_ url: URL?) -> String {
            guard let url else { return "" }
            references.append(url.absoluteString)
            return " [\(references.count)]"
        }
        var lines: [String] = []
        lines += wrapper.wrap("\(issue.title) · \(strings.issueNumber(issue.number)) · \(issue.period)")
        lines += wrapper.wrap("\(strings.reading(issue.readingMinutes)) · \(issue.items.count) \(strings.items)")
        for section in issue.sections {
            lines += ["", String(repeating: "=", count: 72)]
            lines += wrapper.wrap(section.title)
            lines += [String(repeating: "=", count: 72)]
            for item in section.items {
                lines.append("")
                lines += itemLines(item, strings: strings, reference: reference)
            }
        }
        if !references.isEmpty {
            lines += ["", String(repeating: "-", count: 72)]
            for (index, url) in references.enumerated() {
                lines.append("[\(index + 1)] \(url)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func itemLines(_ item: IssueItem, strings: IssueStrings, reference: (URL?) -> String) -> [String] {
        var lines = wrapper.wrap("\(item.rank). \(item.title)\(reference(item.url))")
        let indent = "   "
        if let subtitle = item.subtitle { lines += wrapper.wrap(subtitle, indent: indent) }
        let meta = [item.source, item.date, strings.reading(item.readingMinutes)].compactMap { $0 }
        lines += wrapper.wrap(meta.joined(separator: " · "), indent: indent)
        if !item.people.isEmpty { lines += wrapper.wrap("\(strings.people): " + item.people.joined(separator: "、"), indent: indent) }
        if let quote = item.quote { lines += wrapper.wrap("“\(quote)”", indent: indent) }
        if !item.summary.isEmpty { lines += wrapper.wrap(Self.plain(item.summary), indent: indent) }
        if !item.links.isEmpty {
            lines += wrapper.wrap(item.links.map { "\($0.label)\(reference($0.url))" }.joined(separator: " · "),
                                  indent: indent)
        }
        if !item.alsoIn.isEmpty {
            let copies = item.alsoIn.map { "\($0.title) (\($0.source))\(reference($0.url))" }
            lines += wrapper.wrap("\(strings.alsoIn): " + copies.joined(separator: "; "), indent: indent)
        }
        return lines
    }

    /// Markdown emphasis and link syntax taken out of a summary.
    static func plain(_ markdown: String) -> String {
        markdown.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
            .replacingOccurrences(of: #"\[([^\]]*)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
    }
}
