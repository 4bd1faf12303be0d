public import Foundation

/// Runs Python 3 (the system's `python3`) for the checks that use a real third-party implementation: the `email`
/// package, `standardwebhooks`, `aiosmtpd`.
public enum Python {
    /// What a script printed and how it ended.
    public struct Run: Sendable {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
    }

    /// Runs `script` with `arguments` and waits for it.
    public static func run(_ script: String, arguments: [String] = [], environment: [String: String] = [:]) throws -> Run {
        let process = try start(script, arguments: arguments, environment: environment)
        process.process.waitUntilExit()
        return Run(status: process.process.terminationStatus, standardOutput: process.output(),
                   standardError: process.errors())
    }

    /// A script running in the background (a server).
    public final class Background: @unchecked Sendable {
        public let process: Process
        private let captures: TemporaryDirectory

        init(process: Process, captures: TemporaryDirectory) {
            self.process = process
            self.captures = captures
        }

        /// What it printed so far.
        public func output() -> String {
            (try? String(contentsOf: captures.url.appendingPathComponent("stdout"), encoding: .utf8)) ?? ""
        }

        /// What it printed on standard error so far.
        public func errors() -> String {
            (try? String(contentsOf: captures.url.appendingPathComponent("stderr"), encoding: .utf8)) ?? ""
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
                "the script never printed '\(prefix)'; stderr: \(errors())"])
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

    /// Starts `script` and returns at once.
    public static func start(_ script: String, arguments: [String] = [], environment: [String: String] = [:]) throws -> Background {
        let captures = try TemporaryDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-u", "-c", script] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = try FileHandle(forWritingTo: try captures.write("", to: "stdout"))
        process.standardError = try FileHandle(forWritingTo: try captures.write("", to: "stderr"))
        try process.run()
        return Background(process: process, captures: captures)
    }
}
