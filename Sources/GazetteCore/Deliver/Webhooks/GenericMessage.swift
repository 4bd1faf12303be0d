import Foundation

/// The generic webhook's body: the issue document in the Standard Webhooks' recommended envelope,
/// `{"type": "issue.published", "timestamp": …, "data": {…}}`. One message; receivers get the whole issue.
enum GenericMessage {
    static func message(for issue: Issue) throws(TemplateError) -> JSONValue {
        let data: Data
        do {
            data = try Issue.jsonEncoder().encode(issue)
        } catch {
            throw TemplateError(file: "issue.json", message: "the issue cannot be encoded: \(error)")
        }
        return .object([
            ("type", .string("issue.published")),
            ("timestamp", .string(issue.generated.formatted(.iso8601))),
            ("data", .encoded(data)),
        ])
    }
}
