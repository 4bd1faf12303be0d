/// The benchmark's command line: `[--sizes 10000,100000] [--repetitions 3] [--quick] [--phases …]`.
struct BenchmarkArguments: Sendable, Equatable {
    /// The groups of measurements, each with its own table.
    enum Phase: String, Sendable, CaseIterable {
        /// Ingest against a read-only baseline.
        case ingest
        /// Analysis, selection, near-duplicates, compose, Markdown.
        case pipeline
        /// 200 webhook targets on a loopback server.
        case delivery
        /// An archive of 500 issues and 100k articles.
        case archive
        /// Incremental ingest: a rebuild with nothing changed, and with one file edited.
        case incremental
    }

    /// Why the command line could not be read.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let usage = """
        usage: swift run -c release Benchmarks [--sizes 10000,100000] [--repetitions N] [--quick] [--phases LIST]
          --sizes        corpus sizes in articles, comma-separated (default 10000,100000; each at least 100)
          --repetitions  timed runs per phase (the table shows the median; default 3); the ingest table runs
                         more rounds, while its rounds took under \(minimumRoundSeconds) s in all
          --quick        10000 articles, 1 repetition (the ingest table still runs its rounds);
                         --sizes and --repetitions still override
          --phases       which tables, comma-separated: ingest, pipeline, delivery, archive, incremental
                         (default all)
        """

    private static let minimumRoundSeconds = Int(BenchmarkRunner.defaultMinimumSeconds)

    var sizes = [10_000, 100_000]
    var repetitions = 3
    var showHelp = false
    var phases = Set(Phase.allCases)

    init(_ arguments: [String]) throws {
        var sizes: [Int]?
        var repetitions: Int?
        var quick = false
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--quick": quick = true
            case "--help", "-h": showHelp = true
            case "--sizes": sizes = try Self.sizes(rest.popFirst())
            case "--repetitions": repetitions = try Self.count(rest.popFirst())
            case "--phases": phases = try Self.phases(rest.popFirst())
            default: throw Failure(description: "unknown argument '\(argument)'")
            }
        }
        self.sizes = sizes ?? (quick ? [10_000] : self.sizes)
        self.repetitions = repetitions ?? (quick ? 1 : self.repetitions)
    }

    private static func sizes(_ text: String?) throws -> [Int] {
        let parts = (text ?? "").split(separator: ",")
        let sizes = parts.compactMap { Int($0) }
        guard !parts.isEmpty, sizes.count == parts.count, sizes.allSatisfy({ $0 >= 100 }) else {
            throw Failure(description: "--sizes wants whole numbers of at least 100, such as 10000,100000")
        }
        return sizes
    }

    private static func phases(_ text: String?) throws -> Set<Phase> {
        let names = (text ?? "").split(separator: ",").map(String.init)
        let phases = names.compactMap(Phase.init(rawValue:))
        guard !names.isEmpty, phases.count == names.count else {
            let known = Phase.allCases.map(\.rawValue).joined(separator: ", ")
            throw Failure(description: "--phases wants a comma-separated list of \(known)")
        }
        return Set(phases)
    }

    private static func count(_ text: String?) throws -> Int {
        guard let text, let value = Int(text), value >= 1 else {
            throw Failure(description: "--repetitions wants a whole number of at least 1")
        }
        return value
    }
}
