/// Slack Block Kit messages with a `text` fallback for notifications. Limits (standards.md §2): 50 blocks per
/// message, 3,000 characters per section text, 150 per header; a cumulative block-text cap near 13,000 characters
/// has been observed, so a message carries at most 12,000.
enum SlackMessages {
    static let maxBlocks = 50
    static let maxSectionText = 3_000
    static let maxHeaderText = 150
    static let maxTotalText = 12_000

    static func messages(issue: Issue, units: [MessageUnit]) -> [JSONValue] {
        let shortened = units.map { unit in
            var unit = unit
            unit.text = unit.text.limited(to: maxSectionText)
            return unit
        }
        let groups = MessagePacker.pack(shortened) { group in
            let blocks = blocks(issue: issue, units: group, label: " (99/99)")
            return blocks.count <= maxBlocks && textLength(blocks) <= maxTotalText
        }
        return groups.enumerated().map { index, group in
            let label = WebhookPayloads.partLabel(index, of: groups.count)
            return .object([
                ("text", .string(issue.subject + label)),
                ("blocks", .array(blocks(issue: issue, units: group, label: label).map(\.json))),
            ])
        }
    }

    private struct Block {
        var json: JSONValue
        var textLength: Int
    }

    private static func blocks(issue: Issue, units: [MessageUnit], label: String) -> [Block] {
        let header = (issue.subject + label).limited(to: maxHeaderText)
        var blocks = [
            Block(json: .object([("type", .string("header")), ("text", plain(header))]), textLength: header.count),
            Block(json: .object([("type", .string("context")), ("elements", .array([mrkdwn(issue.period)]))]),
                  textLength: issue.period.count),
        ]
        var section: String?
        for unit in units {
            if unit.section != section {
                section = unit.section
                if blocks.count > 2 { blocks.append(Block(json: .object([("type", .string("divider"))]), textLength: 0)) }
                blocks.append(sectionBlock("*\(unit.section)*"))
            }
            blocks.append(sectionBlock(unit.text))
        }
        return blocks
    }

    private static func sectionBlock(_ text: String) -> Block {
        Block(json: .object([("type", .string("section")), ("text", mrkdwn(text))]), textLength: text.count)
    }

    private static func textLength(_ blocks: [Block]) -> Int {
        blocks.reduce(0) { $0 + $1.textLength }
    }

    private static func plain(_ text: String) -> JSONValue {
        .object([("type", .string("plain_text")), ("text", .string(text)), ("emoji", .bool(true))])
    }

    private static func mrkdwn(_ text: String) -> JSONValue {
        .object([("type", .string("mrkdwn")), ("text", .string(text))])
    }
}
