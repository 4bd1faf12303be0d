import Foundation
import Synchronization

/// One issue's messages per platform and theme filter, built once however many targets share them: two hundred
/// Slack targets render the items through the templates once, not two hundred times.
final class MessageCache: Sendable {
    private struct Key: Hashable {
        var kind: WebhookKind
        var themes: [Theme]?
    }

    private let payloads: WebhookPayloads
    private let issue: Issue
    private let built = Mutex<[Key: Result<[JSONValue], TemplateError>]>([:])

    init(payloads: WebhookPayloads, issue: Issue) {
        self.payloads = payloads
        self.issue = issue
    }

    /// The issue restricted to `themes` (all when nil): empty when none of its items is in them.
    func issue(themes: [Theme]?) -> Issue {
        issue.restricted(to: themes)
    }

    /// The messages a `kind` target filtered to `themes` receives, in order.
    func messages(kind: WebhookKind, themes: [Theme]?) throws(TemplateError) -> [JSONValue] {
        let key = Key(kind: kind, themes: themes)
        let result = built.withLock { cache in
            if let known = cache[key] { return known }
            let issue = issue.restricted(to: themes)
            let made = Result { () throws(TemplateError) in try payloads.messages(for: issue, kind: kind) }
            cache[key] = made
            return made
        }
        return try result.get()
    }
}
