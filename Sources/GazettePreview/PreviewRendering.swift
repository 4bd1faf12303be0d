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
    /// How long the build took, for the page's header.
    var milliseconds: Int

    /// Every platform's messages for the issue, in order.
    func payloads() throws -> [Payload] {
        let payloads = WebhookPayloads(templates: templates)
        var shown: [Payload] = []
        for kind in WebhookKind.allCases {
            let messages = try payloads.messages(for: issue, kind: kind)
            for (index, message) in messages.enumerated() {
                shown.append(Payload(title: "\(kind.rawValue) \(index + 1)/\(messages.count)",
                                     json: String(decoding: message.data, as: UTF8.self)))
            }
        }
        return shown
    }
}

/// What the preview shows now: the last good rendering, and the error of the last build if it failed.
struct PreviewSnapshot: Sendable {
    var version: Int
    var rendering: PreviewRendering?
    var error: String?
}
