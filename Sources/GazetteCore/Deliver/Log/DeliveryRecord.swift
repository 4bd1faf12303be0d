public import Foundation

/// One attempt to deliver one part of an issue to one target, as the delivery log keeps it.
public struct DeliveryRecord: Sendable, Hashable, Codable {
    /// How the attempt ended.
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// The target accepted the part.
        case delivered
        /// It failed in a way worth retrying, and a retry follows.
        case retrying
        /// It failed for good (or the last retry failed); the part was not delivered.
        case failed
    }

    /// The issue's folder name (`2024-W52`, `2024-W52-research`).
    public var issue: String
    public var number: Int
    public var target: String
    /// `generic`, `slack`, … or `email`.
    public var kind: String
    /// The part, from 1, and how many the issue has for this target.
    public var part: Int
    public var parts: Int
    /// The `webhook-id` or `Message-ID`: the same on every attempt.
    public var messageID: String
    /// The attempt, from 1; 0 when the target could not be attempted at all (a missing variable, say).
    public var attempt: Int
    public var time: Date
    public var outcome: Outcome
    /// The HTTP status, or the SMTP reply code.
    public var status: Int?
    /// From sending the request to the end of the response.
    public var latencyMilliseconds: Int?
    /// What went wrong, secrets redacted.
    public var error: String?
    /// The start of the response body, secrets redacted.
    public var response: String?
}
