public import Foundation
import GRDB

/// The whole archive as one JSON document (`gazette archive export`), read back by `gazette archive import`.
struct ArchiveExport: Codable {
    /// The format's version; an import refuses a newer one.
    static let currentVersion = 1

    var format = "gazette-archive"
    var version = Self.currentVersion
    var exported: Date
    var articles: [ArticleRecord]
    /// Each issue's model (`document`) is written as its JSON text, not base64: see `encoder`.
    var issues: [IssueRecord]
    var issueItems: [IssueItemRecord]
    var deliveries: [DeliveryAttemptRecord]

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(timestampStyle.format(wholeMillisecond(date)))
        }
        // The only bytes in the export are issue models, which are UTF-8 JSON: written as text, readable.
        encoder.dataEncodingStrategy = .custom { data, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(String(decoding: data, as: UTF8.self))
        }
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = try? timestampStyle.parse(text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                        debugDescription: "'\(text)' is not an ISO 8601 time"))
            }
            return wholeMillisecond(date)
        }
        decoder.dataDecodingStrategy = .custom { decoder in
            Data(try decoder.singleValueContainer().decode(String.self).utf8)
        }
        return decoder
    }

    /// `date` at its nearest millisecond, the precision the database keeps, nudged a tenth of a millisecond up:
    /// formatters and the database truncate, and a binary fraction just under a millisecond (…16.100999) would
    /// otherwise read as the one before.
    static func wholeMillisecond(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000 + 0.0001)
    }

    /// ISO 8601 in UTC with milliseconds, the precision the database keeps.
    static let timestampStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
}

/// What an import added.
public struct ArchiveImportSummary: Sendable, Equatable {
    public var articles: Int
    public var issues: Int
    public var deliveries: Int
}

extension ArchiveDatabase {
    /// Everything in the archive as JSON.
    public func exportJSON(at now: Date = Date()) throws(ArchiveError) -> Data {
        let export = try readAll(now)
        do {
            return try ArchiveExport.encoder.encode(export)
        } catch {
            throw .failed(path: path, reason: "cannot encode the export: \(error)")
        }
    }

    private func readAll(_ now: Date) throws(ArchiveError) -> ArchiveExport {
        try read { db in
            ArchiveExport(exported: now,
                          articles: try ArticleRecord.order(ArticleRecord.Columns.id).fetchAll(db),
                          issues: try IssueRecord.order(IssueRecord.Columns.number).fetchAll(db),
                          issueItems: try IssueItemRecord.order(IssueItemRecord.Columns.issueNumber,
                                                                IssueItemRecord.Columns.articleID).fetchAll(db),
                          deliveries: try DeliveryAttemptRecord.order(Column("id")).fetchAll(db))
        }
    }

    /// Reads an export into this archive in one transaction: rows it lacks are added, rows it has are kept.
    /// An issue number held here by a different issue is an error, and nothing is imported.
    public func importJSON(_ data: Data, source: String) throws(ArchiveError) -> ArchiveImportSummary {
        let export: ArchiveExport
        do {
            export = try ArchiveExport.decoder.decode(ArchiveExport.self, from: data)
        } catch {
            throw .failed(path: source, reason: "not a Gazette archive export (\(error))")
        }
        guard export.format == "gazette-archive", export.version <= ArchiveExport.currentVersion else {
            throw .failed(path: source, reason: "export format \(export.format) version \(export.version) is not one this "
                + "Gazette reads (version \(ArchiveExport.currentVersion) or older); upgrade Gazette")
        }
        return try write { db in
            var summary = ArchiveImportSummary(articles: 0, issues: 0, deliveries: 0)
            for article in export.articles where try !article.exists(db) {
                try article.insert(db)
                summary.articles += 1
            }
            for issue in export.issues {
                if let existing = try IssueRecord.fetchOne(db, key: issue.number) {
                    guard existing.key == issue.key else {
                        throw ArchiveError.failed(path: source, reason: "issue \(issue.number) is \(issue.key) there but "
                            + "\(existing.key) here; import into a new archive (archive.path) instead")
                    }
                    continue
                }
                try issue.insert(db)
                summary.issues += 1
            }
            for item in export.issueItems where try !item.exists(db) {
                try item.insert(db)
            }
            let known = Set(try DeliveryAttemptRecord.fetchAll(db).map { "\($0.messageID)#\($0.attempt)#\($0.time)" })
            for delivery in export.deliveries where !known.contains("\(delivery.messageID)#\(delivery.attempt)#\(delivery.time)") {
                try delivery.insert(db)
                summary.deliveries += 1
            }
            return summary
        }
    }
}
