import Curl
import Foundation

/// Writes what a send would transmit, one file per target and part, with secrets redacted: the request line,
/// headers and exact body for webhooks; the envelope and message for mail.
struct DryRunWriter {
    let folder: URL
    private(set) var files: [String] = []

    init(folder: URL) {
        self.folder = folder
    }

    /// Removes the payloads of an earlier dry run.
    func clear() throws {
        if FileManager.default.fileExists(atPath: folder.path) {
            try FileManager.default.removeItem(at: folder)
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    mutating func write(target: WebhookTarget, built: BuiltIssue, deliverer: Deliverer) throws -> DeliveryReport.TargetResult {
        var result = DeliveryReport.TargetResult(name: target.name, kind: target.kind.rawValue, parts: 0, delivered: 0,
                                                 alreadyDelivered: 0, attempts: 0)
        do {
            let resolved = try ResolvedWebhookTarget(target, environment: deliverer.options.environment)
            let messages = try deliverer.payloads.messages(for: built.issue, target: target)
            guard !messages.isEmpty else {
                result.skipped = "no items in its themes"
                return result
            }
            let redactor = Redactor(secrets: resolved.sensitiveTexts)
            let factory = WebhookRequestFactory(target: resolved)
            result.parts = messages.count
            for (index, message) in messages.enumerated() {
                let id = WebhookRequestFactory.messageID(issue: built.key, number: built.issue.number,
                                                         target: target.name, part: index + 1)
                let request = factory.request(for: message, id: id, at: Date())
                var text = "\(request.method.rawValue) \(redactor.redact(request.url))\n"
                for header in request.headers + [("User-Agent", deliverer.options.userAgent)] {
                    text += "\(header.name): \(redactor.redact(header.value))\n"
                }
                text += "\n" + redactor.redact(String(decoding: request.body, as: UTF8.self)) + "\n"
                try save(text, as: "\(Self.fileName(target.name))-\(index + 1)of\(messages.count).http")
            }
        } catch let error as DeliveryError {
            result.failure = "\(error)"
        } catch let error as TemplateError {
            result.failure = "\(error)"
        }
        return result
    }

    mutating func write(email: EmailTarget, built: BuiltIssue, deliverer: Deliverer) throws -> DeliveryReport.TargetResult {
        var result = DeliveryReport.TargetResult(name: email.name, kind: "email", parts: 1, delivered: 0,
                                                 alreadyDelivered: 0, attempts: 0)
        do {
            let resolved = try ResolvedEmailTarget(email, compose: deliverer.compose,
                                                   environment: deliverer.options.environment)
            let redactor = Redactor(secrets: resolved.sensitiveTexts)
            var text = "SMTP \(redactor.redact(resolved.server))\n"
            if let username = resolved.username { text += "AUTH \(username) \(Redactor.mask)\n" }
            text += "MAIL FROM:<\(resolved.sender)>\n"
            text += resolved.recipients.map { "RCPT TO:<\($0)>\n" }.joined()
            text += "\n" + redactor.redact(String(decoding: built.message, as: UTF8.self))
            try save(text, as: "\(Self.fileName(email.name))-1of1.smtp")
        } catch let error as DeliveryError {
            result.failure = "\(error)"
        }
        return result
    }

    private mutating func save(_ text: String, as name: String) throws {
        let url = folder.appendingPathComponent(name)
        try AtomicFileWriter().write(Data(text.utf8), to: url)
        files.append(url.path)
    }

    private static func fileName(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
    }
}
