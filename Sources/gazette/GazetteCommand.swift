import ArgumentParser
import Foundation
import GazetteCore

/// The `gazette` command: a thin layer over GazetteCore.
@main
struct GazetteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazette",
        abstract: "Compose weekly digests from the articles you collect.",
        discussion: """
            Exit status: 0 when everything was read, 1 when some input was skipped or failed \
            (or any warning with --strict), 2 for usage errors.
            """,
        version: "0.1.0",
        subcommands: [BuildCommand.self, SendCommand.self, PreviewCommand.self, ArchiveCommand.self, ArticlesCommand.self, RankCommand.self,
                      ExplainCommand.self]
    )

    /// Runs the command, mapping usage errors to exit status 2 as documented.
    static func main() async {
        HeapGrowth.padGenerously()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data(("error: " + failure.message + "\n").utf8))
            Foundation.exit(failure.status.rawValue)
        } catch let failure as ArchiveError {
            // A damaged or newer archive, an issue already sent: the archive's own words, exit status 1.
            FileHandle.standardError.write(Data(("error: " + failure.description + "\n").utf8))
            Foundation.exit(ExitStatus.partialFailure.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}
