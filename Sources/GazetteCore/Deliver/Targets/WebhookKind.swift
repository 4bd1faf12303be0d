/// The webhook platforms Gazette posts to, each with its own payload, limits, signature and error format
/// (see README.md, Sending, and docs/architecture.md, Delivery).
public enum WebhookKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A JSON document of the issue, signed per the Standard Webhooks spec.
    case generic
    /// Slack incoming webhook: Block Kit with a text fallback.
    case slack
    /// Discord webhook: embeds.
    case discord
    /// Feishu / Lark custom bot: an interactive card, signed in the body.
    case feishu
    /// DingTalk custom robot: markdown, signed on the URL.
    case dingtalk
    /// WeCom (企业微信) group robot: markdown.
    case wecom

    /// The shortest pause between two messages to the same target, from each platform's rate limit: Slack one per
    /// second, Feishu five per second, DingTalk and WeCom twenty per minute.
    var minimumInterval: Duration {
        switch self {
        case .generic, .discord: .zero
        case .slack: .seconds(1)
        case .feishu: .milliseconds(200)
        case .dingtalk, .wecom: .seconds(3)
        }
    }
}
