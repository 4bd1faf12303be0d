import Foundation
import GazetteCore

/// The archive at scale: 100,000 articles and 500 issues in a fresh SQLite file, then `gazette archive rebuild`'s
/// work (every issue re-rendered and written, the whole site) and the archive's share of `gazette build` (recording
/// 100k sightings, leaving out earlier issues' articles, numbering, recording the issue, refreshing the site's
/// index and feeds), next to the same build steps without the archive in the same process.
struct ArchiveBenchmark {
    var articleCount = 100_000
    var issueCount = 500
    var rebuildGoal = 30.0
    var buildGoal = 3.0

    func run() async throws -> [BenchmarkRow] {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("gazette-bench-archive-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = try ArchiveDatabase(path: folder.appendingPathComponent("gazette.sqlite").path)
        let templates = try TemplateLibrary()
        let configuration = GazetteConfiguration()
        let site = ArchiveSite(configuration: configuration, output: folder, templates: templates)
        let model = try await DeliveryBenchmark.fullIssue()
        let articles = Self.articles(articleCount)
        var rows: [BenchmarkRow] = []

        let (_, seenSeconds) = try Stopwatch.time { try archive.recordSeen(articles, at: Date()) }
        rows.append(BenchmarkRow(phase: "record 100k first sightings", seconds: seenSeconds, detail: "one transaction",
                                 verdict: ""))
        let (_, issuesSeconds) = try Stopwatch.time {
            for number in 1...issueCount {
                let issue = Self.issue(model, number: number, articles: articles)
                try archive.recordIssue(issue, key: issue.period, scores: [:], templateSet: nil, at: Date())
                try archive.markSent(key: issue.period, at: Date())
            }
        }
        rows.append(BenchmarkRow(phase: "record 500 issues", seconds: issuesSeconds,
                                 detail: "\(issueCount * model.items.count) items", verdict: ""))

        let writer = IssueWriter(outputDirectory: folder)
        let rebuild = ArchiveRebuild(archive: archive, site: site, writer: writer, templateSet: nil)
        let (rebuilt, rebuildSeconds) = try await Stopwatch.time { try await rebuild.run() }
        rows.append(BenchmarkRow(phase: "archive rebuild (500 issues)", seconds: rebuildSeconds,
                                 detail: "\(rebuilt.files) files written",
                                 verdict: rebuildSeconds < rebuildGoal ? "PASS" : "FAIL: ≥ \(Int(rebuildGoal)) s"))

        // A new issue: the build's steps after analysis, with and without the archive.
        let next = Self.issue(model, number: issueCount + 1, articles: articles)
        let (_, plainSeconds) = try Stopwatch.time {
            let composed = try site.composer.render(next)
            _ = try writer.write(composed, message: site.composer.message(for: composed), key: "plain-\(next.period)")
        }
        let (left, archivedSeconds) = try Stopwatch.time { () -> Int in
            let plan = try archive.plan(period: next.period, theme: nil,
                                        articles: try archive.recordSeen(articles, at: Date()), includeBuilt: false)
            let composed = try site.composer.render(next)
            _ = try writer.write(composed, message: site.composer.message(for: composed), key: plan.key)
            try archive.recordIssue(composed.issue, key: plan.key, scores: [:], templateSet: nil, at: Date())
            try site.write(try archive.issues(), pages: [plan.key])
            return plan.articles.count
        }
        rows.append(BenchmarkRow(phase: "build a new issue, without the archive", seconds: plainSeconds,
                                 detail: "compose and write (baseline)", verdict: ""))
        rows.append(BenchmarkRow(phase: "build a new issue, with the archive", seconds: archivedSeconds,
                                 detail: String(format: "%.1fx the baseline; %d of %d articles left after earlier "
                                                    + "issues", archivedSeconds / max(plainSeconds, 1e-9), left,
                                                articleCount),
                                 verdict: archivedSeconds < buildGoal ? "PASS (archive share)"
                                     : "FAIL: ≥ \(Int(buildGoal)) s"))
        rows += try await buildProcessRows(output: folder)
        return rows
    }

    /// `gazette build` in a new process, of a week's sources (1,000 synthetic articles) into the output folder
    /// whose archive holds the 100k articles and 500 issues: the first build parses every file, the second (the
    /// same period again) reuses them and replaces the draft.
    private func buildProcessRows(output: URL) async throws -> [BenchmarkRow] {
        guard GazetteBuildProcess.executable != nil else {
            Console.log("archive: no gazette executable beside the benchmark; the gazette build rows are left out "
                + "(swift build -c release --product gazette; make bench does)")
            return []
        }
        let week = SyntheticCorpus(articleCount: 1_000)
        _ = try await week.prepare(concurrency: ProcessInfo.processInfo.activeProcessorCount)
        var rows: [BenchmarkRow] = []
        for run in ["first", "again"] {
            let build = try GazetteBuildProcess.run(sources: week.directory.path, output: output.path)
            let verdict = build.status != 0 ? "FAIL: exit status \(build.status)"
                : build.seconds < buildGoal ? "PASS" : "FAIL: ≥ \(Int(buildGoal)) s"
            rows.append(BenchmarkRow(phase: "`gazette build` of a week (1,000 articles), \(run), with the archive",
                                     seconds: build.seconds, detail: "a new process: \(build.lastLine)",
                                     verdict: verdict))
        }
        return rows
    }

    func render(_ rows: [BenchmarkRow]) -> String {
        BenchmarkRow.table(rows, footnote: "Goals: `archive rebuild` of 500 issues with 100k articles < "
            + "\(Int(rebuildGoal)) s; a new issue's build < \(Int(buildGoal)) s with that archive. The first build "
            + "rows time the archive's part and compose in this process; the `gazette build` rows run the release "
            + "binary on a week's sources with the archive in its output folder, from start to exit; "
            + "ingest and analysis of 100k files are the tables above (ingest of unchanged files: the incremental "
            + "table; analysis is not incremental).")
    }

    /// `count` small articles with distinct ids.
    static func articles(_ count: Int) -> [Article] {
        let collected = Date(timeIntervalSince1970: 1_735_000_000)
        return (0..<count).map { index in
            Article(id: ArticleID(rawValue: String(format: "bench%011d", index)), title: "文章 \(index)",
                    collected: collected, language: .chinese, body: "正文 \(index) 大模型 研究",
                    origin: ArticleOrigin(path: "bench/\(index / 100)/\(index).md", index: 1, line: 1),
                    metrics: TextMetrics(characters: 12, words: 6, cjkCharacters: 8, readingMinutes: 1))
        }
    }

    /// `model` renumbered, with a distinct period and its items pointing at distinct articles.
    static func issue(_ model: Issue, number: Int, articles: [Article]) -> Issue {
        var issue = model
        issue.number = number
        issue.period = String(format: "B%04d", number)
        var index = (number - 1) * model.items.count
        issue.sections = issue.sections.map { section in
            var section = section
            section.items = section.items.map { item in
                var item = item
                item.id = articles[index % articles.count].id
                index += 1
                return item
            }
            return section
        }
        return issue
    }
}
