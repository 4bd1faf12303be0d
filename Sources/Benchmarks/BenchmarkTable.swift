import Foundation

/// The benchmark's results as a Markdown table, one baseline and one ingest row per corpus size.
struct BenchmarkTable {
    /// The two phases measured on one corpus.
    struct Pair: Sendable {
        var baseline: PhaseSummary
        var ingest: PhaseSummary
    }

    static let header = ["size", "phase", "articles", "MB", "seconds", "articles/s", "MB/s", "peak MB",
                         "ingest/baseline", "goals"]

    var pairs: [Pair]
    var goals: BenchmarkGoals
    var memory: PeakMemory.Mode
    var repetitions: Int
    /// Rounds went on past `repetitions` while they had taken less than this (`BenchmarkRunner.minimumSeconds`).
    var minimumSeconds: Double
    /// Files read at once in both phases.
    var concurrency: Int

    /// The table, then a legend of how each column is measured.
    func render() -> String {
        let rows = pairs.flatMap { pair in
            let verdict = goals.verdict(ingest: pair.ingest, baseline: pair.baseline)
            return [row(pair.baseline, ratio: "", verdict: ""),
                    row(pair.ingest, ratio: ratioText(pair), verdict: verdict)]
        }
        var lines = [line(Self.header), line(Self.header.map { _ in "---" })]
        lines += rows.map(line)
        return (lines + [""] + legend).joined(separator: "\n")
    }

    private func row(_ summary: PhaseSummary, ratio: String, verdict: String) -> [String] {
        [String(summary.size), summary.phase.rawValue, String(summary.articles),
         Self.decimal(Double(summary.bytes) / 1_000_000, 1), Self.decimal(summary.seconds, 3),
         Self.decimal(summary.articlesPerSecond, 0), Self.decimal(summary.megabytesPerSecond, 1),
         peakText(summary), ratio, verdict]
    }

    private func ratioText(_ pair: Pair) -> String {
        BenchmarkGoals.ratio(ingest: pair.ingest, baseline: pair.baseline).map { Self.decimal($0, 2) + "x" } ?? "n/a"
    }

    private func peakText(_ summary: PhaseSummary) -> String {
        guard let peak = summary.peakBytes, memory != .unavailable else { return "n/a" }
        return Self.decimal(Double(peak) / 1_000_000, 0) + (memory == .sinceStart ? "*" : "")
    }

    private func line(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    private var legend: [String] {
        var notes = [
            "Median of the runs of each phase, in rounds of one read-only run then one ingest run (\(roundCounts)); "
                + "ingest/baseline is the median of the rounds' ratios. MB = 10^6 bytes of files on disk; articles: "
                + "for read-only, those written (copies included), for ingest, those found after collapsing "
                + "duplicates.",
            "read-only: the same files listed (FileManager enumerator, stat(2)) and read with Data(contentsOf:), "
                + "\(concurrency) at a time like ingest; the log splits listing from reading.",
            "Goals (ingest rows): ≥ \(Self.decimal(goals.articlesPerSecond, 0)) articles/s (100k in < 10 s, "
                + "applied proportionally to every size), peak < \(goals.peakBytes / 1_000_000) MB, "
                + "ingest/baseline ≤ \(Self.decimal(goals.ratio, 0))x.",
        ]
        switch memory {
        case .perPhase:
            notes.append("peak MB: VmHWM of the whole process, reset (clear_refs 5, after malloc_trim) before "
                + "each run; the highest of the runs. It includes heap glibc kept from earlier runs (the log's "
                + "\"resident at start\"), so later runs read a little higher.")
        case .sinceStart:
            notes.append("peak MB*: /proc/self/clear_refs could not reset VmHWM on this kernel, so each value is "
                + "the peak since the process started (an upper bound for that phase).")
        case .unavailable:
            notes.append("peak MB: /proc/self/status is not readable here; no memory figures.")
        }
        return notes
    }

    /// How many rounds each size ran: `--repetitions`, or more while they were quick (see `BenchmarkRunner`).
    private var roundCounts: String {
        let counts = pairs.map { "\($0.ingest.size): \($0.ingest.runs.count) rounds" }.joined(separator: ", ")
        let minimum = Self.decimal(minimumSeconds, 0)
        return counts + "; at least \(repetitions), more while the rounds took under \(minimum) s"
    }

    private static func decimal(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }
}
