import ArgumentParser
import Foundation
import GazetteCore

/// `gazette build`: compose this window's issue into out/issues/<period>/.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Compose the issue: web page, HTML email, plain text, MIME message and issue.json.",
        discussion: "The issue is recorded in the archive (out/gazette.sqlite): rebuilding the same period replaces its "
            + "draft under the same number, and articles of sent issues are not selected again. Exit status 1 when "
            + "the window holds no new article, the period's issue was already sent, or input was skipped; 2 for "
            + "usage, configuration or template errors."
    )

    @OptionGroup var input: IngestOptionGroup
    @OptionGroup var window: WindowOptions

    @Option(help: "Build a single-theme digest with that theme's template (research, products, people, …).")
    var theme: String?

    @Option(help: "A folder of templates overriding the built-in ones by name.")
    var templates: String?

    @Option(help: "The output folder (default: out).")
    var output: String?

    @Flag(help: "Parse every file again instead of reusing what earlier builds read from unchanged files.")
    var noCache = false

    func run() async throws {
        let configuration = try input.makeConfiguration()
        let pipeline = Pipeline(configuration: configuration)
        let chosenTheme = try validatedTheme(configuration)
        let templateSet = templates ?? configuration.compose.templatesDirectory
        let library = try TemplateLoading.library(templateSet, strict: input.strict)
        let output = try WritableOutput(configuration, output: self.output)
        defer { withExtendedLifetime(output) {} }
        let (outputDirectory, archive) = (output.directory, output.archive)
        let now = Date()
        let requested: SelectionWindow
        do {
            requested = try pipeline.window(for: window.request, now: now)
        } catch {
            throw CommandFailure(error.description, status: .usage)
        }
        var result = try await pipeline.ingest(input.paths) { () throws(ArchiveError) in
            noCache ? nil : try archive.ingestCache(options: configuration.ingest)
        }
        DiagnosticPrinter().print(result.diagnostics)
        try archive.storeIngested(result)
        let plan = try archive.plan(period: requested.label, theme: chosenTheme,
                                    articles: try archive.recordSeen(result.articles, at: now),
                                    includeBuilt: configuration.archive.excludeBuiltIssues)
        let (key, number) = (plan.key, plan.number)
        let repeatSentence = RepeatSummary(plan.repeats)?.sentence
        let repeatDetail = repeatSentence.map { "; " + $0 } ?? ""
        result.articles = plan.articles
        let corpus = await pipeline.analyze(result)
        let selection: Selection
        do {
            selection = try pipeline.select(corpus, window: requested)
        } catch {
            throw CommandFailure(error.description + repeatDetail,
                                 status: error.isUsageError ? .usage : .partialFailure)
        }
        let composer = Composer(configuration, templates: library)
        let composed: ComposedIssue
        do {
            composed = try composer.compose(selection, number: number, theme: chosenTheme, generated: now)
        } catch {
            throw CommandFailure(error.description, status: .usage)
        }
        guard !composed.issue.sections.isEmpty else {
            throw CommandFailure("no \(chosenTheme?.id ?? "") articles in \(selection.window.label); nothing to build"
                                 + repeatDetail, status: .partialFailure)
        }
        let writer = IssueWriter(outputDirectory: outputDirectory)
        let written = try writer.write(composed, message: composer.message(for: composed), key: key)
        try archive.recordIssue(composed.issue, key: key, scores: selection.scores,
                                templateSet: templateSet, at: now)
        let site = ArchiveSite(configuration: configuration, output: outputDirectory, templates: library, now: now)
        try site.write(try archive.issues(), pages: [key])
        StandardOutput.write(BuildSummary().render(composed, written: written))
        StandardOutput.write("Archive: issue \(number) (\(key)) in \(archive.path); site in \(site.directory.path)/\n")
        if result.reusedFileCount > 0 {
            StandardOutput.write("Ingest: \(result.reusedFileCount) of \(result.files.count) files unchanged since "
                                 + "an earlier build, not parsed again\n")
        }
        if let repeatSentence { StandardOutput.write(repeatSentence + "\n") }
        let failed = !result.skippedPaths.isEmpty || (input.strict && !composed.warnings.isEmpty)
        if failed { throw ExitStatus.partialFailure.exitCode }
    }

    private func validatedTheme(_ configuration: GazetteConfiguration) throws -> Theme? {
        guard let theme else { return nil }
        let known = configuration.themes.map(\.id) + [Theme.other.id]
        guard known.contains(theme) else {
            throw ValidationError("--theme \(theme): no such theme; known themes: \(known.joined(separator: ", "))")
        }
        return Theme(theme)
    }
}
