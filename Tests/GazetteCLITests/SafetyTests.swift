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
        let folder = try TemporaryDirectory()
        let config = try folder.write("output: \(folder.path)\n", to: "gazette.yml").path
        let database = folder.url.appendingPathComponent("gazette.sqlite").path
        for delay in [0.05, 0.15, 0.3, 0.5, 0.8, 1.2] {
            let process = Process()
            process.executableURL = gazette.url
            process.arguments = ["build", "seeds", "--config", config]
            process.currentDirectoryURL = Fixtures.repositoryRoot
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            guard FileManager.default.fileExists(atPath: database) else { continue }
            let check = try Python.run("""
                import sqlite3, sys
                db = sqlite3.connect(sys.argv[1])
                print(db.execute("PRAGMA integrity_check").fetchone()[0])
                for number, count in db.execute("SELECT number, itemCount FROM issue"):
                    items = db.execute("SELECT COUNT(*) FROM issueItem WHERE issueNumber = ?", (number,)).fetchone()[0]
                    print(number, count == items)
                """, arguments: [database])
            #expect(check.status == 0, "\(check.standardError)")
            let lines = check.standardOutput.split(separator: "\n").map(String.init)
            #expect(lines.first == "ok", "killed after \(delay) s: \(lines)")
            #expect(lines.dropFirst().allSatisfy { $0 == "1 True" }, "killed after \(delay) s: \(lines)")
        }
        let finish = try gazette.run(["build", "seeds", "--config", config])
        #expect(finish.status == 0, "\(finish.standardError)")
        let list = try gazette.run(["archive", "list", "--config", config, "--format", "json"])
        let issues = try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]]
        #expect(issues?.map { $0["number"] as? Int } == [1], "still one issue 1, whatever was killed")
    }
}
