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

    /// Runs `gazette` with `arguments` in `directory`, optionally through a wrapper command such as `setpriv`.
    public func run(
        _ arguments: [String], in directory: URL = Fixtures.repositoryRoot, wrapper: [String] = []
    ) throws -> Run {
        let process = Process()
        let command = wrapper + [url.path] + arguments
        process.executableURL = URL(fileURLWithPath: command[0].hasPrefix("/") ? command[0] : "/usr/bin/env")
        process.arguments = command[0].hasPrefix("/") ? Array(command.dropFirst()) : command
        process.currentDirectoryURL = directory
        // Files, not pipes: a child that fills one pipe while the parent drains the other would deadlock.
        let captures = try TemporaryDirectory()
        let outputFile = try captures.write("", to: "stdout")
        let errorFile = try captures.write("", to: "stderr")
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   standardOutput: String(decoding: try Data(contentsOf: outputFile), as: UTF8.self),
                   standardError: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
    }
}
