import Foundation
import GazetteCore
import Markdown

/// The stages after ingest, on an ingested corpus: analysis and selection, near-duplicate detection with its recall on
/// planted copies, composing an issue, and Markdown rendering against the `cmark-gfm` tool.
struct PipelineBenchmark {
    let goals = PipelineGoals()
    /// Timed runs of analysis and of near-duplicate detection on the one ingested corpus; the rows show the median
    /// run and list every run (this VM's timings vary by a fifth and more from run to run).
    var repetitions = 1

    func run(size: Int, articles: [Article]) async throws -> [BenchmarkRow] {
        var rows: [BenchmarkRow] = []
        // Markdown first: after analysis the process holds gigabytes of heap, which slows our renderer's allocations
        // but not the cmark-gfm tool's fresh process it is compared with.
        let markdownRow = markdown(size: size, articles: articles)
        var runs: [AnalysisRun] = []
        var selection: Selection?
        for _ in 1...max(1, repetitions) {
            let (run, runSelection) = try await analyzeAndSelect(articles)
            runs.append(run)
            selection = runSelection
        }
        let median = runs.sorted { $0.total < $1.total }[runs.count / 2]
        let others = runs.count > 1 ? "; median of \(runs.count) runs: " + runs.map { format($0.total) }
            .joined(separator: " / ") + " s" : ""
        rows.append(BenchmarkRow(size: size, phase: "analysis + selection", seconds: median.total,
                                 detail: "analysis \(format(median.analysis)) s (processor "
                                     + "\(format(median.processor)) s), selection \(format(median.selection)) s"
                                     + others,
                                 verdict: goals.verdict(median.total, limit: goals.analysisSeconds(size))))
        rows.append(try await nearDuplicates(size: size, articles: articles))
        if let selection {
            rows.append(try compose(size: size, selection: selection, selectionSeconds: median.selection))
        }
        if let markdownRow { rows.append(markdownRow) }
        return rows
    }

    /// One timed run of analysis and selection.
    private struct AnalysisRun {
        var analysis: Double
        var processor: Double
        var selection: Double
        var total: Double { analysis + selection }
    }

    private func analyzeAndSelect(_ articles: [Article]) async throws -> (AnalysisRun, Selection) {
        let (corpus, analysisSeconds, processorSeconds) = await Stopwatch.timeWithProcessor {
            await Analyzer().analyze(articles)
        }
        let window = SelectionWindow.published(since: Date(timeIntervalSince1970: 0), until: Date(), label: "all")
        let (selection, selectionSeconds) = try Stopwatch.time { try Selector().select(corpus, window: window) }
        return (AnalysisRun(analysis: analysisSeconds, processor: processorSeconds, selection: selectionSeconds),
                selection)
    }

    private func nearDuplicates(size: Int, articles: [Article]) async throws -> BenchmarkRow {
        let planted = NearDuplicatePlanter(every: 100).plant(in: articles)
        let analyzer = Analyzer()
        var runs: [(value: [[Int]], seconds: Double, processorSeconds: Double)] = []
        for _ in 1...max(1, repetitions) {
            runs.append(await Stopwatch.timeWithProcessor { await analyzer.nearDuplicateGroups(planted.articles) })
        }
        let (groups, seconds, processorSeconds) = runs.sorted { $0.seconds < $1.seconds }[runs.count / 2]
        let others = runs.count > 1 ? "; median of \(runs.count) runs: " + runs.map { format($0.seconds) }
            .joined(separator: " / ") + " s" : ""
        let score = planted.score(groups)
        return BenchmarkRow(size: size, phase: "near-duplicates", seconds: seconds,
                            detail: "\(planted.pairs.count) planted copies: recall \(percent(score.recall)), "
                                + "\(score.unplantedPairs) of \(score.clusteredPairs) clustered pairs not planted "
                                + "(\(percent(score.falsePositiveRate))); processor \(format(processorSeconds)) s"
                                + others,
                            verdict: goals.verdict(seconds, limit: goals.nearDuplicateSeconds(size))
                                + (score.recall >= goals.recall ? ", recall PASS" : ", recall FAIL"))
    }

    private func compose(size: Int, selection: Selection, selectionSeconds: Double) throws -> BenchmarkRow {
        let composer = Composer(configuration: .init(), locale: "zh-CN", timeZone: .gmt, templates: try TemplateLibrary())
        let (composed, seconds) = try Stopwatch.time {
            try composer.compose(selection, number: 1, generated: Date())
        }
        let message = composer.message(for: composed).rendered()
        let total = seconds + selectionSeconds
        return BenchmarkRow(size: size, phase: "selection + compose", seconds: total,
                            detail: "compose \(format(seconds)) s; \(composed.issue.items.count) items, email "
                                + "\(composed.emailHTML.utf8.count / 1024) KB, message \(message.utf8.count / 1024) KB",
                            verdict: goals.verdict(total, limit: goals.composeSeconds))
    }

    private func markdown(size: Int, articles: [Article]) -> BenchmarkRow? {
        let input = articles.prefix(5_000).map(\.body).joined(separator: "\n\n")
        guard let tool = CmarkTool.find() else {
            Console.log("markdown: /usr/bin/cmark-gfm is missing (apt-get install cmark-gfm); phase skipped")
            return nil
        }
        let (html, ours) = Stopwatch.time { MarkdownRenderer().html(from: input) }
        let (theirs, toolSeconds) = Stopwatch.time { tool.render(input) }
        let ratio = ours / max(toolSeconds, 1e-9)
        let megabytes = Double(input.utf8.count) / 1_000_000
        return BenchmarkRow(size: size, phase: "markdown", seconds: ours,
                            detail: "\(format(megabytes)) MB: ours \(format(megabytes / ours)) MB/s, cmark-gfm tool "
                                + "\(format(megabytes / toolSeconds)) MB/s (\(format(toolSeconds)) s), "
                                + "ratio \(format(ratio))x, same HTML: \(html == theirs)",
                            verdict: ratio <= goals.markdownRatio ? "PASS"
                                : "FAIL: ratio > \(format(goals.markdownRatio))x")
    }

    private func format(_ value: Double) -> String { String(format: "%.2f", value) }
    private func percent(_ value: Double) -> String { String(format: "%.1f %%", value * 100) }
}

/// The goals of the issues for the stages after ingest, scaled to the corpus size where they name 100k articles.
struct PipelineGoals {
    var recall = 0.95
    var composeSeconds = 2.0
    var markdownRatio = 1.5

    func analysisSeconds(_ size: Int) -> Double { 10.0 * Double(size) / 100_000 }
    func nearDuplicateSeconds(_ size: Int) -> Double { 5.0 * Double(size) / 100_000 }

    func verdict(_ seconds: Double, limit: Double) -> String {
        seconds < limit ? "PASS" : "FAIL: ≥ \(String(format: "%.1f", limit)) s"
    }
}
