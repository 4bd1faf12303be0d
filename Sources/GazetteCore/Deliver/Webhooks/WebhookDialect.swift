import Foundation

/// How a platform's text is marked up, and how to write plain text and links in it safely.
enum WebhookDialect: Sendable {
    /// Slack mrkdwn: `<url|text>` links; `&`, `<` and `>` escaped as entities.
    case slackMarkdown
    /// The Markdown subset of DingTalk, WeCom, Feishu `lark_md` and Discord: `[text](url)` links; markup characters
    /// escaped with a backslash.
    case markdown

    /// `text` with nothing in it read as markup.
    func escape(_ text: String) -> String {
        switch self {
        case .slackMarkdown:
            return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
        case .markdown:
            var escaped = ""
            for character in text {
                if "\\`*_[]<>#|~".contains(character) { escaped.append("\\") }
                escaped.append(character)
            }
            return escaped
        }
    }

    /// A link to `url` showing `text`.
    func link(_ text: String, to url: URL) -> String {
        switch self {
        case .slackMarkdown:
            let label = escape(text).replacingOccurrences(of: "|", with: "¦")
            return "<\(Self.safeURL(url))|\(label)>"
        case .markdown:
            return "[\(escape(text))](\(Self.safeURL(url)))"
        }
    }

    /// Bold text.
    func bold(_ text: String) -> String {
        switch self {
        case .slackMarkdown: "*\(text)*"
        case .markdown: "**\(text)**"
        }
    }

    /// The address with the characters that would end a link written out as escapes.
    private static func safeURL(_ url: URL) -> String {
        var text = ""
        for scalar in url.absoluteString.unicodeScalars {
            switch scalar {
            case "(": text += "%28"
            case ")": text += "%29"
            case " ": text += "%20"
            case "<": text += "%3C"
            case ">": text += "%3E"
            case "|": text += "%7C"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }
}
