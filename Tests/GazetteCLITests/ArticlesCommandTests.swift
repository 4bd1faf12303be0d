import Foundation
import GazetteCore
import GazetteTesting
import Testing

/// `gazette articles`, run as a user runs it: output, files, exit statuses.
@Suite struct ArticlesCommandTests {
    let gazette = GazetteExecutable()

    @Test func listsTheSeedsAsJSON() throws {
        let run = try gazette.run(["articles", "seeds", "--format", "json"])
        #expect(run.status == 0)
        let articles = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: Any]])
        #expect(articles.count == 23)
        let first = try #require(articles.first)
        #expect(first["published"] as? String == "2024-12-05")
        #expect(first["tags"] as? [String] == ["Google DeepMind", "NeurIPS 2024", "AI智能体", "3D生成", "大语言模型"])
        let weChat = try #require(articles.last)
        #expect(weChat["published"] as? String == "2024-12-23T08:13:00+08:00")
        #expect(weChat["author"] as? String == "AI深度研究员")
        #expect((weChat["url"] as? String)?.hasPrefix("http://mp.weixin.qq.com/s?__biz=") == true)
        let leCun = try #require(articles.first { $0["title"] as? String == "Yann LeCun离职,要创业?" })
        #expect(leCun["published"] is NSNull)
        #expect(leCun["publishedProvenance"] as? String == "none")
        #expect(run.standardError.contains("001_d8792ccbc53f4153.txt:99: warning: skipped placeholder entry '#xxx'"))
    }

    @Test func ndjsonHasOneObjectPerLine() throws {
        let run = try gazette.run(["articles", "seeds", "--format", "ndjson"])
        let lines = run.standardOutput.split(separator: "\n")
        #expect(lines.count == 23)
        for line in lines {
            #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
        }
    }

    @Test func tableColumnsLineUpWithChineseTitles() throws {
        let run = try gazette.run(["articles", "seeds"])
        #expect(run.status == 0)
        let rows = run.standardOutput.split(separator: "\n").dropLast()
        #expect(rows.count == 24, "a header and 23 rows")
        // The TITLE column starts at the same display column on every row.
        let header = try #require(rows.first)
        let titleColumn = try #require(header.range(of: "TITLE")).lowerBound
        let expected = header[..<titleColumn].displayWidth
        for row in rows.dropFirst() {
            let cells = row.split(separator: "  ", omittingEmptySubsequences: true)
            let prefix = cells.prefix(3).joined(separator: "  ")
            #expect(prefix.displayWidth <= expected, "\(row)")
        }
        #expect(run.standardOutput.hasSuffix("23 articles\n"))
    }

    @Test func skippedPathsExitWithOneAndTheRestIsListed() throws {
        let run = try gazette.run(["articles", "seeds", "no-such-folder", "--format", "ndjson"])
        #expect(run.status == 1)
        #expect(run.standardOutput.split(separator: "\n").count == 23)
        #expect(run.standardError.contains("no-such-folder: error: no such file or folder"))
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        #expect(try gazette.run(["articles", "seeds", "--strict"]).status == 1)
        #expect(try gazette.run(["articles", "Tests/Fixtures/formats", "--strict"]).status == 0)
    }

    @Test(arguments: [["articles", "--format", "xml"], ["articles", "--time-zone", "Mars/Olympus"], ["nonsense"]])
    func usageErrorsExitWithTwo(arguments: [String]) throws {
        let run = try gazette.run(arguments)
        #expect(run.status == 2)
        #expect(!run.standardError.isEmpty)
    }

    @Test func unreadableFileIsReportedAndTheRestIsListed() throws {
        // Given a folder with an unreadable file, read by an unprivileged user (root reads everything)
        let folder = try TemporaryDirectory()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        let locked = try folder.write("# Locked\n\nSecret.", to: "locked.md")
        try folder.write("# Open\n\nReadable.", to: "open.md")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        let wrapper = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []

        // When it is listed
        let run = try gazette.run(["articles", folder.path, "--format", "ndjson"], in: folder.url, wrapper: wrapper)

        // Then the readable file is listed, the locked one named, and the status is 1
        #expect(run.status == 1)
        #expect(run.standardOutput.contains("\"title\":\"Open\""))
        #expect(run.standardError.contains("locked.md: error: permission denied"))
    }
}
