public import Foundation

/// The delivery log: one JSON object per line (`out/deliveries.jsonl`), appended after every attempt and flushed
/// to disk, so a crash loses at most the attempt in flight.
public final class DeliveryLog: DeliveryJournal, @unchecked Sendable {
    /// The log file.
    public let url: URL

    /// The file's path.
    public var location: String { url.path }
    private let lock = NSLock()

    /// A log at `url`; the file is created with the first record.
    public init(url: URL) {
        self.url = url
    }

    /// Every record, oldest first. Lines that are not records (a torn last line) are skipped.
    public func records() -> [DeliveryRecord] {
        lock.withLock {
            guard let data = try? Data(contentsOf: url) else { return [] }
            let decoder = Self.decoder
            return data.split(separator: UInt8(ascii: "\n")).compactMap { try? decoder.decode(DeliveryRecord.self, from: $0) }
        }
    }

    /// Appends `record` as one line.
    public func append(_ record: DeliveryRecord) throws {
        var line = try Self.encoder.encode(record)
        line.append(UInt8(ascii: "\n"))
        try lock.withLock {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if !FileManager.default.fileExists(atPath: url.path) {
                _ = FileManager.default.createFile(atPath: url.path, contents: nil)
            }
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: line)
            try handle.synchronize()
        }
    }

    /// The message ids already delivered (to skip them on the next send).
    public func deliveredMessageIDs() -> Set<String> {
        Set(records().filter { $0.outcome == .delivered }.map(\.messageID))
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    private static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()
}
