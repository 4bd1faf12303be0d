public import Foundation

/// What a finished process printed and how it ended.
public struct ProcessOutput: Sendable {
    /// The exit status.
    public var status: Int32
    /// Standard output as text.
    public var standardOutput: String
    /// Standard error as text.
    public var standardError: String
}

/// A process a test starts (a server, the `gazette` binary, a Python script), its output captured in files while it
/// runs. Files, not pipes: a child that fills one pipe while the parent drains the other would deadlock.
public final class BackgroundProcess: @unchecked Sendable {
    public let process: Process
    private let captures: TemporaryDirectory

    private init(process: Process, captures: TemporaryDirectory) {
        self.process = process
        self.captures = captures
    }

    /// Starts `command` (an absolute path, or a name found through `/usr/bin/env`) in `directory`, with
    /// `environment` added to the test's own, and returns at once.
    public static func start(_ command: [String], in directory: URL? = nil,
                             environment: [String: String] = [:]) throws -> BackgroundProcess {
        let process = Process()
        let absolute = command.first?.hasPrefix("/") ?? false
        process.executableURL = URL(fileURLWithPath: absolute ? command[0] : "/usr/bin/env")
        process.arguments = absolute ? Array(command.dropFirst()) : command
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let captures = try TemporaryDirectory()
        process.standardOutput = try FileHandle(forWritingTo: try captures.write("", to: "stdout"))
        process.standardError = try FileHandle(forWritingTo: try captures.write("", to: "stderr"))
        try process.run()
        return BackgroundProcess(process: process, captures: captures)
    }

    /// What it printed so far.
    public func output() -> String {
        (try? String(contentsOf: captures.url.appendingPathComponent("stdout"), encoding: .utf8)) ?? ""
    }

    /// What it printed on standard error so far.
    public func errors() -> String {
        (try? String(contentsOf: captures.url.appendingPathComponent("stderr"), encoding: .utf8)) ?? ""
    }

    /// Waits for it to end, blocking this thread.
    public func finish() -> ProcessOutput {
        process.waitUntilExit()
        return ProcessOutput(status: process.terminationStatus, standardOutput: output(), standardError: errors())
    }

    /// Waits for it to end without blocking a thread, so that a server in the same process (a
    /// `LoopbackHTTPServer`) keeps answering meanwhile.
    public func finish() async throws -> ProcessOutput {
        while process.isRunning {
            try await Task.sleep(for: .milliseconds(20))
        }
        return ProcessOutput(status: process.terminationStatus, standardOutput: output(), standardError: errors())
    }

    /// Waits until it prints a line starting with `prefix` and returns the rest of that line.
    public func waitForLine(startingWith prefix: String, timeout: Duration = .seconds(10)) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let line = output().split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) {
                return String(line.dropFirst(prefix.count))
            }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey:
            "the process never printed '\(prefix)'; stderr: \(errors())"])
    }

    /// Stops it: SIGTERM, then SIGKILL after a second. (A child started from the test process can inherit a
    /// blocked SIGTERM, so waiting on SIGTERM alone can hang.)
    public func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(1)
        while process.isRunning, Date() < deadline {
            usleep(20_000)
        }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
    }

    deinit {
        stop()
    }
}
