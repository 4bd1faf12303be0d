import GazetteCore

/// One build of the current issue, everything the preview shows.
struct PreviewRendering: Sendable {
    /// A webhook message as a platform would receive it.
    struct Payload: Sendable {
        var title: String
        var json: String
    }

    var subject: String
    var web: String
    var email: String
    var text: String
    /// The issue and templates, for the webhook payloads, which are built only when the page asks for them
    /// (they take longer than the rest, and the first view should not wait for them).
    var issue: Issue
    var templates: TemplateLibrary
    /// The configured webhooks (`deliver.targets`), whose payloads the page shows.
    var targets: [WebhookTarget]
    /// How long the build took, for the page's header.
    var milliseconds: Int

    /// Each configured webhook's messages for the issue, in order, as a send would post them (only its themes'
    /// sections). With no webhook configured, every platform's, as a sample of what each would receive.
    func payloads() throws -> [Payload] {
        let payloads = WebhookPayloads(templates: templates)
        guard !targets.isEmpty else {
            return try WebhookKind.allCases.flatMap { kind in
                Self.shown(try payloads.messages(for: issue, kind: kind),
                           title: "\(kind.rawValue) (a sample: no webhook is configured in deliver.targets)")
            }
        }
        return try targets.flatMap { target in
            let messages = try payloads.messages(for: issue, target: target)
            let title = "\(target.name) (\(target.kind.rawValue))"
            guard !messages.isEmpty else {
                return [Payload(title: title + ": nothing to send, no items in its themes", json: "")]
            }
            return Self.shown(messages, title: title)
        }
    }

    private static func shown(_ messages: [JSONValue], title: String) -> [Payload] {
        messages.enumerated().map { index, message in
            Payload(title: "\(title) \(index + 1)/\(messages.count)", json: String(decoding: message.data, as: UTF8.self))
        }
    }
}

/// What the preview shows now: the last good rendering, and the error of the last build if it failed.
struct PreviewSnapshot: Sendable {
    var version: Int
    var rendering: PreviewRendering?
    var error: String?
}
