import Foundation

/// Renders, encodes and writes planned corpus files, several at once.
struct CorpusWriter: Sendable {
    /// What was written: total bytes and files per encoding.
    struct Totals: Sendable {
        var bytes = 0
        var encodings: [String: Int] = [:]
    }

    let directory: URL
    let seed: UInt64
    let concurrency: Int

    func write(_ files: [CorpusFile]) async throws -> Totals {
        try await withThrowingTaskGroup(of: (Int, CorpusEncoding).self) { group in
            var totals = Totals()
            var next = 0
            while next < min(max(1, concurrency), files.count) {
                let file = files[next]
                group.addTask { try write(file) }
                next += 1
            }
            while let (bytes, encoding) = try await group.next() {
                totals.bytes += bytes
                totals.encodings[encoding.rawValue, default: 0] += 1
                if next < files.count {
                    let file = files[next]
                    group.addTask { try write(file) }
                    next += 1
                }
            }
            return totals
        }
    }

    /// Writes one file; its size and encoding.
    private func write(_ file: CorpusFile) throws -> (Int, CorpusEncoding) {
        let data = try file.encoding.encode(file.render(seed: seed))
        try data.write(to: directory.appendingPathComponent(file.relativePath))
        return (data.count, file.encoding)
    }
}
