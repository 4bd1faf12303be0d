import Foundation
import GazetteCore
import GazetteTesting

/// Delivery to many webhooks at once: 200 targets (all six kinds, signed where the platform signs) on a loopback
/// server that answers each request after 50 ms. The bounded run (Gazette's concurrency) is compared with a
/// sequential run (concurrency 1) in the same process, which takes at least 200 × 50 ms = 10 s.
struct DeliveryBenchmark {
    /// One measured run.
    struct Row {
        var concurrency: Int
        var targets: Int
        var requests: Int
        var seconds: Double
        var peakBytes: Int?
        /// The most requests the server was answering at once.
        var peakInFlight: Int
        var allDelivered: Bool
    }

    /// Delivery went wrong: a target failed, which no timing can excuse.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    var targetCount = 200
    var answerDelay = Duration.milliseconds(50)
    var concurrency = DeliveryConfiguration().concurrency
    var goalSeconds = 1.5
    let memory: PeakMemory.Mode

    func run() async throws -> [Row] {
        let built = try await Self.smallIssue()
        Console.log("delivery: \(targetCount) targets, answers after \(answerDelay), an issue of "
            + "\(built.issue.items.count) items")
        let bounded = try await measure(built, concurrency: concurrency)
        let sequential = try await measure(built, concurrency: 1)
        return [bounded, sequential]
    }

    func render(_ rows: [Row]) -> String {
        var lines = ["| targets | concurrency | requests | seconds | peak MB | most in flight | vs sequential | goal |",
                     "| --- | --- | --- | --- | --- | --- | --- | --- |"]
        let sequential = rows.first { $0.concurrency == 1 }?.seconds
        for row in rows {
            let ratio = sequential.map { String(format: "%.1fx faster", $0 / row.seconds) } ?? ""
            let goal = row.concurrency == 1 ? "baseline"
                : row.seconds < goalSeconds && row.allDelivered ? "PASS" : "FAIL: ≥ \(goalSeconds) s or not delivered"
            let peak = row.peakBytes.map { String($0 / 1_000_000) } ?? "n/a"
            lines.append("| \(row.targets) | \(row.concurrency) | \(row.requests) | \(String(format: "%.3f", row.seconds)) | "
                + "\(peak) | \(row.peakInFlight) | \(row.concurrency == 1 ? "" : ratio) | \(goal) |")
        }
        lines.append("")
        lines.append("Goal: \(targetCount) webhook targets answering after \(answerDelay.milliseconds) ms each, all "
            + "delivered in < \(goalSeconds) s with bounded concurrency. Every request is signed and every attempt recorded "
            + "in an archive database (one transaction each) as in `gazette send`. peak MB: VmHWM of the process, reset before each run.")
        return lines.joined(separator: "\n") + "\n"
    }

    private func measure(_ built: BuiltIssue, concurrency: Int) async throws -> Row {
        let delay = answerDelay
        // An empty body: FlyingFox writes a response's head and body in two writes without TCP_NODELAY, so a body
        // waits for the client's delayed ACK (about 40 ms on Linux), a cost of the test server, not of delivery.
        let server = try await LoopbackHTTPServer { _, _ in .init(status: 200, delay: delay) }
        let folder = try TemporaryDirectory()
        // The archive's delivery table, as `gazette send` records every attempt.
        let log = try ArchiveDatabase(path: folder.url.appendingPathComponent("gazette.sqlite").path)
        let configuration = DeliveryConfiguration(targets: targets(on: server), concurrency: concurrency)
        let deliverer = Deliverer(configuration: configuration, compose: Composer.Configuration(),
                                  templates: try TemplateLibrary(), log: log)
        if memory == .perPhase { PeakMemory.resetHighWater() }
        let start = ContinuousClock.now
        let report = try await deliverer.deliver(built)
        let seconds = (ContinuousClock.now - start).seconds
        let peak = memory == .unavailable ? nil : PeakMemory.highWaterBytes()
        let requests = await server.requests().count
        let inFlight = await server.peakConcurrentRequests()
        await server.stop()
        if let failed = report.targets.first(where: { !$0.succeeded }) {
            throw Failure(description: "delivery to \(failed.name) failed: \(failed.failure ?? "?")")
        }
        Console.log("delivery: concurrency \(concurrency): \(requests) requests in \(String(format: "%.3f", seconds)) s, "
            + "at most \(inFlight) at once")
        return Row(concurrency: concurrency, targets: targetCount, requests: requests, seconds: seconds,
                   peakBytes: peak, peakInFlight: inFlight,
                   allDelivered: report.targets.allSatisfy { $0.delivered == $0.parts && $0.parts > 0 })
    }

    /// The targets, kinds in turn, each on its own path; secrets where the platform signs.
    private func targets(on server: LoopbackHTTPServer) -> [WebhookTarget] {
        let kinds = WebhookKind.allCases
        return (0..<targetCount).map { index in
            let kind = kinds[index % kinds.count]
            let secret: String? = switch kind {
            case .generic: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
            case .feishu, .dingtalk: "benchmark-signing-key-\(index)"
            case .slack, .discord, .wecom: nil
            }
            return WebhookTarget(name: "\(kind.rawValue)-\(index)", kind: kind,
                                 url: ConfiguredValue(server.url("/hooks/\(index)").absoluteString),
                                 secret: secret.map(ConfiguredValue.init))
        }
    }

    /// An issue of the top five items of a 1,000-article synthetic corpus: small enough to be one message on
    /// every platform, so the run measures targets in parallel rather than a platform's pause between parts.
    static func smallIssue() async throws -> BuiltIssue {
        let (composer, composed) = try await syntheticComposition()
        var issue = composed.issue
        var remaining = 5
        issue.sections = issue.sections.compactMap { section in
            var section = section
            section.items = Array(section.items.prefix(remaining))
            remaining -= section.items.count
            return section.items.isEmpty ? nil : section
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-bench-issue-bench")
        return BuiltIssue(directory: directory, issue: issue, message: Data(composer.message(for: composed).rendered().utf8))
    }

    /// The whole issue composed from the 1,000-article synthetic corpus.
    static func fullIssue() async throws -> Issue {
        try await syntheticComposition().composed.issue
    }

    private static func syntheticComposition() async throws -> (composer: Composer, composed: ComposedIssue) {
        let corpus = SyntheticCorpus(articleCount: 1_000)
        _ = try await corpus.prepare(concurrency: IngestOptions().concurrency)
        let articles = await Ingestor().ingest([corpus.directory.path]).articles
        let analyzed = await Analyzer().analyze(articles)
        let window = SelectionWindow.published(since: Date(timeIntervalSince1970: 0), until: Date(), label: "bench")
        let selection = try Selector().select(analyzed, window: window)
        let composer = Composer(configuration: .init(), locale: "zh-CN", timeZone: .gmt, templates: try TemplateLibrary())
        return (composer, try composer.compose(selection, number: 1, generated: Date()))
    }
}
