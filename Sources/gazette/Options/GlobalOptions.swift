import ArgumentParser
import Foundation
import GazetteCore

/// Flags every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("config"), help: "The configuration file (default: ./gazette.yml when present).")
    var configurationPath: String?

    /// The configuration, or a usage error (exit status 2) naming the key to fix.
    func loadConfiguration() throws -> GazetteConfiguration {
        do {
            return try ConfigurationLoader().load(path: configurationPath)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
