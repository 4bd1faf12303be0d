import ArgumentParser
import GazetteCore

/// `gazette articles`: what was ingested, as a table or JSON.
struct ArticlesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List the articles read from the given files and folders.",
        discussion: "Warnings go to standard error, each naming the file and line."
    )

    @OptionGroup var input: IngestOptionGroup

    @Option(help: "Output format: table, json or ndjson.")
    var format: OutputFormat = .table

    func run() async throws {
        let result = await Ingestor(options: try input.makeOptions()).ingest(input.paths)
        switch format {
        case .table: StandardOutput.write(ArticleTable().render(result.articles))
        case .json: StandardOutput.write(try ArticleJSON.document(result.articles))
        case .ndjson: StandardOutput.write(try ArticleJSON.lines(result.articles))
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
