import Foundation
import GazetteCore

/// Takes the output folder's `RunLock` for a command that writes, saying so while it waits.
/// `GAZETTE_LOCK_TIMEOUT` (seconds, default 60) bounds the wait.
enum OutputLock {
    static func take(_ output: URL) throws -> RunLock {
        let seconds = ProcessInfo.processInfo.environment["GAZETTE_LOCK_TIMEOUT"].flatMap(Double.init) ?? 60
        do {
            return try RunLock(folder: output, timeout: .milliseconds(Int(seconds * 1000))) { holder in
                FileHandle.standardError.write(Data("waiting for another gazette process (\(holder)) to finish…\n".utf8))
            }
        } catch let busy as RunLock.Busy {
            throw CommandFailure(busy.description, status: .partialFailure)
        }
    }
}
