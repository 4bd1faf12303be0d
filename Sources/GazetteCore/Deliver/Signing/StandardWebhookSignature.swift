public import Foundation
import Crypto

/// Standard Webhooks signing (standards.md §1): HMAC-SHA256 over `id.timestamp.body` with the base64-decoded
/// `whsec_` secret, sent as `webhook-signature: v1,<base64>`.
public struct StandardWebhookSignature: Sendable {
    /// The decoded key bytes (kept as bytes: Crypto's `SymmetricKey` is not `Sendable`).
    private let key: Data

    /// Reads a `whsec_…` secret (the prefix is optional, padding may be missing); empty or non-base64 secrets are
    /// refused.
    public init(secret: String, place: String) throws(DeliveryError) {
        var encoded = secret.hasPrefix("whsec_") ? String(secret.dropFirst(6)) : secret
        guard !encoded.isEmpty else {
            throw .invalidSecret(place: place, reason: "the secret is empty; use a whsec_… secret of 24 to 64 random bytes")
        }
        encoded += String(repeating: "=", count: (4 - encoded.count % 4) % 4)
        guard let bytes = Data(base64Encoded: encoded), !bytes.isEmpty else {
            throw .invalidSecret(place: place, reason: "the secret is not base64 after 'whsec_'")
        }
        key = bytes
    }

    /// The `webhook-signature` value for one attempt.
    public func signature(id: String, timestamp: Int, body: Data) -> String {
        var message = Data("\(id).\(timestamp).".utf8)
        message.append(body)
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key))
        return "v1," + Data(mac).base64EncodedString()
    }

    /// The three headers for one attempt.
    public func headers(id: String, timestamp: Int, body: Data) -> [(name: String, value: String)] {
        [("webhook-id", id), ("webhook-timestamp", String(timestamp)),
         ("webhook-signature", signature(id: id, timestamp: timestamp, body: body))]
    }
}
