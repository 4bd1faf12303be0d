import Foundation

/// Runs Python 3 (the system's `python3`) for the checks that use a real third-party implementation: the `email`
/// package, `standardwebhooks`, `aiosmtpd`, `feedparser`, the DevTools protocol.
public enum Python {
    /// What a script printed and how it ended.
    public typealias Run = ProcessOutput

    /// Runs `script` with `arguments` and waits for it.
    public static func run(_ script: String, arguments: [String] = [], environment: [String: String] = [:]) throws -> Run {
        try start(script, arguments: arguments, environment: environment).finish()
    }

    /// Starts `script` (a server, say) and returns at once.
    public static func start(_ script: String, arguments: [String] = [],
                             environment: [String: String] = [:]) throws -> BackgroundProcess {
        try BackgroundProcess.start(["python3", "-u", "-c", script] + arguments, environment: environment)
    }
}
