import Foundation

/// A webhook target with its `${…}` references read and its address and secret checked, ready to send.
struct ResolvedWebhookTarget: Sendable {
    var target: WebhookTarget
    var url: URL
    var secret: String?
    var signature: StandardWebhookSignature?

    init(_ target: WebhookTarget, environment: [String: String]) throws(DeliveryError) {
        self.target = target
        let place = "deliver.targets.\(target.name)"
        let written = try target.url.resolve(in: environment, for: "\(place).url")
        guard let url = URL(string: written), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http",
              url.host?.isEmpty == false else {
            throw .invalidAddress(place: "\(place).url", reason: "not an absolute http(s) address")
        }
        self.url = url
        secret = try target.secret?.resolve(in: environment, for: "\(place).secret")
        switch target.kind {
        case .generic:
            guard let secret else {
                throw .invalidSecret(place: "\(place).secret", reason: "generic webhooks are signed; set a whsec_… secret")
            }
            signature = try StandardWebhookSignature(secret: secret, place: "\(place).secret")
        case .dingtalk, .feishu:
            if secret?.isEmpty == true { throw .invalidSecret(place: "\(place).secret", reason: "the secret is empty") }
        case .slack, .discord, .wecom:
            if secret != nil {
                throw .invalidSecret(place: "\(place).secret", reason: "\(target.kind.rawValue) webhooks take no secret; "
                    + "the address is the credential")
            }
        }
    }

    /// Text that must never be shown: the secret and the address's credential parts.
    var sensitiveTexts: [String] {
        [secret].compactMap { $0 } + Redactor.credentialParts(of: url)
    }
}

/// The mail target with its references read.
struct ResolvedEmailTarget: Sendable {
    var target: EmailTarget
    var server: URL
    var username: String?
    var password: String?
    var sender: String
    var recipients: [String]

    init(_ target: EmailTarget, compose: Composer.Configuration, environment: [String: String]) throws(DeliveryError) {
        self.target = target
        let place = "deliver.email"
        let written = try target.server.resolve(in: environment, for: "\(place).server")
        guard let server = URL(string: written), let scheme = server.scheme?.lowercased(),
              scheme == "smtp" || scheme == "smtps", server.host?.isEmpty == false else {
            throw .invalidAddress(place: "\(place).server",
                                  reason: "use smtps://host:465 (TLS) or smtp://host:587 (STARTTLS, required)")
        }
        self.server = server
        username = try target.username?.resolve(in: environment, for: "\(place).username")
        password = try target.password?.resolve(in: environment, for: "\(place).password")
        sender = target.sender ?? EmailAddress.bare(compose.from)
        recipients = (target.recipients.isEmpty ? compose.to : target.recipients).map(EmailAddress.bare)
        guard !recipients.isEmpty else {
            throw .invalidAddress(place: "\(place).to", reason: "no recipients; list them in deliver.email.to or compose.to")
        }
    }

    var sensitiveTexts: [String] {
        [password].compactMap { $0 } + Redactor.credentialParts(of: server)
    }
}

/// Addresses as written in headers ("Name <a@b>") and as SMTP wants them (a@b).
enum EmailAddress {
    static func bare(_ written: String) -> String {
        guard let open = written.lastIndex(of: "<"), let close = written.lastIndex(of: ">"), open < close else {
            return written.trimmingCharacters(in: .whitespaces)
        }
        return String(written[written.index(after: open)..<close])
    }
}
