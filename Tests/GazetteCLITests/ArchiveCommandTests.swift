import Foundation
import GazetteTesting
import Testing

/// The archive as a user meets it: `build` twice, `send`, `build` again, `archive list|show`, `explain`.
@Suite(.serialized) struct ArchiveCommandTests {
    let gazette = GazetteExecutable()

    /// A gazette.yml in `folder` whose output is `folder` and whose one target is `hook` (if any).
    private func configuration(in folder: TemporaryDirectory, hook: URL? = nil) throws -> String {
        let targets = hook.map { "deliver:\n  targets:\n    - {name: hook, kind: discord, url: \"\($0.absoluteString)\"}\n" } ?? ""
        return try folder.write("output: \(folder.path)\n" + targets, to: "gazette.yml").path
    }

    private func issueItemIDs(_ folder: URL) throws -> Set<String> {
        let data = try Data(contentsOf: folder.appendingPathComponent("issue.json"))
        let issue = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let sections = issue["sections"] as? [[String: Any]] ?? []
        return Set(sections.flatMap { ($0["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } })
    }

    private func archiveList(_ config: String) throws -> [[String: Any]] {
        let run = try gazette.run(["archive", "list", "--config", config, "--format", "json"])
        try #require(run.status == 0, "\(run.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: Any]])
    }

    /// Every item the issue shows is in `issueItem` with its section, rank and the score terms that ranked it (the
    /// terms add up to the score, as `gazette rank` explains them).
    @Test func eachIssueItemIsArchivedWithItsScoreTerms() throws {
        let folder = try TemporaryDirectory()
        let config = try configuration(in: folder)
        let build = try gazette.run(["build", "seeds", "--config", config])
        try #require(build.status == 0, "\(build.standardError)")
        let issueFolder = try #require(try FileManager.default.contentsOfDirectory(
            at: folder.url.appendingPathComponent("issues"), includingPropertiesForKeys: nil).first)
        let shown = try issueItemIDs(issueFolder)
        let run = try Python.run("""
            import json, sqlite3, sys
            rows = sqlite3.connect(sys.argv[1]).execute(
                "SELECT articleID, section, rank, score, scoreTerms FROM issueItem WHERE issueNumber = 1").fetchall()
            for article, section, rank, score, terms in rows:
                terms = json.loads(terms)
                names = [term["name"] for term in terms["terms"]]
                total = sum(term["contribution"] for term in terms["terms"])
                total += (terms.get("diversityPenalty") or {}).get("contribution", 0)
                assert abs(total - score) < 1e-6, (article, total, score)
                assert rank >= 1 and section, (article, rank, section)
                print(article, ",".join(names))
            """, arguments: [folder.url.appendingPathComponent("gazette.sqlite").path])
        #expect(run.status == 0, "\(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n")
        #expect(Set(lines.compactMap { $0.split(separator: " ").first.map(String.init) }) == shown)
        #expect(lines.allSatisfy { $0.contains("recency") }, "\(lines)")
    }

    @Test func rebuildingKeepsOneDraftAndSentArticlesNeverRepeat() async throws {
        let server = try await LoopbackHTTPServer { _, _ in .init(status: 204) }
        let folder = try TemporaryDirectory()
        let config = try configuration(in: folder, hook: server.url("/hook"))

        // Given two builds in a row, when the archive is listed, then there is one draft: issue 1.
        let firstBuild = try await gazette.run(["build", "seeds", "--config", config])
        #expect(firstBuild.status == 0)
        #expect(!firstBuild.standardOutput.contains("not parsed again"))
        // The second build reuses what the first read from the unchanged seeds.
        let secondBuild = try await gazette.run(["build", "seeds", "--config", config])
        #expect(secondBuild.status == 0)
        #expect(secondBuild.standardOutput.contains("Ingest: 3 of 3 files unchanged since an earlier build, "
            + "not parsed again"), "\(secondBuild.standardOutput)")
        #expect(try await gazette.run(["build", "seeds", "--config", config, "--no-cache"]).standardOutput
            .contains("not parsed again") == false)
        var issues = try archiveList(config)
        #expect(issues.count == 1)
        #expect(issues.first?["number"] as? Int == 1 && issues.first?["status"] as? String == "built")
        let period = try #require(issues.first?["key"] as? String)
        let first = try issueItemIDs(folder.url.appendingPathComponent("issues/\(period)"))
        #expect(first.count == issues.first?["items"] as? Int)

        // When it is sent, it is marked sent.
        let send = try await gazette.run(["send", "--config", config])
        #expect(send.status == 0, "\(send.standardOutput)\(send.standardError)")
        issues = try archiveList(config)
        #expect(issues.first?["status"] as? String == "sent")

        // The next build leaves out every article of issue 1 and says so; its folder is the period's second.
        let next = try await gazette.run(["build", "seeds", "--config", config])
        #expect(next.status == 0, "\(next.standardError)")
        #expect(next.standardOutput.contains("\(first.count) article(s) already in an earlier issue were left out "
            + "(\(first.count) in issue 1)"), "\(next.standardOutput)")
        let second = try issueItemIDs(folder.url.appendingPathComponent("issues/\(period).2"))
        #expect(!second.isEmpty && second.isDisjoint(with: first))
        issues = try archiveList(config)
        #expect(issues.map { $0["number"] as? Int } == [2, 1])

        // Once everything went out, a build says nothing new is left.
        #expect(try await gazette.run(["send", "--config", config]).status == 0)
        let empty = try await gazette.run(["build", "seeds", "--config", config])
        #expect(empty.status == 1)
        #expect(empty.standardError.contains("already in an earlier issue were left out"), "\(empty.standardError)")
        #expect(try archiveList(config).count == 2, "no empty issue is recorded")

        // explain names the issue an article was in.
        let id = try #require(first.sorted().first)
        let explain = try await gazette.run(["explain", id, "seeds", "--config", config])
        #expect(explain.status == 0)
        #expect(explain.standardOutput.contains("issue 1 (\(period), sent)"))
        #expect(explain.standardOutput.contains("not selected again"))
        await server.stop()
    }

    @Test func aFileMadeUnreadableAfterABuildIsReportedNotServedFromTheCache() async throws {
        // Given a build by an unprivileged user (root reads everything) that remembered the three seeds
        let folder = try TemporaryDirectory()
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)
        let articles = folder.url.appendingPathComponent("articles")
        try FileManager.default.copyItem(at: Fixtures.seeds, to: articles)
        let config = try configuration(in: folder)
        let wrapper = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let first = try gazette.run(["build", articles.path, "--config", config], in: folder.url, wrapper: wrapper)
        try #require(first.status == 0, "\(first.standardError)")

        // When one of them can no longer be read, with its size and time unchanged
        let locked = try #require(try FileManager.default.contentsOfDirectory(atPath: articles.path)
            .first { $0.hasPrefix("002") })
        try FileManager.default.setAttributes([.posixPermissions: 0o000],
                                              ofItemAtPath: articles.appendingPathComponent(locked).path)
        let second = try gazette.run(["build", articles.path, "--config", config], in: folder.url, wrapper: wrapper)

        // Then the build names it and fails as for any unreadable file, reusing only the other two
        #expect(second.status == 1)
        #expect(second.standardError.contains("\(locked): error: permission denied"), "\(second.standardError)")
        #expect(second.standardOutput.contains("Ingest: 2 of 3 files unchanged"), "\(second.standardOutput)")
    }

    @Test func showPrintsTheIssueAndUnknownNumbersAreUsageErrors() throws {
        let folder = try TemporaryDirectory()
        let config = try configuration(in: folder)
        let empty = try gazette.run(["archive", "list", "--config", config])
        #expect(empty.status == 0 && empty.standardOutput.contains("no issue yet"))
        #expect(try gazette.run(["build", "seeds", "--config", config]).status == 0)
        let show = try gazette.run(["archive", "show", "1", "--config", config])
        #expect(show.status == 0)
        #expect(show.standardOutput.hasPrefix("Issue 1 ("))
        #expect(show.standardOutput.contains("(research)"))
        let missing = try gazette.run(["archive", "show", "9", "--config", config])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("there is no issue 9; the archive holds 1"))
    }

    @Test func aDamagedDatabaseIsAClearErrorAndIsLeftAlone() throws {
        let folder = try TemporaryDirectory()
        let config = try configuration(in: folder)
        let junk = Data(repeating: 0x5A, count: 8192)
        let database = try folder.write(junk, to: "gazette.sqlite")
        let run = try gazette.run(["build", "seeds", "--config", config])
        #expect(run.status == 1)
        #expect(run.standardError.contains("is not a Gazette database or is damaged"), "\(run.standardError)")
        #expect(try Data(contentsOf: database) == junk)
    }

    @Test func aDatabaseFromANewerGazetteIsRefusedUnchanged() throws {
        let folder = try TemporaryDirectory()
        let config = try configuration(in: folder)
        #expect(try gazette.run(["build", "seeds", "--config", config]).status == 0)
        let database = folder.url.appendingPathComponent("gazette.sqlite").path
        let upgrade = try Python.run("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.execute("INSERT INTO grdb_migrations VALUES ('v99-from-the-future')")
            db.commit()
            """, arguments: [database])
        try #require(upgrade.status == 0, "\(upgrade.standardError)")
        let run = try gazette.run(["archive", "list", "--config", config])
        #expect(run.status == 1)
        #expect(run.standardError.contains("written by a newer Gazette"), "\(run.standardError)")
    }

    @Test func exportThenImportIntoANewArchiveRoundTrips() async throws {
        let server = try await LoopbackHTTPServer { _, _ in .init(status: 204) }
        let folder = try TemporaryDirectory()
        let config = try configuration(in: folder, hook: server.url("/hook"))
        #expect(try await gazette.run(["build", "seeds", "--config", config, "--week", "2024-W52"]).status == 0)
        #expect(try await gazette.run(["build", "seeds", "--config", config]).status == 0)
        #expect(try await gazette.run(["send", "--config", config]).status == 0)
        await server.stop()
        let exported = folder.url.appendingPathComponent("export.json").path
        #expect(try await gazette.run(["archive", "export", "--config", config, "--file", exported]).status == 0)

        let copy = try TemporaryDirectory()
        let copyConfig = try configuration(in: copy)
        let imported = try await gazette.run(["archive", "import", exported, "--config", copyConfig])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput.contains("Imported 2 issue(s), 23 article(s) and "))
        let again = try await gazette.run(["archive", "export", "--config", copyConfig])
        let original = try String(contentsOf: URL(fileURLWithPath: exported), encoding: .utf8)
        // Everything but the export's own time is the same.
        let withoutTime = { (text: String) in
            text.split(separator: "\n").filter { !$0.contains("\"exported\"") }.joined(separator: "\n")
        }
        #expect(withoutTime(again.standardOutput) == withoutTime(original))
        #expect(try archiveList(copyConfig).map { $0["status"] as? String } == ["sent", "built"])

        // Importing twice adds nothing; a file that is not an export is refused.
        let twice = try await gazette.run(["archive", "import", exported, "--config", copyConfig])
        #expect(twice.standardOutput.contains("Imported 0 issue(s), 0 article(s) and 0 delivery attempt(s)"))
        let junk = try copy.write("{\"hello\": 1}", to: "junk.json").path
        let refused = try await gazette.run(["archive", "import", junk, "--config", copyConfig])
        #expect(refused.status == 1 && refused.standardError.contains("not a Gazette archive export"))
    }
}
