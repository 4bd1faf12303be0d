import Foundation
import GazetteCore
import GazetteTesting

/// A rebuild with nothing changed, run in a new process of this benchmark, as a second `gazette build` runs its
/// ingest: the archive opened, the remembered files loaded, every file listed, the unchanged ones decoded from the
/// archive. In the benchmark's own process a rebuild reuses memory the earlier runs freed, where a new process has
/// to fault in every page it fills; the fresh process is what a user waits for.
enum FreshProcessRebuild {
    /// The first argument that makes the benchmark run one rebuild and print its report, rather than the tables.
    static let flag = "--fresh-process-rebuild"

    /// What the new process measured, printed as one line of JSON.
    struct Report: Codable {
        /// Opening the archive, loading the cache, and the ingest with what it stores.
        var seconds: Double
        /// Processor time (user and system, all threads) over the same span.
        var processorSeconds: Double
        var articleCount: Int
        var fileCount: Int
        var reusedFileCount: Int
    }

    /// Failures that make the measurement meaningless.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// In the new process: `arguments` are the corpus folder, the archive database and the concurrency. Returns the
    /// exit status.
    static func runInThisProcess(_ arguments: [String]) async -> Int32 {
        guard arguments.count == 3, let concurrency = Int(arguments[2]) else {
            Console.log("usage: Benchmarks \(flag) FOLDER DATABASE CONCURRENCY")
            return 2
        }
        let options = IngestOptions(concurrency: concurrency)
        do {
            let (result, seconds, processorSeconds) = try await Stopwatch.timeWithProcessor {
                let archive = try ArchiveDatabase(path: arguments[1])
                let result = try await Ingestor(options: options).ingest([arguments[0]]) {
                    () throws(ArchiveError) in try archive.ingestCache(options: options)
                }
                try archive.storeIngested(result)
                return result
            }
            let report = Report(seconds: seconds, processorSeconds: processorSeconds,
                                articleCount: result.articles.count, fileCount: result.files.count,
                                reusedFileCount: result.reusedFileCount)
            Console.output(String(decoding: try JSONEncoder().encode(report), as: UTF8.self))
            return 0
        } catch {
            Console.log("error: \(error)")
            return 1
        }
    }

    /// Runs one rebuild of `folder` through `database` in a new process and returns its report, with the new
    /// process's whole life (start, rebuild, exit) in wall-clock seconds.
    static func measure(folder: String, database: String,
                        concurrency: Int) throws -> (report: Report, processSeconds: Double) {
        guard let executable = Bundle.main.executableURL else {
            throw Failure(description: "cannot tell where this benchmark's executable is, to start it again")
        }
        let (run, seconds) = try Stopwatch.time {
            try BackgroundProcess.start([executable.path, flag, folder, database, String(concurrency)]).finish()
        }
        guard run.status == 0,
              let report = try? JSONDecoder().decode(Report.self, from: Data(run.standardOutput.utf8)) else {
            throw Failure(description: "the rebuild in a new process failed (status \(run.status)): "
                + run.standardOutput + run.standardError)
        }
        return (report, seconds)
    }
}
