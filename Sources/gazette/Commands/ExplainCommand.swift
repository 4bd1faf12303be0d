import ArgumentParser
import Foundation
import GazetteCore

/// `gazette explain ID`: why an article has its tags, theme, summary and rank.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show one article's full analysis: terms, tags, theme scores, summary, duplicates and score.",
        discussion: "ID may be a unique prefix of four or more characters. Unknown ids exit with status 2."
    )

    @Argument(help: "The article's id, as `gazette articles` lists it.")
    var id: String

    @OptionGroup var input: IngestOptionGroup
    @OptionGroup var window: WindowOptions

    func run() async throws {
        let pipeline = Pipeline(configuration: try input.makeConfiguration())
        let result = await pipeline.ingest(input.paths)
        let corpus = await pipeline.analyze(result)
        guard case .found(let article) = ArticleLookup(corpus).find(id) else {
            throw CommandFailure(unknownIDMessage(corpus), status: .usage)
        }
        let selection = try? pipeline.select(corpus, window: try pipeline.window(for: window.request, now: Date()))
        let explanation = ExplanationPrinter(
            analyzer: Analyzer(configuration: pipeline.configuration.analysis), corpus: corpus, selection: selection,
            selector: Selector(configuration: pipeline.configuration.selection, themes: pipeline.configuration.themes))
        StandardOutput.write(explanation.render(article))
        StandardOutput.write(try archiveHistory(of: article.article.id, configuration: pipeline.configuration))
    }

    /// Which issues had the article, from the archive when there is one (explain never creates it).
    private func archiveHistory(of id: ArticleID, configuration: GazetteConfiguration) throws -> String {
        let path = configuration.archivePath()
        guard FileManager.default.fileExists(atPath: path) else { return "" }
        let appearances = try ArchiveDatabase(path: path).appearances(of: id)
        guard !appearances.isEmpty else { return "\nArchive: in no issue yet.\n" }
        let lines = appearances.map { "  issue \($0.number) (\($0.key), \($0.status.rawValue))" }
        let note = appearances.contains { $0.status == .sent }
            ? "It is not selected again (articles of sent issues never repeat)." : "Its issue is not sent yet."
        return "\nArchive: in\n" + lines.joined(separator: "\n") + "\n" + note + "\n"
    }

    private func unknownIDMessage(_ corpus: AnalyzedCorpus) -> String {
        guard case .notFound(let closest) = ArticleLookup(corpus).find(id), !closest.isEmpty else {
            return "no article has the id '\(id)'; `gazette articles` lists the ids"
        }
        let suggestions = closest.map { "  \($0.id)  \($0.article.title)" }.joined(separator: "\n")
        return "no article has the id '\(id)'. Closest:\n\(suggestions)"
    }
}
