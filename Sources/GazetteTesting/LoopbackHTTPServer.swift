public import Foundation
import FlyingFox
import FlyingSocks

/// A real HTTP server on 127.0.0.1, on a port the system picks, for tests: it records every request and answers
/// each one with whatever the test's responder says.
public final class LoopbackHTTPServer: Sendable {
    /// A request as the server received it.
    public struct Request: Sendable {
        public var method: String
        /// The path and query, as sent.
        public var target: String
        public var path: String
        /// Query items, in order.
        public var query: [(name: String, value: String)]
        /// Header names as sent, lower-cased, with their values.
        public var headers: [String: String]
        public var body: Data
        /// When it arrived.
        public var received: Date

        /// The body as text.
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// What the server answers.
    public struct Reply: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: Data
        /// Waits this long before answering.
        public var delay: Duration

        /// A reply with a text body.
        public init(status: Int = 200, headers: [String: String] = [:], body: String = "", delay: Duration = .zero) {
            self.status = status
            self.headers = headers
            self.body = Data(body.utf8)
            self.delay = delay
        }
    }

    /// Decides the reply to a request, given how many requests to the same path came before it (0 for the first).
    public typealias Responder = @Sendable (_ request: Request, _ previousOnPath: Int) -> Reply

    private let server: HTTPServer
    private let recorder = Recorder()
    private let task: Task<Void, any Error>
    /// The server's base address, such as `http://127.0.0.1:40123`.
    public let baseURL: URL

    /// Starts a server and waits until it listens.
    public init(responder: @escaping Responder) async throws {
        let recorder = self.recorder
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 30, logger: .disabled)
        await server.appendRoute("*") { request in
            let body = try await request.bodyData
            let recorded = Request(
                method: request.method.rawValue, target: request.target.rawValue, path: request.path,
                query: request.query.map { ($0.name, $0.value) },
                headers: Dictionary(request.headers.map { ($0.key.rawValue.lowercased(), $0.value) },
                                    uniquingKeysWith: { first, _ in first }),
                body: body, received: Date())
            let previous = await recorder.record(recorded)
            let reply = responder(recorded, previous)
            if reply.delay > .zero { try? await Task.sleep(for: reply.delay) }
            await recorder.answered()
            var headers = HTTPHeaders()
            for (name, value) in reply.headers { headers[HTTPHeader(name)] = value }
            return HTTPResponse(statusCode: HTTPStatusCode(reply.status, phrase: "Status \(reply.status)"),
                                headers: headers, body: reply.body)
        }
        self.server = server
        task = Task { try await server.run() }
        try await server.waitUntilListening(timeout: 30)
        guard case .ip4(_, let port) = await server.listeningAddress else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "the test server is not on IPv4"])
        }
        baseURL = URL(string: "http://127.0.0.1:\(port)")!
    }

    /// An address on this server.
    public func url(_ path: String) -> URL {
        URL(string: baseURL.absoluteString + path)!
    }

    /// Every request received so far, in order.
    public func requests() async -> [Request] {
        await recorder.requests
    }

    /// The most requests the server was handling at once (received, not yet answered).
    public func peakConcurrentRequests() async -> Int {
        await recorder.peakInFlight
    }

    /// Stops the server.
    public func stop() async {
        await server.stop(timeout: 1)
        task.cancel()
    }

    private actor Recorder {
        var requests: [Request] = []
        var inFlight = 0
        var peakInFlight = 0

        func record(_ request: Request) -> Int {
            let previous = requests.count { $0.path == request.path }
            requests.append(request)
            inFlight += 1
            peakInFlight = max(peakInFlight, inFlight)
            return previous
        }

        func answered() {
            inFlight -= 1
        }
    }
}

extension HTTPRequest.Target {
    fileprivate var rawValue: String {
        let query = query()
        return path() + (query.isEmpty ? "" : "?" + query)
    }
}
