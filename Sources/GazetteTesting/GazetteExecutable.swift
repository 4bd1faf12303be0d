public import Foundation

/// Runs the built `gazette` binary, as a user would, and captures what it prints.
public struct GazetteExecutable: Sendable {
    /// What a run printed and how it ended.
    public typealias Run = ProcessOutput

    /// The binary: `GAZETTE_BINARY` if set, else `gazette` next to the test runner in the build folder.
    public let url: URL

    /// Locates the binary.
    public init() {
        if let path = ProcessInfo.processInfo.environment["GAZETTE_BINARY"] {
            url = URL(fileURLWithPath: path)
        } else {
            url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
                .appendingPathComponent("gazette")
        }
    }

    /// Runs `gazette` with `arguments` in `directory`, optionally through a wrapper command such as `setpriv`, with
    /// `environment` added to the test's own.
    public func run(
        _ arguments: [String], in directory: URL = Fixtures.repositoryRoot, wrapper: [String] = [],
        environment: [String: String] = [:]
    ) throws -> Run {
        try start(arguments, in: directory, wrapper: wrapper, environment: environment).finish()
    }

    /// Like `run`, but waits without blocking a thread, so that a server in the same process (a
    /// `LoopbackHTTPServer`) keeps answering while `gazette` talks to it.
    public func run(
        _ arguments: [String], in directory: URL = Fixtures.repositoryRoot, environment: [String: String] = [:]
    ) async throws -> Run {
        try await start(arguments, in: directory, environment: environment).finish()
    }

    /// Starts `gazette` with `arguments` (a server such as `gazette preview`, or a run to interrupt) and returns at once.
    public func start(
        _ arguments: [String], in directory: URL = Fixtures.repositoryRoot, wrapper: [String] = [],
        environment: [String: String] = [:]
    ) throws -> BackgroundProcess {
        try BackgroundProcess.start(wrapper + [url.path] + arguments, in: directory, environment: environment)
    }
}
