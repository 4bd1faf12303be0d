public import Foundation

/// Runs the built `gazette` binary, as a user would, and captures what it prints.
public struct GazetteExecutable: Sendable {
    /// What a run printed and how it ended.
    public struct Run: Sendable {
        /// The exit status.
        public var status: Int32
        /// Standard output as text.
        public var standardOutput: String
        /// Standard error as text.
        public var standardError: String
    }

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
        let (process, captures) = try start(arguments, in: directory, wrapper: wrapper, environment: environment)
        process.waitUntilExit()
        return try captures.run(status: process.terminationStatus)
    }

    /// Like `run`, but waits without blocking a thread, so that a server in the same process (a
    /// `LoopbackHTTPServer`) keeps answering while `gazette` talks to it.
    public func run(
        _ arguments: [String], in directory: URL = Fixtures.repositoryRoot, environment: [String: String] = [:]
    ) async throws -> Run {
        let (process, captures) = try start(arguments, in: directory, wrapper: [], environment: environment)
        while process.isRunning {
            try await Task.sleep(for: .milliseconds(20))
        }
        return try captures.run(status: process.terminationStatus)
    }

    private func start(
        _ arguments: [String], in directory: URL, wrapper: [String], environment: [String: String]
    ) throws -> (Process, Captures) {
        let process = Process()
        let command = wrapper + [url.path] + arguments
        process.executableURL = URL(fileURLWithPath: command[0].hasPrefix("/") ? command[0] : "/usr/bin/env")
        process.arguments = command[0].hasPrefix("/") ? Array(command.dropFirst()) : command
        process.currentDirectoryURL = directory
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        // Files, not pipes: a child that fills one pipe while the parent drains the other would deadlock.
        let captures = try Captures()
        process.standardOutput = try FileHandle(forWritingTo: captures.output)
        process.standardError = try FileHandle(forWritingTo: captures.errors)
        try process.run()
        return (process, captures)
    }

    /// The files a run's output goes to.
    private struct Captures {
        let folder: TemporaryDirectory
        let output: URL
        let errors: URL

        init() throws {
            folder = try TemporaryDirectory()
            output = try folder.write("", to: "stdout")
            errors = try folder.write("", to: "stderr")
        }

        func run(status: Int32) throws -> Run {
            Run(status: status, standardOutput: String(decoding: try Data(contentsOf: output), as: UTF8.self),
                standardError: String(decoding: try Data(contentsOf: errors), as: UTF8.self))
        }
    }
}
