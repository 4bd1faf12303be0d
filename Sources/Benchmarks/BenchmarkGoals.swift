import Foundation

/// The ingest goals from the issue: 100k articles in under 10 s on the 2-core machine, peak memory under
/// 1.5 GB, and ingest within 5x of reading the same bytes.
///
/// The time goal is applied as a rate to every corpus size (10,000 articles/s, so 10k articles in 1 s),
/// so a `--quick` run already says whether the 100k goal is in reach.
struct BenchmarkGoals: Sendable {
    var articlesPerSecond = 10_000.0
    var peakBytes = 1_500_000_000
    var ratio = 5.0

    /// `PASS`, or `FAIL:` and every goal missed.
    func verdict(ingest: PhaseSummary, baseline: PhaseSummary) -> String {
        var failures: [String] = []
        let allowed = Double(ingest.size) / articlesPerSecond
        if ingest.seconds >= allowed {
            failures.append("time ≥ \(Self.text(allowed)) s")
        }
        if let peak = ingest.peakBytes, peak >= peakBytes {
            failures.append("peak ≥ \(peakBytes / 1_000_000) MB")
        }
        if let ratio = Self.ratio(ingest: ingest, baseline: baseline), ratio > self.ratio {
            failures.append("ratio > \(Self.text(self.ratio))")
        }
        return failures.isEmpty ? "PASS" : "FAIL: " + failures.joined(separator: ", ")
    }

    /// The median over the rounds of each ingest run's time over the time of the baseline run just before it
    /// (`BenchmarkRunner` alternates the two), so that both sides of each ratio saw the machine in the same state.
    static func ratio(ingest: PhaseSummary, baseline: PhaseSummary) -> Double? {
        let ratios = zip(ingest.runs, baseline.runs).compactMap { ingest, baseline in
            baseline.seconds > 0 ? ingest.seconds / baseline.seconds : nil
        }
        return ratios.isEmpty ? nil : Median.of(ratios)
    }

    private static func text(_ value: Double) -> String {
        String(format: "%g", value)
    }
}
