/// DingTalk markdown messages. Limit (standards.md §5): 20,000 bytes per message; a message carries at most 18,000.
enum DingTalkMessages {
    static let maxBodyBytes = 18_000

    static func messages(issue: Issue, units: [MessageUnit]) -> [JSONValue] {
        let shortened = units.map { unit in
            var unit = unit
            unit.text = unit.text.limited(toBytes: maxBodyBytes / 2)
            return unit
        }
        let groups = MessagePacker.pack(shortened) { group in
            message(issue: issue, units: group, label: " (99/99)").data.count <= maxBodyBytes
        }
        return groups.enumerated().map { index, group in
            message(issue: issue, units: group, label: WebhookPayloads.partLabel(index, of: groups.count))
        }
    }

    private static func message(issue: Issue, units: [MessageUnit], label: String) -> JSONValue {
        let title = issue.subject + label
        let text = MarkdownDigest.text(title: WebhookDialect.markdown.escape(title), units: units, blankLines: true)
        return .object([
            ("msgtype", .string("markdown")),
            ("markdown", .object([("title", .string(title)), ("text", .string(text))])),
        ])
    }
}

/// A digest as one Markdown text: a heading, then each section's heading and items.
enum MarkdownDigest {
    static func text(title: String, units: [MessageUnit], blankLines: Bool) -> String {
        var lines = ["### \(title)"]
        var section: String?
        for unit in units {
            if unit.section != section {
                section = unit.section
                lines.append("#### \(unit.section)")
            }
            lines.append(unit.text)
        }
        return lines.joined(separator: blankLines ? "\n\n" : "\n")
    }
}
