import ArgumentParser
import GazetteCore

/// `gazette articles`: what was ingested, with each article's theme and tags, as a table or JSON.
struct ArticlesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List the articles read from the given files and folders, with their themes and tags.",
        discussion: "Warnings go to standard error, each naming the file and line."
    )

    @OptionGroup var input: IngestOptionGroup

    @Option(help: "Output format: table, json or ndjson.")
    var format: OutputFormat = .table

    func run() async throws {
        let pipeline = Pipeline(configuration: try input.makeConfiguration())
        let result = await pipeline.ingest(input.paths)
        let corpus = await pipeline.analyze(result)
        switch format {
        case .table: StandardOutput.write(ArticleTable().render(corpus.articles))
        case .json: StandardOutput.write(try ArticleJSON.document(corpus.articles))
        case .ndjson: StandardOutput.write(try ArticleJSON.lines(corpus.articles))
        }
        DiagnosticPrinter().print(result.diagnostics)
        let status = ExitStatus(result, strict: input.strict)
        if status != .success { throw status.exitCode }
    }
}

extension ExitStatus {
    /// 1 when a file or path was skipped, or under `strict` when anything was warned about; else 0.
    init(_ result: IngestResult, strict: Bool) {
        let failed = !result.skippedPaths.isEmpty || (strict && result.diagnostics.contains(severity: .warning))
        self = failed ? .partialFailure : .success
    }
}
