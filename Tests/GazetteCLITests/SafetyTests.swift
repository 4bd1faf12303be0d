import Foundation
import GazetteCore
import GazetteTesting
import Testing

/// Two writers at once, and writers killed halfway: the output folder and the archive stay consistent.
@Suite(.serialized) struct SafetyTests {
    let gazette = GazetteExecutable()

    @Test func aSecondWriterWaitsThenStopsNamingTheHolder() throws {
        let folder = try TemporaryDirectory()
        let config = try folder.write("output: \(folder.path)\n", to: "gazette.yml").path
        var lock: RunLock? = try RunLock(folder: folder.url)
        let blocked = try gazette.run(["build", "seeds", "--config", config], environment: ["GAZETTE_LOCK_TIMEOUT": "0.5"])
        #expect(blocked.status == 1)
        #expect(blocked.standardError.contains("waiting for another gazette process (pid \(getpid())"))
        #expect(blocked.standardError.contains("is writing to \(folder.path)"), "\(blocked.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("gazette.sqlite").path),
                "nothing was written while it waited")
        withExtendedLifetime(lock) {}
        lock = nil
        let free = try gazette.run(["build", "seeds", "--config", config], environment: ["GAZETTE_LOCK_TIMEOUT": "0.5"])
        #expect(free.status == 0, "\(free.standardError)")
    }

    @Test func buildsKilledAtAnyPointLeaveTheArchiveConsistent() throws {
        // The kill points spread over how long a whole build takes here (a fraction of a second for the seeds).
        let reference = try TemporaryDirectory()
        let started = Date()
        let whole = try gazette.run(["build", "seeds", "--output", reference.path])
        try #require(whole.status == 0, "\(whole.standardError)")
        let duration = Date().timeIntervalSince(started)
        let folder = try TemporaryDirectory()
        let config = try folder.write("output: \(folder.path)\n", to: "gazette.yml").path
        let database = folder.url.appendingPathComponent("gazette.sqlite").path
        var killedMidRun = 0
        for delay in [0.03, 0.1, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95].map({ $0 * duration }) {
            let build = try gazette.start(["build", "seeds", "--config", config])
            Thread.sleep(forTimeInterval: delay)
            kill(build.process.processIdentifier, SIGKILL)
            build.process.waitUntilExit()
            if build.process.terminationReason == .uncaughtSignal { killedMidRun += 1 }
            try expectWholeFiles(in: folder.url, killedAfter: delay)
            guard FileManager.default.fileExists(atPath: database) else { continue }
            let check = try Python.run("""
                import sqlite3, sys
                db = sqlite3.connect(sys.argv[1])
                print(db.execute("PRAGMA integrity_check").fetchone()[0])
                tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                # Killed before the first migration committed: an empty database, which the next run migrates.
                if "issue" not in tables: sys.exit(0)
                for number, count in db.execute("SELECT number, itemCount FROM issue"):
                    items = db.execute("SELECT COUNT(*) FROM issueItem WHERE issueNumber = ?", (number,)).fetchone()[0]
                    print(number, count == items)
                """, arguments: [database])
            #expect(check.status == 0, "\(check.standardError)")
            let lines = check.standardOutput.split(separator: "\n").map(String.init)
            #expect(lines.first == "ok", "killed after \(delay) s: \(lines)")
            #expect(lines.dropFirst().allSatisfy { $0 == "1 True" }, "killed after \(delay) s: \(lines)")
        }
        #expect(killedMidRun >= 4, "most kill points land before the build ends (a whole build took \(duration) s)")
        let finish = try gazette.run(["build", "seeds", "--config", config])
        #expect(finish.status == 0, "\(finish.standardError)")
        let list = try gazette.run(["archive", "list", "--config", config, "--format", "json"])
        let issues = try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]]
        #expect(issues?.map { $0["number"] as? Int } == [1], "still one issue 1, whatever was killed")
    }

    /// Every issue file a killed build left under its name is whole: files are written under a hidden temporary
    /// name and renamed (a kill may leave such a temporary, which nothing reads). The issue's JSON parses, its pages
    /// end, and the message has its closing boundary.
    private func expectWholeFiles(in output: URL, killedAfter delay: Double) throws {
        let issues = output.appendingPathComponent("issues")
        let periods = (try? FileManager.default.contentsOfDirectory(atPath: issues.path)) ?? []
        for period in periods where !period.hasPrefix(".") {
            let folder = issues.appendingPathComponent(period)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where !name.hasPrefix(".") {
                guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else { continue }  // a folder
                let text = String(decoding: data, as: UTF8.self)
                switch (name as NSString).pathExtension {
                case "json":
                    #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(period)/\(name) after \(delay) s")
                case "html":
                    #expect(text.contains("</html>"), "\(period)/\(name) after \(delay) s")
                case "eml":
                    #expect(text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("--"),
                            "\(period)/\(name) after \(delay) s")
                default:
                    #expect(!data.isEmpty, "\(period)/\(name) after \(delay) s")
                }
            }
        }
    }

    @Test func sendsKilledAtAnyPointLeaveTheArchiveConsistentAndTheNextSendFinishes() async throws {
        let server = try await LoopbackHTTPServer { _, _ in .init(status: 204, delay: .milliseconds(150)) }
        let folder = try TemporaryDirectory()
        let targets = (1...4).map {
            "    - {name: hook\($0), kind: generic, url: \"\(server.url("/hook/\($0)").absoluteString)\", "
                + "secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw}"
        }
        let config = try folder.write("output: \(folder.path)\ndeliver:\n  targets:\n" + targets.joined(separator: "\n") + "\n",
                                      to: "gazette.yml").path
        #expect(try await gazette.run(["build", "seeds", "--config", config]).status == 0)
        let database = folder.url.appendingPathComponent("gazette.sqlite").path
        for delay in [0.1, 0.25, 0.4] {
            let send = try gazette.start(["send", "--config", config])
            try await Task.sleep(for: .milliseconds(Int(delay * 1000)))
            kill(send.process.processIdentifier, SIGKILL)
            _ = try await send.finish()
            let check = try Python.run("""
                import sqlite3, sys
                db = sqlite3.connect(sys.argv[1])
                print(db.execute("PRAGMA integrity_check").fetchone()[0])
                print(db.execute("SELECT COUNT(*) FROM delivery WHERE outcome NOT IN ('delivered', 'retrying', 'failed')").fetchone()[0])
                """, arguments: [database])
            #expect(check.standardOutput.split(separator: "\n") == ["ok", "0"], "killed after \(delay) s: \(check.standardOutput)")
        }
        let finish = try await gazette.run(["send", "--config", config])
        #expect(finish.status == 0, "\(finish.standardOutput)\(finish.standardError)")
        let list = try await gazette.run(["archive", "list", "--config", config, "--format", "json"])
        let issues = try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]]
        #expect(issues?.first?["status"] as? String == "sent")
        // Every target got every part; a part delivered just before a kill, with no time to log it, is sent again
        // under the same webhook-id, so a receiver can drop the repeat.
        let requests = await server.requests()
        for target in 1...4 {
            let ids = requests.filter { $0.path == "/hook/\(target)" }.compactMap { $0.headers["webhook-id"] }
            #expect(!ids.isEmpty, "hook\(target) received its message")
            #expect(Set(ids).count == 1, "every copy of hook\(target)'s message has the same webhook-id: \(ids)")
        }
        await server.stop()
    }
}
