public import Foundation

/// One message for an SMTP server: where it goes, who sends it, and the RFC 5322 text itself.
public struct MailEnvelope: Sendable, Hashable {
    /// `smtps://host:465` (TLS from the start) or `smtp://host:587` (STARTTLS, required).
    public var server: URL
    /// The login, if the server wants one.
    public var username: String?
    public var password: String?
    /// The envelope sender (`MAIL FROM`), a bare address.
    public var sender: String
    /// The envelope recipients (`RCPT TO`), bare addresses.
    public var recipients: [String]
    /// The whole message, headers and body, with CRLF line ends. libcurl does the dot-stuffing.
    public var message: Data

    /// Creates an envelope.
    public init(server: URL, username: String? = nil, password: String? = nil, sender: String, recipients: [String],
                message: Data) {
        self.server = server
        self.username = username
        self.password = password
        self.sender = sender
        self.recipients = recipients
        self.message = message
    }
}
