import ArgumentParser
import Foundation
import GazetteCore

/// `gazette send`: deliver the built issue to the configured webhooks and mail recipients.
struct SendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Post the built issue to the webhooks and send it to the mail recipients in gazette.yml.",
        discussion: "Parts already delivered (per the archive's delivery table) are skipped unless --force; once "
            + "every target has every part the issue is marked sent, and its articles are not selected again. Exit status 0 "
            + "when every target has every part, 1 when any target failed (the others are still served), 2 for "
            + "usage or configuration errors."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "The issue's folder (default: the most recently built one under out/issues/).")
    var issue: String?

    @Option(name: .customLong("target"), help: "Send only to this target (repeatable).")
    var targets: [String] = []

    @Flag(help: "Write the exact requests to <issue>/payloads/ (secrets redacted) and send nothing.")
    var dryRun = false

    @Flag(help: "Send parts again even if the delivery log shows them delivered.")
    var force = false

    @Option(help: "A folder of templates overriding the built-in ones by name.")
    var templates: String?

    @Option(help: "The output folder (default: out).")
    var output: String?

    func run() async throws {
        let configuration = try global.loadConfiguration()
        let delivery = configuration.delivery
        guard !delivery.targets.isEmpty || delivery.email != nil else {
            throw CommandFailure("no delivery targets; add deliver.targets (or deliver.email) to gazette.yml "
                + "(see README.md, Sending)", status: .usage)
        }
        let built = try loadIssue(WritableOutput.directory(configuration, output: self.output))
        let library = try TemplateLoading.library(templates ?? configuration.compose.templatesDirectory)
        let output = try WritableOutput(configuration, output: self.output)
        defer { withExtendedLifetime(output) {} }
        let (outputDirectory, archive) = (output.directory, output.archive)
        var options = Deliverer.Options()
        options.force = force
        let deliverer = Deliverer(configuration: delivery, compose: configuration.compose, templates: library,
                                  log: archive, options: options)
        let only = targets.isEmpty ? nil : targets
        let report: DeliveryReport
        do {
            report = dryRun ? try deliverer.dryRun(built, only: only) : try await deliverer.deliver(built, only: only)
        } catch let error as DeliveryError {
            throw CommandFailure(error.description, status: .usage)
        }
        StandardOutput.write(DeliverySummary().render(report, built: built, dryRun: dryRun, log: archive.location))
        guard report.succeeded else { throw ExitStatus.partialFailure.exitCode }
        // Sent once every target has every part; a send limited by --target leaves the issue a draft.
        if !dryRun && targets.isEmpty, try archive.issue(key: built.key) != nil {
            try archive.markSent(key: built.key, at: Date())
            try ArchiveSite(configuration: configuration, output: outputDirectory, templates: library)
                .write(try archive.issues(), pages: [])
        }
    }

    private func loadIssue(_ outputDirectory: URL) throws -> BuiltIssue {
        do {
            if let issue { return try BuiltIssue.load(URL(fileURLWithPath: issue, isDirectory: true)) }
            return try BuiltIssue.latest(in: outputDirectory)
        } catch {
            throw CommandFailure(error.description, status: .partialFailure)
        }
    }
}
