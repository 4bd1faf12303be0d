import ArgumentParser
import Foundation
import GazetteCore

/// `gazette rank`: each section's ranked items with their scores.
struct RankCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank this window's articles into the digest's sections, with every item's score.",
        discussion: "Exit status 1 when the window holds no article or some input was skipped."
    )

    @OptionGroup var input: IngestOptionGroup
    @OptionGroup var window: WindowOptions

    @Option(help: "Output format: table or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if format == .ndjson { throw ValidationError("rank prints table or json") }
    }

    func run() async throws {
        let pipeline = Pipeline(configuration: try input.makeConfiguration())
        let result = await pipeline.ingest(input.paths)
        let corpus = await pipeline.analyze(result)
        DiagnosticPrinter().print(result.diagnostics)
        let selection: Selection
        do {
            selection = try pipeline.select(corpus, window: try pipeline.window(for: window.request, now: Date()))
        } catch {
            throw CommandFailure(error.description, status: error.isUsageError ? .usage : .partialFailure)
        }
        switch format {
        case .table: StandardOutput.write(RankTable(locale: pipeline.configuration.locale,
                                                    themes: pipeline.configuration.analysis.themes.definitions)
                                            .render(selection))
        case .json, .ndjson: StandardOutput.write(try RankJSON.document(selection))
        }
        let status = ExitStatus(result, strict: input.strict)
        if status != .success { throw status.exitCode }
    }
}

extension SelectionError {
    /// Whether the command line asked for something malformed, rather than the data being short.
    var isUsageError: Bool {
        switch self {
        case .invalidWeek, .invalidDate, .emptyRange: true
        case .emptyCorpus, .nothingInWindow: false
        }
    }
}
