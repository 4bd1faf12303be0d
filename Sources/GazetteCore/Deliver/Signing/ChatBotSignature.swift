import Foundation
import Crypto

/// The signatures of the Chinese chat platforms (standards.md §4–5). They differ in a way that is easy to get
/// wrong: Feishu keys the HMAC with `timestamp\nsecret` and signs nothing; DingTalk keys it with the secret and
/// signs `timestamp\nsecret`.
public enum ChatBotSignature {
    /// Feishu / Lark: `base64(HMAC-SHA256(key: "\(seconds)\n\(secret)", data: ""))`, with `timestamp` in seconds.
    public static func feishu(secret: String, timestamp seconds: Int) -> String {
        let key = SymmetricKey(data: Data("\(seconds)\n\(secret)".utf8))
        return Data(HMAC<SHA256>.authenticationCode(for: Data(), using: key)).base64EncodedString()
    }

    /// DingTalk: `base64(HMAC-SHA256(key: secret, data: "\(milliseconds)\n\(secret)"))`, not yet URL-encoded,
    /// with `timestamp` in milliseconds.
    public static func dingTalk(secret: String, timestamp milliseconds: Int) -> String {
        let key = SymmetricKey(data: Data(secret.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(milliseconds)\n\(secret)".utf8), using: key)
        return Data(mac).base64EncodedString()
    }

    /// `text` percent-encoded for a query value (`+`, `/` and `=` included).
    static func queryEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
