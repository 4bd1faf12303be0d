import ArgumentParser
import Foundation
import GazettePreview

/// `gazette preview`: a live preview of the current issue on 127.0.0.1.
struct PreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Serve the current issue on 127.0.0.1: web, email at desktop and phone widths, text, webhook payloads.",
        discussion: "Rebuilds when an article, a template or gazette.yml changes, and the open page reloads by itself; a "
            + "failed rebuild is shown in the page. Nothing is written. Ctrl-C stops it. Exit status 1 when the port "
            + "cannot be used."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Files or folders to read (default: the configured sources, seeds/).")
    var paths: [String] = []

    @Option(help: "The port on 127.0.0.1 (0 picks a free one).")
    var port: UInt16 = 8040

    @Option(help: "A folder of templates overriding the built-in ones by name (watched too).")
    var templates: String?

    func run() async throws {
        _ = try global.loadConfiguration()  // a broken gazette.yml is a usage error before anything starts
        let options = PreviewServer.Options(paths: paths, configurationPath: global.configurationPath,
                                            templates: templates.map { URL(fileURLWithPath: $0, isDirectory: true) },
                                            port: port)
        let serving = Task {
            try await PreviewServer(options: options).run { url in
                StandardOutput.write("Preview at \(url) (Ctrl-C stops it)\n")
            }
        }
        // Ctrl-C cancels the server: it stops listening, its connections and the watcher end, and the command
        // returns. Should a connection not end within two seconds, the process ends anyway.
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        interrupt.setEventHandler {
            serving.cancel()
            DispatchQueue.global().asyncAfter(deadline: .now() + 2) {
                FileHandle.standardError.write(Data("\nPreview stopped (a connection was still open).\n".utf8))
                Foundation.exit(0)
            }
        }
        interrupt.resume()
        defer { interrupt.cancel() }
        do {
            try await serving.value
        } catch let failure as PreviewServer.StartFailure {
            throw CommandFailure(failure.description, status: .partialFailure)
        } catch where serving.isCancelled {
            // Stopped by Ctrl-C.
        }
        FileHandle.standardError.write(Data("\nPreview stopped.\n".utf8))
    }
}
