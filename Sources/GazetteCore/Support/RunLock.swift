public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One writer at a time: an exclusive `flock(2)` on `<output>/.gazette.lock`, held while a command writes the
/// output folder and the archive. A second process waits for it, up to a limit, and then stops with a message that
/// names the holder. The kernel drops the lock when the holder exits, even when it is killed.
public final class RunLock: @unchecked Sendable {
    /// Why the lock was not taken.
    public struct Busy: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var holder: String
        public var waited: Duration

        public var description: String {
            "another gazette process (\(holder)) is writing to \(URL(fileURLWithPath: path).deletingLastPathComponent().path); "
                + "waited \(waited.roundedSeconds) for it. Try again when it has finished."
        }
    }

    private let descriptor: Int32
    /// The lock file.
    public let path: String

    /// Takes the lock on `folder/.gazette.lock`, waiting up to `timeout` for another holder; `waiting` is called
    /// once if it has to wait, with the holder's description.
    public init(folder: URL, timeout: Duration = .seconds(60), waiting: (String) -> Void = { _ in }) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent(".gazette.lock").path
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        let started = ContinuousClock.now
        var told = false
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let holder = Self.holder(path)
            guard ContinuousClock.now - started < timeout else {
                close(descriptor)
                throw Busy(path: path, holder: holder, waited: ContinuousClock.now - started)
            }
            if !told {
                waiting(holder)
                told = true
            }
            usleep(100_000)
        }
        let note = "pid \(getpid()), since \(ISO8601DateFormatter().string(from: Date()))\n"
        _ = ftruncate(descriptor, 0)
        _ = note.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    }

    deinit {
        _ = ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func holder(_ path: String) -> String {
        let text = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.flatMap { $0.isEmpty ? nil : $0 } ?? "pid unknown"
    }
}
