/// One timed run of one phase (the read-only baseline or ingest).
struct PhaseMeasurement: Sendable {
    var seconds: Double
    var articles: Int
    var bytes: Int
    /// The phase's peak resident memory, when it could be read.
    var peakBytes: Int?
    /// Resident memory when the phase started: what the process still held from earlier phases.
    var startBytes: Int?
    /// Resident memory right after the phase, freed heap returned (`malloc_trim`), its result still held.
    var endBytes: Int?
    /// User and system seconds of every thread of the process during the run (varies less than `seconds` on a
    /// machine whose host takes a share of the time).
    var processorSeconds: Double?
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}

/// Repeated runs of one phase for one corpus size, summarised: median time, highest peak memory.
struct PhaseSummary: Sendable {
    /// Which phase was run.
    enum Phase: String, Sendable {
        case baseline = "read-only"
        case ingest
    }

    var size: Int
    var phase: Phase
    var runs: [PhaseMeasurement]

    /// The median of the runs' times (the mean of the middle two for an even count).
    var seconds: Double { runs.isEmpty ? 0 : Median.of(runs.map(\.seconds)) }

    var articles: Int { runs.first?.articles ?? 0 }
    var bytes: Int { runs.first?.bytes ?? 0 }

    /// The highest peak of any run: memory goals hold for every run, not the typical one.
    var peakBytes: Int? { runs.compactMap(\.peakBytes).max() }

    var articlesPerSecond: Double { seconds > 0 ? Double(articles) / seconds : 0 }
    var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0 }
}

/// The middle of a list of numbers.
enum Median {
    /// The median of `values` (the mean of the middle two for an even count); `values` must not be empty.
    static func of(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
