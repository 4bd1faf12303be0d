import Foundation
import GazetteCore

/// The output folder of a command that writes (`build`, `send`, `archive rebuild|import`): locked against other
/// gazette processes first, then its archive opened. Keep it alive until the command is done
/// (`defer { withExtendedLifetime(output) {} }`): the lock goes with it. `GAZETTE_LOCK_TIMEOUT` (seconds, default 60)
/// bounds the wait for another process.
struct WritableOutput {
    let directory: URL
    let archive: ArchiveDatabase
    private let lock: RunLock

    init(_ configuration: GazetteConfiguration, output: String?) throws {
        directory = Self.directory(configuration, output: output)
        lock = try Self.lock(directory)
        archive = try ArchiveDatabase.open(for: configuration, output: directory)
    }

    /// The output folder: `--output`, else the configured one.
    static func directory(_ configuration: GazetteConfiguration, output: String?) -> URL {
        URL(fileURLWithPath: output ?? configuration.outputDirectory, isDirectory: true)
    }

    private static func lock(_ directory: URL) throws -> RunLock {
        let seconds = ProcessInfo.processInfo.environment["GAZETTE_LOCK_TIMEOUT"].flatMap(Double.init) ?? 60
        do {
            return try RunLock(folder: directory, timeout: .milliseconds(Int(seconds * 1000))) { holder in
                FileHandle.standardError.write(Data("waiting for another gazette process (\(holder)) to finish…\n".utf8))
            }
        } catch let busy as RunLock.Busy {
            throw CommandFailure(busy.description, status: .partialFailure)
        }
    }
}
