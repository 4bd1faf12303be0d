/// Discord webhook messages: one embed per item. Limits (standards.md §3): 10 embeds per message, titles of 256
/// characters, descriptions of 4,096, footers of 2,048, 2,000 for `content`, and 6,000 for all embed text together.
enum DiscordMessages {
    static let maxEmbeds = 10
    static let maxTitle = 256
    static let maxDescription = 4_096
    static let maxFooter = 2_048
    static let maxContent = 2_000
    static let maxEmbedText = 6_000

    static func messages(issue: Issue, units: [MessageUnit]) -> [JSONValue] {
        let groups = MessagePacker.pack(units) { group in
            group.count <= maxEmbeds && group.map { embedTextLength($0) }.reduce(0, +) <= maxEmbedText
        }
        return groups.enumerated().map { index, group in
            let label = WebhookPayloads.partLabel(index, of: groups.count)
            return .object([
                ("content", .string("**\(issue.subject)**\(label)".limited(to: maxContent))),
                ("embeds", .array(group.map(embed))),
                // Nothing in a digest may ping anyone.
                ("allowed_mentions", .object([("parse", .array([]))])),
            ])
        }
    }

    private static func embed(_ unit: MessageUnit) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("title", .string(unit.item.title.limited(to: maxTitle)))]
        if let url = unit.item.url { pairs.append(("url", .string(url.absoluteString))) }
        pairs.append(("description", .string(unit.text.limited(to: maxDescription))))
        pairs.append(("footer", .object([("text", .string(footer(unit)))])))
        return .object(pairs)
    }

    private static func footer(_ unit: MessageUnit) -> String {
        ([unit.item.source, unit.item.date].compactMap { $0 }.filter { !$0.isEmpty })
            .joined(separator: " · ").limited(to: maxFooter)
    }

    private static func embedTextLength(_ unit: MessageUnit) -> Int {
        min(unit.item.title.count, maxTitle) + min(unit.text.count, maxDescription) + footer(unit).count
    }
}
