/// Feishu / Lark interactive cards. Limit (standards.md §4): a request body of at most 20 KB; a message carries at
/// most 18,000 bytes before its signature fields are added.
enum FeishuMessages {
    static let maxBodyBytes = 18_000

    static func messages(issue: Issue, units: [MessageUnit]) -> [JSONValue] {
        let shortened = units.map { unit in
            var unit = unit
            unit.text = unit.text.limited(toBytes: maxBodyBytes / 2)
            return unit
        }
        let groups = MessagePacker.pack(shortened) { group in
            card(issue: issue, units: group, label: " (99/99)").data.count <= maxBodyBytes
        }
        return groups.enumerated().map { index, group in
            card(issue: issue, units: group, label: WebhookPayloads.partLabel(index, of: groups.count))
        }
    }

    private static func card(issue: Issue, units: [MessageUnit], label: String) -> JSONValue {
        var elements: [JSONValue] = []
        var section: String?
        for unit in units {
            if unit.section != section {
                section = unit.section
                if !elements.isEmpty { elements.append(.object([("tag", .string("hr"))])) }
                elements.append(markdown("**\(unit.section)**"))
            }
            elements.append(markdown(unit.text))
        }
        return .object([
            ("msg_type", .string("interactive")),
            ("card", .object([
                ("config", .object([("wide_screen_mode", .bool(true))])),
                ("header", .object([
                    ("title", .object([("tag", .string("plain_text")), ("content", .string(issue.subject + label))])),
                    ("template", .string("blue")),
                ])),
                ("elements", .array(elements)),
            ])),
        ])
    }

    private static func markdown(_ text: String) -> JSONValue {
        .object([("tag", .string("div")), ("text", .object([("tag", .string("lark_md")), ("content", .string(text))]))])
    }
}
