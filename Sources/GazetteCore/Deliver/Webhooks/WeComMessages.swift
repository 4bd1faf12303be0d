/// WeCom (企业微信) markdown messages. Limit (standards.md §6): `markdown.content` of at most 4,096 UTF-8 bytes.
enum WeComMessages {
    static let maxContentBytes = 4_096

    static func messages(issue: Issue, units: [MessageUnit]) -> [JSONValue] {
        let shortened = units.map { unit in
            var unit = unit
            unit.text = unit.text.limited(toBytes: maxContentBytes / 2)
            return unit
        }
        let groups = MessagePacker.pack(shortened) { group in
            content(issue: issue, units: group, label: " (99/99)").utf8.count <= maxContentBytes
        }
        return groups.enumerated().map { index, group in
            let text = content(issue: issue, units: group, label: WebhookPayloads.partLabel(index, of: groups.count))
            return .object([("msgtype", .string("markdown")), ("markdown", .object([("content", .string(text))]))])
        }
    }

    private static func content(issue: Issue, units: [MessageUnit], label: String) -> String {
        MarkdownDigest.text(title: WebhookDialect.markdown.escape(issue.subject + label), units: units, blankLines: false)
    }
}
