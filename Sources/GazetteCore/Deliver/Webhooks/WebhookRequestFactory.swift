import Crypto
import Curl
import Foundation

/// Turns one message for one target into the HTTP request of one attempt: the body, and a timestamp and signature
/// fresh for this attempt; the id stays the same across attempts.
struct WebhookRequestFactory: Sendable {
    let target: ResolvedWebhookTarget

    func request(for message: JSONValue, id: String, at date: Date) -> HTTPRequest {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        var url = target.url
        var body = message
        var headers: [(name: String, value: String)] = [("Content-Type", "application/json; charset=utf-8")]
        switch target.target.kind {
        case .generic:
            if let signature = target.signature {
                headers += signature.headers(id: id, timestamp: seconds, body: body.data)
            }
        case .feishu:
            if let secret = target.secret {
                body = body.setting("timestamp", to: .string(String(seconds)))
                    .setting("sign", to: .string(ChatBotSignature.feishu(secret: secret, timestamp: seconds)))
            }
        case .dingtalk:
            if let secret = target.secret {
                let milliseconds = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
                let sign = ChatBotSignature.queryEncoded(ChatBotSignature.dingTalk(secret: secret, timestamp: milliseconds))
                url = Self.appending("timestamp=\(milliseconds)&sign=\(sign)", to: url)
            }
        case .discord:
            // Without wait=true Discord answers 204 even when it drops the message.
            url = Self.appending("wait=true", to: url)
        case .slack, .wecom:
            break
        }
        return HTTPRequest(method: .post, url: url, headers: headers, body: body.data)
    }

    /// The `webhook-id`: the same for the same issue, target and part, on every attempt and every run; no `.`.
    static func messageID(issue: String, number: Int, target: String, part: Int) -> String {
        let digest = SHA256.hash(data: Data("\(issue)|\(number)|\(target)|\(part)".utf8))
        return "msg_" + digest.prefix(16).hexEncoded
    }

    private static func appending(_ query: String, to url: URL) -> URL {
        let text = url.absoluteString
        return URL(string: text + (text.contains("?") ? "&" : "?") + query) ?? url
    }
}
