public import Foundation
import FlyingFox
import FlyingSocks
import GazetteCore

/// `gazette preview`: a server on 127.0.0.1 that shows the current issue (web, email at two widths, text, webhook
/// payloads), rebuilds when an article, a template or the configuration changes, and makes the open page reload.
/// A failed rebuild is shown in the page, over the last good one; the server keeps running.
public struct PreviewServer: Sendable {
    /// What to preview and where.
    public struct Options: Sendable {
        /// Files or folders of articles (empty: the configured sources).
        public var paths: [String]
        /// `gazette.yml`, when not the one in the working folder.
        public var configurationPath: String?
        /// A user's templates folder over the built-in ones.
        public var templates: URL?
        /// The port; 0 picks a free one.
        public var port: UInt16
        /// How often files are looked at.
        public var pollInterval: Duration

        /// The options.
        public init(paths: [String] = [], configurationPath: String? = nil, templates: URL? = nil, port: UInt16 = 8040,
                    pollInterval: Duration = .milliseconds(20)) {
            self.paths = paths
            self.configurationPath = configurationPath
            self.templates = templates
            self.port = port
            self.pollInterval = pollInterval
        }
    }

    /// Why the server could not start.
    public struct StartFailure: Error, CustomStringConvertible {
        public var description: String
    }

    let options: Options

    /// A server for `options`.
    public init(options: Options) {
        self.options = options
    }

    /// Builds, starts listening, calls `listening` with the address, and serves until the task is cancelled.
    public func run(listening: @Sendable (URL) -> Void) async throws {
        let state = PreviewState()
        let builder = PreviewBuilder(options: options)
        let server = HTTPServer(config: .init(address: try .inet(ip4: "127.0.0.1", port: options.port), timeout: 60,
                                              pool: NoDelaySocketPool(pool: HTTPServer.defaultPool()),
                                              logger: .disabled))
        await routes(server, state: state)
        let startFailure = StartFailureBox()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    try await server.run()
                } catch {
                    await startFailure.record(error)
                    throw error
                }
            }
            // Listening, or the server's bind failed (a port in use): whichever comes first.
            while await !server.isListening {
                if let error = await startFailure.error {
                    group.cancelAll()
                    throw StartFailure(description: "cannot listen on 127.0.0.1:\(options.port): the port is in use or "
                        + "not allowed (\(error)); choose another with --port")
                }
                try await Task.sleep(for: .milliseconds(10))
            }
            guard case .ip4(_, let port) = await server.listeningAddress,
                  let url = URL(string: "http://127.0.0.1:\(port)/") else {
                throw StartFailure(description: "the preview server has no IPv4 address")
            }
            await rebuild(builder, state: state, fromScratch: true)
            listening(url)
            group.addTask { try await watch(builder, state: state) }
            try await group.next()
            group.cancelAll()
        }
    }

    private func routes(_ server: HTTPServer, state: PreviewState) async {
        await server.appendRoute("GET /") { _ in
            Self.html(PreviewPage(snapshot: await state.snapshot).render())
        }
        await server.appendRoute("GET /web") { _ in
            Self.html(await state.snapshot.rendering?.web ?? "")
        }
        await server.appendRoute("GET /email") { _ in
            Self.html(await state.snapshot.rendering?.email ?? "")
        }
        await server.appendRoute("GET /payloads") { _ in
            do {
                return Self.html(PayloadsPage(payloads: try await state.snapshot.rendering?.payloads() ?? []).render())
            } catch {
                return Self.html("<!DOCTYPE html><title>Payloads</title><pre>\("\(error)".htmlEscaped)</pre>")
            }
        }
        await server.appendRoute("GET /text") { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
                         body: Data((await state.snapshot.rendering?.text ?? "").utf8))
        }
        await server.appendRoute("GET /changes") { request in
            let since = request.query["since"].flatMap(Int.init) ?? 0
            let version = await state.change(after: since, timeout: .seconds(25))
            let error = await state.snapshot.error
            let body = try JSONSerialization.data(withJSONObject: ["version": version, "failed": error != nil])
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", .init("Cache-Control"): "no-store"],
                                body: body)
        }
    }

    private static func html(_ text: String) -> HTTPResponse {
        HTTPResponse(statusCode: .ok, headers: [.contentType: "text/html; charset=utf-8", .init("Cache-Control"): "no-store"],
                     body: Data(text.utf8))
    }

    /// Looks at the files every `pollInterval` and rebuilds what a change needs. When the configuration changes,
    /// the article folders are read from it again, as the rebuild reads them (a new `sources` is watched at once).
    private func watch(_ builder: PreviewBuilder, state: PreviewState) async throws {
        var articlePaths = self.articlePaths()
        var seen = files(articlePaths)
        while !Task.isCancelled {
            try await Task.sleep(for: options.pollInterval)
            var now = files(articlePaths)
            var change = now.changes(since: seen)
            guard !change.isEmpty else { continue }
            // An editor's save can be several writes: wait until the files hold still for one interval.
            while true {
                try await Task.sleep(for: options.pollInterval)
                let settled = files(articlePaths)
                guard settled != now else { break }
                change.formUnion(settled.changes(since: now))
                now = settled
            }
            if change.contains(.configuration) {
                articlePaths = self.articlePaths()
                now = files(articlePaths)
            }
            seen = now
            let templatesOnly = change == WatchedFiles.Change.templates
            await rebuild(builder, state: state, fromScratch: !templatesOnly)
        }
    }

    private func rebuild(_ builder: PreviewBuilder, state: PreviewState, fromScratch: Bool) async {
        do {
            await state.publish(try await builder.build(fromScratch: fromScratch))
        } catch {
            await state.fail("\(error)")
        }
    }

    /// The folders and files the articles come from: the command line's, else the configuration's `sources` (the
    /// default's when the configuration cannot be read; the rebuild reports why).
    private func articlePaths() -> [String] {
        guard options.paths.isEmpty else { return options.paths }
        return (try? ConfigurationLoader().load(path: options.configurationPath))?.sources ?? GazetteConfiguration().sources
    }

    private func files(_ articlePaths: [String]) -> WatchedFiles {
        let templates = [TemplateLibrary.builtInDirectory] + [options.templates].compactMap { $0 }
        return WatchedFiles(articles: articlePaths, templates: templates,
                            configuration: options.configurationPath ?? ConfigurationLoader.defaultFileName)
    }
}

/// The server task's error, if it ended before listening.
private actor StartFailureBox {
    private(set) var error: (any Error)?

    func record(_ error: any Error) {
        self.error = error
    }
}
