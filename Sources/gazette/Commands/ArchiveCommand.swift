import ArgumentParser
import Foundation
import GazetteCore

/// `gazette archive`: the issues Gazette has built and sent.
struct ArchiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "List and show the issues kept in the archive (out/gazette.sqlite).",
        subcommands: [ListCommand.self, ShowCommand.self, RebuildCommand.self, ExportCommand.self, ImportCommand.self]
    )

    /// Opens the archive the configuration names.
    static func open(_ global: GlobalOptions, output: String?) throws -> ArchiveDatabase {
        let configuration = try global.loadConfiguration()
        return try ArchiveDatabase.open(for: configuration,
                                        output: WritableOutput.directory(configuration, output: output))
    }

    /// `gazette archive list`.
    struct ListCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Every issue, newest first.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "The output folder (default: out).")
        var output: String?

        @Option(help: "table or json.")
        var format: OutputFormat = .table

        func run() async throws {
            let issues = try ArchiveCommand.open(global, output: output).issues()
            StandardOutput.write(format == .table ? ArchiveTable().render(issues) : try ArchiveJSON().render(issues))
        }
    }

    /// `gazette archive show N`.
    struct ShowCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show",
                                                        abstract: "One issue: its sections and items, and its status.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The issue's number.")
        var number: Int

        @Option(help: "The output folder (default: out).")
        var output: String?

        @Option(help: "table or json.")
        var format: OutputFormat = .table

        func run() async throws {
            let archive = try ArchiveCommand.open(global, output: output)
            let archived: ArchivedIssue
            do {
                archived = try archive.issue(number)
            } catch {
                throw CommandFailure(error.description, status: .usage)
            }
            if format == .table {
                StandardOutput.write(ArchiveTable().render(archived, issue: try archived.decodedIssue()))
            } else {
                StandardOutput.write(String(decoding: archived.document, as: UTF8.self) + "\n")
            }
        }
    }

    /// `gazette archive rebuild`.
    struct RebuildCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rebuild",
            abstract: "Re-render every issue and the archive site with the current templates: same numbers, same items.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "A folder of templates overriding the built-in ones by name.")
        var templates: String?

        @Option(help: "The output folder (default: out).")
        var output: String?

        func run() async throws {
            let configuration = try global.loadConfiguration()
            let templateSet = templates ?? configuration.compose.templatesDirectory
            let library = try TemplateLoading.library(templateSet)
            let output = try WritableOutput(configuration, output: self.output)
            defer { withExtendedLifetime(output) {} }
            let (outputDirectory, archive) = (output.directory, output.archive)
            let site = ArchiveSite(configuration: configuration, output: outputDirectory, templates: library)
            let rebuilt: ArchiveRebuild.Outcome
            do {
                rebuilt = try await ArchiveRebuild(archive: archive, site: site,
                                                   writer: IssueWriter(outputDirectory: outputDirectory),
                                                   templateSet: templateSet).run()
            } catch let failure as ArchiveRebuild.Failure {
                throw CommandFailure(failure.description, status: .usage)
            }
            StandardOutput.write("Re-rendered \(rebuilt.issues) issue(s) with the current templates into "
                + "\(outputDirectory.appendingPathComponent("issues").path)/; archive site in \(site.directory.path)/\n")
        }
    }

    /// `gazette archive export`.
    struct ExportCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "Write the whole archive as JSON (to a file, or standard output).")

        @OptionGroup var global: GlobalOptions

        @Option(help: "The output folder (default: out).")
        var output: String?

        @Option(name: .customLong("file"), help: "Where to write (default: standard output).")
        var file: String?

        func run() async throws {
            let data = try ArchiveCommand.open(global, output: output).exportJSON()
            if let file {
                try AtomicFileWriter().write(data, to: URL(fileURLWithPath: file))
                FileHandle.standardError.write(Data("Exported the archive to \(file) (\(data.count / 1024) KB)\n".utf8))
            } else {
                FileHandle.standardOutput.write(data + Data("\n".utf8))
            }
        }
    }

    /// `gazette archive import FILE`.
    struct ImportCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Read an export into the archive: rows it lacks are added, rows it has are kept.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "A file written by `gazette archive export`.")
        var file: String

        @Option(help: "The output folder (default: out).")
        var output: String?

        func run() async throws {
            let configuration = try global.loadConfiguration()
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw CommandFailure("cannot read \(file): \(error.localizedDescription)", status: .usage)
            }
            let output = try WritableOutput(configuration, output: self.output)
            defer { withExtendedLifetime(output) {} }
            let archive = output.archive
            let summary: ArchiveImportSummary
            do {
                summary = try archive.importJSON(data, source: file)
            } catch {
                throw CommandFailure(error.description, status: .partialFailure)
            }
            StandardOutput.write("Imported \(summary.issues) issue(s), \(summary.articles) article(s) and "
                + "\(summary.deliveries) delivery attempt(s) into \(archive.path)\n")
        }
    }
}
