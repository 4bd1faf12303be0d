import Curl
import Foundation

/// What an attempt's outcome means: delivered, worth another try (after how long, when the server said), or
/// failed for good. Only transient failures are retried: network errors, timeouts, 408, 429 and 5xx, and the
/// platforms' own rate-limit codes; a 3xx or any other 4xx is final.
enum DeliveryVerdict: Sendable, Equatable {
    case delivered
    case retry(after: Duration?, reason: String)
    case failed(String)

    static func judge(_ result: Result<HTTPResponse, TransferError>, kind: WebhookKind?) -> DeliveryVerdict {
        switch result {
        case .failure(let error):
            return error.isTransient ? .retry(after: nil, reason: error.message) : .failed(error.message)
        case .success(let response):
            return judge(response, kind: kind)
        }
    }

    private static func judge(_ response: HTTPResponse, kind: WebhookKind?) -> DeliveryVerdict {
        let status = response.status
        switch status {
        case 200..<300:
            return kind.flatMap { platformError(in: response, kind: $0) } ?? .delivered
        case 300..<400:
            let location = response.header("Location").map { " to \($0)" } ?? ""
            return .failed("HTTP \(status): redirected\(location); redirects are not followed, update the webhook address")
        case 408, 429, 500..<600:
            return .retry(after: retryAfter(response), reason: "HTTP \(status)")
        case 410:
            return .failed("HTTP 410: the webhook is gone; remove or replace it")
        default:
            return .failed("HTTP \(status)")
        }
    }

    /// Feishu answers errors with HTTP 200 and a `code`; DingTalk and WeCom with an `errcode`.
    private static func platformError(in response: HTTPResponse, kind: WebhookKind) -> DeliveryVerdict? {
        let field: String
        let rateLimited: Set<Int>
        switch kind {
        case .feishu: (field, rateLimited) = ("code", [11232, 99_991_400])
        case .dingtalk: (field, rateLimited) = ("errcode", [130_101])
        case .wecom: (field, rateLimited) = ("errcode", [45009])
        case .generic, .slack, .discord: return nil
        }
        guard let object = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any],
              let code = (object[field] as? NSNumber)?.intValue, code != 0 else { return nil }
        let message = (object["msg"] ?? object["errmsg"]).map { "\($0)" } ?? ""
        let reason = "\(kind.rawValue) error \(code): \(message)"
        return rateLimited.contains(code) ? .retry(after: nil, reason: reason) : .failed(reason)
    }

    /// `Retry-After` in seconds or as an HTTP date, else Discord's `retry_after` (seconds, fractional) in the body.
    static func retryAfter(_ response: HTTPResponse) -> Duration? {
        if let header = response.header("Retry-After")?.trimmingCharacters(in: .whitespaces) {
            if let seconds = Double(header), seconds >= 0 { return .milliseconds(Int(seconds * 1000)) }
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
            if let date = formatter.date(from: header) {
                return .milliseconds(max(0, Int(date.timeIntervalSinceNow * 1000)))
            }
        }
        if let object = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any],
           let seconds = (object["retry_after"] as? NSNumber)?.doubleValue, seconds >= 0 {
            return .milliseconds(Int(seconds * 1000))
        }
        return nil
    }
}
