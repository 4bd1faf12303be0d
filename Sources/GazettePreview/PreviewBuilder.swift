import Foundation
import GazetteCore

/// Builds what the preview shows, the way `gazette build` would (without writing anything): the pipeline on the
/// articles, then the issue through the templates (the webhook messages are built when the page asks for them). A
/// template change only re-renders; an article or configuration change runs the pipeline again.
final class PreviewBuilder: @unchecked Sendable {
    let options: PreviewServer.Options
    /// The last selection and configuration, reused when only templates changed. Touched by the watch loop only.
    private var cached: (configuration: GazetteConfiguration, selection: Selection, number: Int)?

    init(options: PreviewServer.Options) {
        self.options = options
    }

    /// Builds the preview, from the pipeline when `fromScratch` (or nothing is cached), else from the last selection.
    func build(fromScratch: Bool) async throws -> PreviewRendering {
        let started = ContinuousClock.now
        if fromScratch || cached == nil {
            cached = try await select()
        }
        guard let cached else { throw PreviewError("nothing to preview") }
        let library = try TemplateLibrary(overrides: options.templates)
        let composer = Composer(cached.configuration, templates: library)
        let composed = try composer.compose(cached.selection, number: cached.number, generated: Date())
        guard !composed.issue.sections.isEmpty else {
            throw PreviewError("no article in \(cached.selection.window.label): nothing to preview")
        }
        return PreviewRendering(subject: composed.issue.subject, web: composed.webHTML, email: composed.emailHTML,
                                text: composed.text, issue: composed.issue, templates: library,
                                targets: cached.configuration.delivery.targets,
                                milliseconds: (ContinuousClock.now - started).milliseconds)
    }

    private func select() async throws -> (GazetteConfiguration, Selection, Int) {
        let configuration = try ConfigurationLoader().load(path: options.configurationPath)
        let pipeline = Pipeline(configuration: configuration)
        var result = await pipeline.ingest(options.paths)
        let window = try pipeline.window(for: .latest, now: Date())
        var number = 1
        let archivePath = configuration.archivePath()
        if FileManager.default.fileExists(atPath: archivePath) {
            // What the next `gazette build` would select: no article of a sent issue, the next number.
            let plan = try ArchiveDatabase(path: archivePath).plan(
                period: window.label, theme: nil, articles: result.articles,
                includeBuilt: configuration.archive.excludeBuiltIssues)
            result.articles = plan.articles
            number = plan.number
        }
        let corpus = await pipeline.analyze(result)
        return (configuration, try pipeline.select(corpus, window: window), number)
    }
}

/// A preview build that cannot show anything.
struct PreviewError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
