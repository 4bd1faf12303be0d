import Curl
import Foundation
import GazetteTesting
import Testing

@Suite("HTTPClient against a real server on 127.0.0.1")
struct HTTPClientTests {
    @Test("a POST arrives with its body, headers and User-Agent, and the answer comes back whole")
    func postRoundTrip() async throws {
        let server = try await LoopbackHTTPServer { request, _ in
            .init(status: 201, headers: ["X-Echo": request.headers["x-test"] ?? ""], body: "got " + request.text)
        }
        defer { Task { await server.stop() } }
        let client = HTTPClient(options: TransferOptions(userAgent: "Gazette/test"))
        let body = Data(#"{"hello":"世界"}"#.utf8)
        let result = await client.send(HTTPRequest(url: server.url("/hook?x=1"), headers: [
            ("Content-Type", "application/json"), ("X-Test", "42"),
        ], body: body))
        let response = try result.get()
        #expect(response.status == 201)
        #expect(response.header("x-echo") == "42")
        #expect(response.text == #"got {"hello":"世界"}"#)
        let received = try #require(await server.requests().first)
        #expect(received.method == "POST")
        #expect(received.target == "/hook?x=1")
        #expect(received.body == body)
        #expect(received.headers["user-agent"] == "Gazette/test")
        #expect(received.headers["content-type"] == "application/json")
        #expect(received.headers["expect"] == nil)
    }

    @Test("a redirect is returned as it is, never followed")
    func redirectNotFollowed() async throws {
        let server = try await LoopbackHTTPServer { request, _ in
            request.path == "/old" ? .init(status: 301, headers: ["Location": "/new"]) : .init(status: 200)
        }
        defer { Task { await server.stop() } }
        let response = try await HTTPClient().send(HTTPRequest(url: server.url("/old"), body: Data("x".utf8))).get()
        #expect(response.status == 301)
        #expect(response.header("Location") == "/new")
        #expect(await server.requests().map(\.path) == ["/old"])
    }

    @Test("a response slower than the total timeout is a timeout")
    func timeout() async throws {
        let server = try await LoopbackHTTPServer { _, _ in .init(status: 200, delay: .seconds(3)) }
        defer { Task { await server.stop() } }
        let client = HTTPClient(options: TransferOptions(connectTimeout: .seconds(1), totalTimeout: .milliseconds(300)))
        let started = ContinuousClock.now
        let result = await client.send(HTTPRequest(url: server.url("/slow")))
        // Before the server's answer at 3 s: the timeout, not the reply, ended it.
        #expect(ContinuousClock.now - started < .milliseconds(2_900))
        guard case .failure(let error) = result else {
            Issue.record("expected a timeout, got \(result)")
            return
        }
        #expect(error.kind == .timedOut)
        #expect(error.isTransient)
    }

    @Test("nothing listening is a connection error that may be retried")
    func nothingListening() async throws {
        let server = try await LoopbackHTTPServer { _, _ in .init() }
        let closed = server.url("/gone")
        await server.stop()
        let result = await HTTPClient().send(HTTPRequest(url: closed))
        guard case .failure(let error) = result else {
            Issue.record("expected a connection error, got \(result)")
            return
        }
        #expect(error.kind == .couldNotConnect)
        #expect(error.isTransient)
        #expect(error.message.contains("127.0.0.1") || error.message.lowercased().contains("connect"))
    }

    @Test("schemes other than http and https are refused", arguments: ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/"])
    func otherSchemesRefused(address: String) async throws {
        let result = await HTTPClient().send(HTTPRequest(method: .get, url: try #require(URL(string: address))))
        guard case .failure(let error) = result else {
            Issue.record("expected a refusal, got \(result)")
            return
        }
        #expect(error.kind == .badAddress)
        #expect(!error.isTransient)
    }

    @Test("a long response body is cut at the cap and says so")
    func bodyCapped() async throws {
        let server = try await LoopbackHTTPServer { _, _ in .init(body: String(repeating: "x", count: 100_000)) }
        defer { Task { await server.stop() } }
        let client = HTTPClient(options: TransferOptions(maxResponseBytes: 1024))
        let response = try await client.send(HTTPRequest(method: .get, url: server.url("/big"))).get()
        #expect(response.body.count == 1024)
        #expect(response.bodyTruncated)
    }

    @Test("many requests run at once, but no more than the limit")
    func boundedConcurrency() async throws {
        let server = try await LoopbackHTTPServer { _, _ in .init(status: 204, delay: .milliseconds(200)) }
        defer { Task { await server.stop() } }
        let client = HTTPClient(options: TransferOptions(maxConcurrentTransfers: 5))
        let requests = (0..<20).map { HTTPRequest(url: server.url("/r/\($0)")) }
        let started = ContinuousClock.now
        let results = await client.send(requests)
        let elapsed = ContinuousClock.now - started
        #expect(results.allSatisfy { (try? $0.get().status) == 204 })
        // 20 requests of 200 ms, 5 at a time: at least four waves (≥ 0.8 s). The server counts how many it was
        // answering at once: exactly the limit, so they ran in parallel and never beyond it. (No upper bound on the
        // time: under a loaded test run it says more about the machine than about the client.)
        #expect(elapsed >= .milliseconds(780))
        #expect(Set(await server.requests().map(\.path)).count == 20)
        #expect(await server.peakConcurrentRequests() == 5, "the server saw exactly the limit at once")
    }
}
