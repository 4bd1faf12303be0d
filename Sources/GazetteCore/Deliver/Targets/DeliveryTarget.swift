import Foundation

/// A webhook that receives issues, from `deliver.targets` in `gazette.yml`.
public struct WebhookTarget: Sendable, Hashable {
    /// A name unique among the targets, used in logs, the delivery record and `--target`.
    public var name: String
    public var kind: WebhookKind
    /// The webhook's address (for Slack, Discord, WeCom and DingTalk the address itself is a credential).
    public var url: ConfiguredValue
    /// The signing secret: `whsec_…` for generic, the bot's secret for Feishu, `SEC…` for DingTalk.
    public var secret: ConfiguredValue?
    /// Only these themes' sections are sent; all when nil.
    public var themes: [Theme]?

    /// Creates a target.
    public init(name: String, kind: WebhookKind, url: ConfiguredValue, secret: ConfiguredValue? = nil,
                themes: [Theme]? = nil) {
        self.name = name
        self.kind = kind
        self.url = url
        self.secret = secret
        self.themes = themes
    }
}

/// Mail delivery of `message.eml`, from `deliver.email` in `gazette.yml`.
public struct EmailTarget: Sendable, Hashable {
    /// The name in logs and the delivery record.
    public var name: String
    /// `smtps://host:465` or `smtp://host:587` (STARTTLS required).
    public var server: ConfiguredValue
    public var username: ConfiguredValue?
    public var password: ConfiguredValue?
    /// The envelope sender; `compose.from`'s address when nil.
    public var sender: String?
    /// The envelope recipients; `compose.to` when empty.
    public var recipients: [String]

    /// Creates a target.
    public init(name: String = "email", server: ConfiguredValue, username: ConfiguredValue? = nil,
                password: ConfiguredValue? = nil, sender: String? = nil, recipients: [String] = []) {
        self.name = name
        self.server = server
        self.username = username
        self.password = password
        self.sender = sender
        self.recipients = recipients
    }
}
