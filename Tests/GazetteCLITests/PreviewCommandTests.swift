import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import GazetteCore
import GazetteTesting
import Testing

/// `gazette preview` as an editor uses it: open in a real browser (headless Chromium), edit a template, watch the
/// page update itself; break a template and see the error in the page; Ctrl-C; a port already taken.
@Suite(.serialized) struct PreviewCommandTests {
    let gazette = GazetteExecutable()

    static let chromium = BuildCommandTests.chromium
    static let cdp = (try? Python.run("import websocket").status) == 0

    @Test(.enabled(if: chromium != nil && cdp, "Chromium and websocket-client are not installed (make test-deps)"))
    func aTemplateEditUpdatesTheOpenPageAndABrokenOneShowsItsError() async throws {
        let templates = try TemporaryDirectory()
        let subject = Fixtures.repositoryRoot.appendingPathComponent("templates/subject.mustache")
        _ = try templates.write(try String(contentsOf: subject, encoding: .utf8), to: "subject.mustache")
        let preview = try gazette.start(["preview", "--port", "0", "--templates", templates.path, "seeds"])
        let address = try await preview.waitForLine(startingWith: "Preview at ", timeout: .seconds(15))
        let url = try #require(URL(string: String(address.prefix { $0 != " " })))
        #expect(url.host == "127.0.0.1")

        let script = try String(contentsOf: Fixtures.url("servers/watch_preview.py"), encoding: .utf8)
        let shots = try TemporaryDirectory()  // not in the watched templates folder
        let screenshot = shots.url.appendingPathComponent("preview.png")
        let browser = try Python.start(script, arguments: [url.absoluteString, screenshot.path])
        defer { browser.stop() }
        let first = try await browser.waitForLine(startingWith: "LOADED ", timeout: .seconds(30))
        #expect(first.contains("第 1 期"), "the page shows the issue's subject: \(first)")
        #expect((try? Data(contentsOf: screenshot).count) ?? 0 > 10_000, "a screenshot of the page was taken")

        // Given the page open, when the subject template is saved, then the page updates itself with it.
        let saved = Date()
        _ = try templates.write("{{% CONTENT_TYPE: TEXT}}\nEDITED {{title}} {{issueNumber}}", to: "subject.mustache")
        let updated = try await browser.waitForLine(startingWith: "UPDATED ", timeout: .seconds(20))
        #expect(updated.hasPrefix("EDITED Gazette 第 1 期"), "\(updated)")
        let frame = try await browser.waitForLine(startingWith: "FRAME ", timeout: .seconds(5))
        #expect(frame.hasPrefix("EDITED Gazette 第 1 期"), "the web version's frame was loaded again: \(frame)")
        #expect(frame.hasSuffix("| 400"), "the web version kept its scroll position: \(frame)")
        if let when = updated.split(separator: " ").last.flatMap({ Double($0) }) {
            let milliseconds = Int((when - saved.timeIntervalSince1970) * 1000)
            FileHandle.standardError.write(Data("preview: template save to updated page: \(milliseconds) ms\n".utf8))
            #expect(milliseconds < 5_000)
        }

        // A broken template: the page shows the error (file and line) and the server keeps running.
        _ = try templates.write("{{#broken}", to: "subject.mustache")
        let error = try await browser.waitForLine(startingWith: "ERROR ", timeout: .seconds(20))
        #expect(error.contains("subject.mustache:1"), "\(error)")
        // On the email view, scrolled down, the note is brought into the window.
        let top = try await browser.waitForLine(startingWith: "ERROR-TOP ", timeout: .seconds(5))
        #expect(Double(top).map { (0..<900).contains($0) } == true, "the error note's top: \(top)")
        #expect(preview.process.isRunning)

        // Ctrl-C stops it cleanly.
        kill(preview.process.processIdentifier, SIGINT)
        for _ in 0..<100 where preview.process.isRunning { try await Task.sleep(for: .milliseconds(20)) }
        #expect(!preview.process.isRunning)
        #expect(preview.process.terminationStatus == 0)
        #expect(preview.errors().contains("Preview stopped."))
    }

    /// Given a preview of the configured `sources`, when the configuration names another folder, then the preview
    /// shows that folder's articles, and an article saved there later updates the preview too (the folder is watched).
    @Test func aNewSourcesFolderInTheConfigurationIsWatched() async throws {
        let work = try TemporaryDirectory()
        let seeds = Fixtures.repositoryRoot.appendingPathComponent("seeds")
        let deepMind = try String(contentsOf: seeds.appendingPathComponent("000_7426001b6bf435d4.txt"), encoding: .utf8)
        let interview = try String(contentsOf: seeds.appendingPathComponent("002_e52f8c32b2a633ba.txt"), encoding: .utf8)
        _ = try work.write(deepMind, to: "first/000.txt")
        _ = try work.write(interview, to: "second/002.txt")
        _ = try work.write("sources: [first]\n", to: "gazette.yml")
        let preview = try gazette.start(["preview", "--port", "0"], in: work.url)
        defer { preview.stop() }
        let address = try await preview.waitForLine(startingWith: "Preview at ", timeout: .seconds(15))
        let base = try #require(URL(string: String(address.prefix { $0 != " " })))
        let marker = "亮相NeurIPS 2024"
        var version = try await Self.version(after: 0, at: base)
        #expect(try await Self.page("web", at: base).contains(marker))

        _ = try work.write("sources: [second]\n", to: "gazette.yml")
        version = try await Self.version(after: version, at: base)
        #expect(!(try await Self.page("web", at: base).contains(marker)), "the preview shows the second folder")

        _ = try work.write(deepMind, to: "second/000.txt")
        let next = try await Self.version(after: version, at: base)
        #expect(next > version, "a file saved in the newly configured folder rebuilt the preview")
        #expect(try await Self.page("web", at: base).contains(marker))
    }

    /// Given the seeds and two configured webhooks, the preview serves the email at both widths, the plain text, and
    /// each webhook's payloads under its name (its themes only); with no webhook configured, a sample per platform.
    @Test func theEmailTextAndEachConfiguredWebhooksPayloadsAreServed() async throws {
        let work = try TemporaryDirectory()
        let seeds = Fixtures.repositoryRoot.appendingPathComponent("seeds").path
        _ = try work.write("""
            sources: [\(seeds)]
            deliver:
              targets:
                - {name: team-slack, kind: slack, url: "https://hooks.slack.example/services/T0/B0/x"}
                - {name: research-room, kind: discord, url: "https://discord.example/api/webhooks/1/x", themes: [research]}
            """, to: "gazette.yml")
        let preview = try gazette.start(["preview", "--port", "0"], in: work.url)
        defer { preview.stop() }
        let address = try await preview.waitForLine(startingWith: "Preview at ", timeout: .seconds(15))
        let base = try #require(URL(string: String(address.prefix { $0 != " " })))
        _ = try await Self.version(after: 0, at: base)

        let page = try await Self.page("", at: base)
        #expect(page.contains(#"data-src="/email" width="700""#) && page.contains(#"data-src="/email" width="375""#),
                "the email side by side at desktop and phone widths")
        let email = try await Self.page("email", at: base)
        let text = try await Self.page("text", at: base)
        #expect(text.hasPrefix("Gazette · 第 1 期"), "the plain text opens with the masthead")
        #expect(!text.contains("<table") && !text.contains("<p>") && text.count > 1000)
        let firstItem = try #require(text.split(separator: "\n").first { $0.hasPrefix("1. ") })
        let firstTitle = String(firstItem.dropFirst(3).replacing(/\s\[\d+\]$/, with: ""))
        #expect(email.hasPrefix("<!DOCTYPE html") && email.contains(firstTitle), "the same first item: \(firstTitle)")

        let payloads = try await Self.page("payloads", at: base)
        #expect(payloads.contains("team-slack (slack) 1/"))
        #expect(payloads.contains("research-room (discord)"))
        #expect(!payloads.contains("a sample"), "only the configured webhooks")
        #expect(!payloads.contains("wecom") && !payloads.contains("feishu"))
        #expect(payloads.contains("&quot;blocks&quot;"), "Slack's payload is Block Kit JSON")
    }

    @Test func withNoWebhookConfiguredEveryPlatformsPayloadIsShownAsASample() async throws {
        let preview = try gazette.start(["preview", "--port", "0", "seeds"])
        defer { preview.stop() }
        let address = try await preview.waitForLine(startingWith: "Preview at ", timeout: .seconds(15))
        let base = try #require(URL(string: String(address.prefix { $0 != " " })))
        _ = try await Self.version(after: 0, at: base)
        let payloads = try await Self.page("payloads", at: base)
        for kind in WebhookKind.allCases {
            #expect(payloads.contains("\(kind.rawValue) (a sample: no webhook is configured"), "\(kind)")
        }
    }

    /// The preview's version after `since`, waiting (the server holds the request up to 25 s) for a rebuild.
    private static func version(after since: Int, at base: URL) async throws -> Int {
        let (data, _) = try await URLSession.shared.data(from: base.appendingPathComponent("changes")
            .appending(queryItems: [URLQueryItem(name: "since", value: "\(since)")]))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return try #require(object?["version"] as? Int)
    }

    private static func page(_ path: String, at base: URL) async throws -> String {
        let (data, _) = try await URLSession.shared.data(from: base.appendingPathComponent(path))
        return String(decoding: data, as: UTF8.self)
    }

    /// Ctrl-C while a page waits for a change (as an open page always does) stops the server and its watcher, ends
    /// the waiting request, and exits 0 at once: not through the fallback that ends a process still holding a
    /// connection after two seconds.
    @Test func ctrlCStopsTheServerWhileAPageWaitsForAChange() async throws {
        let preview = try gazette.start(["preview", "--port", "0", "seeds"])
        defer { preview.stop() }
        let address = try await preview.waitForLine(startingWith: "Preview at ", timeout: .seconds(15))
        let base = try #require(URL(string: String(address.prefix { $0 != " " })))
        let current = try await Self.version(after: 0, at: base)
        let waiting = Task { try? await Self.version(after: current, at: base) }
        try await Task.sleep(for: .milliseconds(300))
        let interrupted = ContinuousClock.now
        kill(preview.process.processIdentifier, SIGINT)
        for _ in 0..<150 where preview.process.isRunning { try await Task.sleep(for: .milliseconds(10)) }
        #expect(!preview.process.isRunning)
        #expect(ContinuousClock.now - interrupted < .seconds(1), "well before the two-second fallback")
        #expect(preview.process.terminationStatus == 0)
        #expect(preview.errors().contains("Preview stopped.\n"))
        #expect(!preview.errors().contains("still open"))
        waiting.cancel()
    }

    @Test func aPortInUseIsAClearError() async throws {
        let taken = try await LoopbackHTTPServer { _, _ in .init() }
        let port = try #require(taken.baseURL.port)
        let run = try await gazette.run(["preview", "--port", "\(port)", "seeds"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("cannot listen on 127.0.0.1:\(port)"), "\(run.standardError)")
        await taken.stop()
    }
}
