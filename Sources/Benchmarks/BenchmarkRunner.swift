import Foundation
import GazetteCore

/// Runs both phases on one corpus size: prepares the corpus, warms the page cache, then runs rounds of one read-only
/// baseline run followed by one ingest run, checking every ingest's article count.
///
/// The rounds alternate the phases so that each ingest run is compared with a baseline run made moments before it:
/// this machine's speed drifts over seconds, and with every baseline run first, a slow spell during the ingest runs
/// (or a fast one during the baseline's) moved the 10k ratio from 3.9x to 6.0x between three runs of one binary.
///
/// There are `repetitions` rounds, and more while the rounds so far took less than `minimumSeconds` (at most
/// `maximumRounds`): a 10k baseline run takes 70 ms, and one stall in three runs decided the median; the 100k rounds'
/// single ratios ranged from 3.5x to 5.3x. So the 10k corpus runs 15 rounds and the 100k corpus four or five.
struct BenchmarkRunner: Sendable {
    /// Ingest found a different number of articles than the corpus holds.
    struct CountMismatch: Error, CustomStringConvertible {
        var description: String
    }

    var repetitions: Int
    var memory: PeakMemory.Mode
    /// Rounds go on past `repetitions` until they have taken this long in all.
    var minimumSeconds = Self.defaultMinimumSeconds
    static let defaultMinimumSeconds = 20.0
    /// The most rounds run for one corpus.
    var maximumRounds = 15
    /// The same concurrency for both phases: Gazette's default.
    var concurrency = IngestOptions().concurrency

    func run(size: Int) async throws -> BenchmarkTable.Pair {
        let corpus = SyntheticCorpus(articleCount: size)
        Console.log("corpus-\(size): preparing \(corpus.directory.path)")
        let start = ContinuousClock.now
        let (manifest, reused) = try await corpus.prepare(concurrency: concurrency)
        let written = "written in " + Self.text((ContinuousClock.now - start).seconds) + " s"
        Console.log("corpus-\(size): \(reused ? "reused" : written); " + manifest.summary)
        _ = await ReadOnlyBaseline(concurrency: concurrency).run(corpus.directory)
        var baseline = PhaseSummary(size: size, phase: .baseline, runs: [])
        var ingest = PhaseSummary(size: size, phase: .ingest, runs: [])
        let roundsStart = ContinuousClock.now
        var round = 0
        while round < repetitions
            || (round < maximumRounds && (ContinuousClock.now - roundsStart).seconds < minimumSeconds) {
            round += 1
            // Ingest's result is released before the baseline's run, and `measure` gives its freed heap back
            // (`malloc_trim`) before resetting the peak, so the baseline's peak is not ingest's.
            baseline.runs.append(await measureBaseline(corpus.directory, manifest: manifest))
            Console.log("corpus-\(size): read-only run \(round): " + Self.describe(baseline.runs.last))
            ingest.runs.append(try await measureIngest(corpus.directory, manifest: manifest, logs: round == 1))
            Console.log("corpus-\(size): ingest run \(round): " + Self.describe(ingest.runs.last))
        }
        return BenchmarkTable.Pair(baseline: baseline, ingest: ingest)
    }

    private func measureBaseline(_ folder: URL, manifest: CorpusManifest) async -> PhaseMeasurement {
        let reader = ReadOnlyBaseline(concurrency: concurrency)
        let (outcome, baselineMeasurement) = await measure { await reader.run(folder) }
        if outcome.failures > 0 { Console.log("read-only baseline: \(outcome.failures) files could not be read") }
        Console.log("read-only: listing \(outcome.files) files took \(Self.text(outcome.listingSeconds)) s")
        var measurement = baselineMeasurement
        measurement.articles = manifest.articles
        measurement.bytes = outcome.bytes
        return measurement
    }

    private func measureIngest(_ folder: URL, manifest: CorpusManifest, logs: Bool) async throws -> PhaseMeasurement {
        let options = IngestOptions(concurrency: concurrency)
        let (result, ingestMeasurement) = await measure { await Ingestor(options: options).ingest([folder.path]) }
        let check = IngestCheck(result)
        if logs {
            Console.log("ingest: " + check.summary)
            check.remarks(against: manifest).forEach { Console.log("ingest: " + $0) }
        }
        guard check.articles == manifest.uniqueArticles else {
            throw CountMismatch(description: "ARTICLE COUNT MISMATCH in \(folder.path): ingest found "
                + "\(check.articles) articles, expected \(manifest.uniqueArticles) (\(manifest.articles) written "
                + "minus \(manifest.duplicates) planted duplicates). " + check.summary)
        }
        var measurement = ingestMeasurement
        measurement.articles = check.articles
        measurement.bytes = check.bytes
        return measurement
    }

    /// Runs `body` once: its value, and its wall-clock time and resident memory (articles and bytes are
    /// left for the caller). The value is returned before anything else is done with it, so turning it into
    /// numbers is not timed.
    private func measure<Value>(_ body: () async -> Value) async -> (Value, PhaseMeasurement) {
        if memory == .perPhase { PeakMemory.resetHighWater() }
        let startBytes = PeakMemory.residentBytes()
        let (value, seconds, processorSeconds) = await Stopwatch.timeWithProcessor(body)
        let peak = memory == .unavailable ? nil : PeakMemory.highWaterBytes()
        PeakMemory.trimHeap()
        return (value, PhaseMeasurement(seconds: seconds, articles: 0, bytes: 0, peakBytes: peak,
                                        startBytes: startBytes, endBytes: PeakMemory.residentBytes(),
                                        processorSeconds: processorSeconds))
    }

    /// `1.234 s, processor 2.345 s (peak 567 MB; resident 89 MB at start, 450 MB at the end)` for the log.
    private static func describe(_ run: PhaseMeasurement?) -> String {
        guard let run else { return "?" }
        let megabytes = { (bytes: Int?) in bytes.map { String($0 / 1_000_000) } ?? "?" }
        return "\(text(run.seconds)) s, processor \(text(run.processorSeconds)) s "
            + "(peak \(megabytes(run.peakBytes)) MB; resident "
            + "\(megabytes(run.startBytes)) MB at start, \(megabytes(run.endBytes)) MB at the end)"
    }

    private static func text(_ seconds: Double?) -> String {
        seconds.map { String(format: "%.3f", $0) } ?? "?"
    }
}
