import Foundation
import GRDB

/// A row of `delivery`: one attempt to deliver one part of an issue to one target (a `DeliveryRecord`).
struct DeliveryAttemptRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "delivery"

    var issue: String
    var number: Int
    var target: String
    var kind: String
    var part: Int
    var parts: Int
    var messageID: String
    var attempt: Int
    var time: Date
    /// `delivered`, `retrying` or `failed`.
    var outcome: String
    var status: Int?
    var latencyMilliseconds: Int?
    var error: String?
    var response: String?

    init(_ record: DeliveryRecord) {
        issue = record.issue
        number = record.number
        target = record.target
        kind = record.kind
        part = record.part
        parts = record.parts
        messageID = record.messageID
        attempt = record.attempt
        time = record.time
        outcome = record.outcome.rawValue
        status = record.status
        latencyMilliseconds = record.latencyMilliseconds
        error = record.error
        response = record.response
    }

    /// Whether the table already holds this attempt: the same message, attempt number and time.
    func isStored(_ db: Database) throws -> Bool {
        try Self.filter(Column("messageID") == messageID && Column("attempt") == attempt && Column("time") == time)
            .fetchCount(db) > 0
    }

    var model: DeliveryRecord {
        var record = DeliveryRecord(issue: issue, number: number, target: target, kind: kind, part: part, parts: parts,
                                    messageID: messageID, attempt: attempt, time: time,
                                    outcome: DeliveryRecord.Outcome(rawValue: outcome) ?? .failed, error: error)
        record.status = status
        record.latencyMilliseconds = latencyMilliseconds
        record.response = response
        return record
    }
}
