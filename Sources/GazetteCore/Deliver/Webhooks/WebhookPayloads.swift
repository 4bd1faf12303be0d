import Foundation

/// Builds the messages a platform receives for an issue: item texts from the `webhook-item-*` templates, packed
/// into as many ordered messages as the platform's limits need.
public struct WebhookPayloads: Sendable {
    let templates: TemplateLibrary

    /// Uses `templates` for the item texts.
    public init(templates: TemplateLibrary) {
        self.templates = templates
    }

    /// The messages for `issue`, in order. Every item of every section is in exactly one of them.
    public func messages(for issue: Issue, kind: WebhookKind) throws(TemplateError) -> [JSONValue] {
        switch kind {
        case .generic: return [try GenericMessage.message(for: issue)]
        case .slack: return SlackMessages.messages(issue: issue, units: try units(issue, "webhook-item-slack", .slackMarkdown))
        case .discord: return DiscordMessages.messages(issue: issue, units: try units(issue, "webhook-item-discord", .markdown))
        case .feishu: return FeishuMessages.messages(issue: issue, units: try units(issue, "webhook-item-markdown", .markdown))
        case .dingtalk: return DingTalkMessages.messages(issue: issue, units: try units(issue, "webhook-item-markdown", .markdown))
        case .wecom: return WeComMessages.messages(issue: issue, units: try units(issue, "webhook-item-markdown", .markdown))
        }
    }

    /// What `target` receives for `issue`: its platform's messages for the sections of its themes; none when those
    /// sections have no item (a send skips it).
    public func messages(for issue: Issue, target: WebhookTarget) throws(TemplateError) -> [JSONValue] {
        let restricted = issue.restricted(to: target.themes)
        guard !restricted.items.isEmpty else { return [] }
        return try messages(for: restricted, kind: target.kind)
    }

    private func units(_ issue: Issue, _ template: String, _ dialect: WebhookDialect) throws(TemplateError) -> [MessageUnit] {
        let strings = IssueStrings.forLocale(issue.locale)
        var units: [MessageUnit] = []
        for section in issue.sections {
            for item in section.items {
                let view = WebhookItemView(item: item, dialect: dialect, strings: strings)
                let text = try templates.render(view, template: template)
                units.append(MessageUnit(section: dialect.escape(section.title), item: item, text: Self.tidy(text)))
            }
        }
        return units
    }

    /// Trims the rendered text and keeps at most one blank line in a row.
    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(line.last == " " ? Substring(line.trimmingTrailingSpaces()) : line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// " (2/3)" for a message of several, "" for a lone one.
    static func partLabel(_ index: Int, of count: Int) -> String {
        count > 1 ? " (\(index + 1)/\(count))" : ""
    }
}

private extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return self[startIndex..<end]
    }
}
