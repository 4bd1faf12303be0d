import Foundation
import GazetteCore

/// Incremental ingest on a synthetic corpus, as `gazette build` runs it: a first ingest that parses every file and
/// remembers it in a new archive database (the baseline), a rebuild with nothing changed in this process (its
/// articles checked against the first's), `repetitions` more in new processes (the goal's figure: the median), and
/// one after a file was edited. The edited file is put back, bytes and time, afterwards.
struct IncrementalBenchmark {
    /// How many rebuilds with nothing changed run in new processes.
    var repetitions = 1

    /// Failures that make the measurement meaningless.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The goal: a rebuild of 100k articles with nothing changed in under 2 s, scaled to other sizes.
    static func goalSeconds(_ size: Int) -> Double { 2.0 * Double(size) / 100_000 }

    func run(corpus: SyntheticCorpus, concurrency: Int) async throws -> [BenchmarkRow] {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("gazette-bench-incremental-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let databasePath = folder.appendingPathComponent("gazette.sqlite").path
        let archive = try ArchiveDatabase(path: databasePath)
        let options = IngestOptions(concurrency: concurrency)
        let size = corpus.articleCount

        let (first, firstSeconds) = try await Stopwatch.time {
            try await ingest(corpus, archive: archive, options: options)
        }
        let (second, secondSeconds, secondProcessorSeconds) = try await Stopwatch.timeWithProcessor {
            try await ingest(corpus, archive: archive, options: options)
        }
        guard second.articles == first.articles else {
            throw Failure(description: "the rebuild from the cache gave different articles than the first ingest")
        }
        let fresh = try freshProcessRebuilds(of: corpus, databasePath: databasePath, expected: second,
                                             concurrency: concurrency)
        let edited = try editOneFile(in: corpus.directory)
        defer { edited.restore() }
        let (third, thirdSeconds) = try await Stopwatch.time {
            try await ingest(corpus, archive: archive, options: options)
        }
        guard third.remembered.count == 1, third.reusedFileCount == third.files.count - 1 else {
            throw Failure(description: "after editing \(edited.url.path), \(third.remembered.count) file(s) were read "
                + "again and \(third.reusedFileCount) of \(third.files.count) reused; expected 1 and the rest")
        }
        let goal = Self.goalSeconds(size)
        let median = fresh[fresh.count / 2]
        let range = fresh.count == 1 ? "" : String(format: "; median of %d, %.2f–%.2f s", fresh.count,
                                                    fresh[0].report.seconds, fresh[fresh.count - 1].report.seconds)
        return [
            BenchmarkRow(size: size, phase: "first build's ingest (baseline)", seconds: firstSeconds,
                detail: "\(first.articles.count) articles from \(first.files.count) files parsed, hashed and stored",
                verdict: ""),
            BenchmarkRow(size: size, phase: "rebuild, nothing changed, in a new process", seconds: median.report.seconds,
                detail: String(format: "%d of %d files reused; %.1f%% of the baseline; processor %.2f s; the "
                               + "process's whole life %.2f s", median.report.reusedFileCount,
                               median.report.fileCount, median.report.seconds / firstSeconds * 100,
                               median.report.processorSeconds, median.processSeconds) + range,
                verdict: median.report.seconds < goal ? "PASS" : String(format: "FAIL: ≥ %.1f s", goal)),
            BenchmarkRow(size: size, phase: "rebuild, nothing changed, in this process", seconds: secondSeconds,
                detail: String(format: "the same, after the first ingest freed its memory; processor %.2f s; "
                               + "articles equal to the first ingest's", secondProcessorSeconds),
                verdict: ""),
            BenchmarkRow(size: size, phase: "rebuild, one file edited", seconds: thirdSeconds,
                detail: "the edited file parsed again, \(third.reusedFileCount) reused", verdict: ""),
        ]
    }

    /// `repetitions` rebuilds in new processes, fastest first, each checked against the rebuild in this process.
    private func freshProcessRebuilds(of corpus: SyntheticCorpus, databasePath: String, expected: IngestResult,
                                      concurrency: Int) throws
        -> [(report: FreshProcessRebuild.Report, processSeconds: Double)] {
        var runs: [(report: FreshProcessRebuild.Report, processSeconds: Double)] = []
        for _ in 1...max(1, repetitions) {
            let run = try FreshProcessRebuild.measure(folder: corpus.directory.path, database: databasePath,
                                                      concurrency: concurrency)
            guard run.report.articleCount == expected.articles.count,
                  run.report.reusedFileCount == expected.files.count else {
                throw Failure(description: "the rebuild in a new process found \(run.report.articleCount) articles "
                    + "and reused \(run.report.reusedFileCount) files; expected \(expected.articles.count) and "
                    + "\(expected.files.count)")
            }
            runs.append(run)
        }
        return runs.sorted { $0.report.seconds < $1.report.seconds }
    }

    /// One ingest through the archive's cache, storing what was read, as `gazette build` does.
    private func ingest(_ corpus: SyntheticCorpus, archive: ArchiveDatabase,
                        options: IngestOptions) async throws -> IngestResult {
        let result = try await Ingestor(options: options).ingest([corpus.directory.path]) { () throws(ArchiveError) in
            try archive.ingestCache(options: options)
        }
        try archive.storeIngested(result)
        return result
    }

    /// A file edited in place, and how to put it back.
    private struct EditedFile {
        var url: URL
        var original: Data
        var modified: Date

        func restore() {
            try? original.write(to: url)
            try? FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: url.path)
        }
    }

    /// Appends a paragraph to the first Markdown file of the corpus.
    private func editOneFile(in directory: URL) throws -> EditedFile {
        let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "md", let data = try? Data(contentsOf: url),
                  String(data: data, encoding: .utf8) != nil else { continue }
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            let edited = EditedFile(url: url, original: data,
                                    modified: attributes[.modificationDate] as? Date ?? Date())
            try (data + Data("\n\nA paragraph added by the incremental benchmark.\n".utf8)).write(to: url)
            return edited
        }
        throw Failure(description: "no UTF-8 Markdown file in \(directory.path) to edit")
    }

    func render(_ rows: [BenchmarkRow]) -> String {
        BenchmarkRow.table(rows, footnote: "Goal: a rebuild with nothing changed under 2 s for 100k articles (scaled "
            + "to other sizes). Each ingest loads the remembered files from the archive database, lists and stats every "
            + "file, and stores what was read again; the rows after the first reuse a file unread when its size and "
            + "time are unchanged. The goal is judged on the rebuild in a new process, as a second `gazette build` "
            + "runs it (timed inside it, from opening the archive to storing what was read).")
    }
}
