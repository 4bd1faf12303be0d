import ArgumentParser
import Foundation
import GazetteCore

/// `gazette archive`: the issues Gazette has built and sent.
struct ArchiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "List and show the issues kept in the archive (out/gazette.sqlite).",
        subcommands: [ListCommand.self, ShowCommand.self]
    )

    /// Opens the archive the configuration names.
    static func open(_ global: GlobalOptions, output: String?) throws -> ArchiveDatabase {
        let configuration = try global.loadConfiguration()
        return try ArchiveDatabase.open(for: configuration,
                                        output: URL(fileURLWithPath: output ?? configuration.outputDirectory))
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
}
