import Foundation
import GazetteTesting

/// `gazette build` itself, in a new process, as a user runs it: a week's sources read, analyzed and selected, the
/// issue composed and written, and recorded in an archive that already holds years of issues. The release build of
/// the `gazette` product sits beside this benchmark's executable (`make bench` builds both).
struct GazetteBuildProcess {
    /// What one run took and how it ended.
    struct Run {
        var seconds: Double
        var status: Int32
        /// The build's archive summary (`Archive: issue …`), or the last line of its errors when it failed.
        var lastLine: String
    }

    /// Why the build could not be run.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The `gazette` executable beside this one, if it was built.
    static var executable: URL? {
        guard let benchmark = Bundle.main.executableURL else { return nil }
        let gazette = benchmark.deletingLastPathComponent().appendingPathComponent("gazette")
        return FileManager.default.isExecutableFile(atPath: gazette.path) ? gazette : nil
    }

    /// Runs `gazette build SOURCES --since 2000-01-01 --output OUTPUT` (the archive is OUTPUT/gazette.sqlite).
    static func run(sources: String, output: String) throws -> Run {
        guard let executable else {
            throw Failure(description: "no gazette executable beside the benchmark; build it with "
                + "`swift build -c release --product gazette` (make bench does)")
        }
        let (run, seconds) = try Stopwatch.time {
            try BackgroundProcess.start([executable.path, "build", sources, "--since", "2000-01-01",
                                         "--output", output]).finish()
        }
        let lines = (run.status == 0 ? run.standardOutput : run.standardError).split(separator: "\n")
        let summary = lines.last { $0.hasPrefix("Archive:") } ?? lines.last
        return Run(seconds: seconds, status: run.status, lastLine: String(summary ?? ""))
    }
}
