import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The read-only baseline: lists the same files ingest reads and reads every file's bytes with the same
/// concurrency, doing nothing with them. Ingest cannot be faster than this on the same machine.
struct ReadOnlyBaseline: Sendable {
    /// What was read.
    struct Outcome: Sendable {
        var files = 0
        var bytes = 0
        var failures = 0
        /// Seconds spent listing the folder, before the first read.
        var listingSeconds = 0.0
    }

    let concurrency: Int

    func run(_ folder: URL) async -> Outcome {
        let start = ContinuousClock.now
        let files = Self.files(in: folder)
        let listingSeconds = (ContinuousClock.now - start).seconds
        return await withTaskGroup(of: Int?.self) { group in
            var outcome = Outcome(listingSeconds: listingSeconds)
            var next = 0
            while next < min(concurrency, files.count) {
                let url = files[next]
                group.addTask { Self.read(url) }
                next += 1
            }
            while let bytes = await group.next() {
                outcome.files += 1
                if let bytes { outcome.bytes += bytes } else { outcome.failures += 1 }
                if next < files.count {
                    let url = files[next]
                    group.addTask { Self.read(url) }
                    next += 1
                }
            }
            return outcome
        }
    }

    private static func read(_ url: URL) -> Int? {
        (try? Data(contentsOf: url))?.count
    }

    /// Regular, non-hidden files under `folder`, sorted by path: the files Gazette's scanner finds. Each is
    /// checked with `stat(2)` rather than `URL.resourceValues`, which costs about 50 µs a file on Linux:
    /// that is ingest's overhead, not part of getting the bytes.
    static func files(in folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil,
                                                              options: [.skipsHiddenFiles])
        else { return [] }
        var paths: [String] = []
        for case let url as URL in enumerator {
            let path = url.path
            if isRegularFile(path) { paths.append(path) }
        }
        // Sorted by the path strings: `URL.path` inside the comparison would be computed n log n times.
        return paths.sorted().map { URL(fileURLWithPath: $0, isDirectory: false) }
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }
}
