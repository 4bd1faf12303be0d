import ArgumentParser

/// The exit statuses `gazette` documents.
enum ExitStatus: Int32 {
    /// Everything was read and done.
    case success = 0
    /// Some input was skipped or some work failed; the rest was done. Also any warning under `--strict`.
    case partialFailure = 1
    /// The command line was wrong.
    case usage = 2

    var exitCode: ExitCode { ExitCode(rawValue) }
}
