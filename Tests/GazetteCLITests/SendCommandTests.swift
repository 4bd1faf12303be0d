import Foundation
import GazetteTesting
import Testing

/// `gazette send`, run as a user runs it: on the seeds' issue, as a dry run and against a real loopback server.
@Suite(.serialized) struct SendCommandTests {
    let gazette = GazetteExecutable()
    static let slackToken = "T0AAA1111/B0BBB2222/zzSlackTokenPart9876"
    static let genericSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

    /// Builds the seeds' issue into `output` and writes a gazette.yml naming `targets` (YAML list entries).
    private func prepare(_ output: TemporaryDirectory, targets: String) throws -> URL {
        let build = try gazette.run(["build", "seeds", "--output", output.path])
        try #require(build.status == 0, "\(build.standardError)")
        return try output.write("""
            deliver:
              timeoutSeconds: 2
              retry: {maxAttempts: 2, initialDelaySeconds: 0.05, maxDelaySeconds: 0.1, deadlineSeconds: 10}
              targets:
            \(targets)
            """, to: "gazette.yml")
    }

    @Test func dryRunWritesOneRequestPerTargetAndPartWithSecretsRedacted() throws {
        let output = try TemporaryDirectory()
        let configuration = try prepare(output, targets: """
                - {name: team-slack, kind: slack, url: "https://hooks.slack.com/services/${SLACK_TOKEN}"}
                - {name: archive-hook, kind: generic, url: "https://example.com/hooks/gazette", secret: "${HOOK_SECRET}"}
                - {name: feishu-group, kind: feishu, url: "https://open.feishu.cn/open-apis/bot/v2/hook/abc-123-def", secret: feishu-signing-key}
            """)
        let run = try gazette.run(["send", "--dry-run", "--config", configuration.path, "--output", output.path],
                                  environment: ["SLACK_TOKEN": Self.slackToken, "HOOK_SECRET": Self.genericSecret])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("Dry run for issue"))
        let payloads = try #require(try Self.payloadFolder(in: output))
        let files = try FileManager.default.contentsOfDirectory(atPath: payloads.path).sorted()
        for name in ["team-slack", "archive-hook", "feishu-group"] {
            let own = files.filter { $0.hasPrefix(name + "-") }
            #expect(!own.isEmpty, "\(name) has requests")
            #expect(own.allSatisfy { $0.hasSuffix("of\(own.count).http") }, "\(own)")
            #expect(run.standardOutput.contains("\(name)") && run.standardOutput.contains("\(own.count) request(s)"))
        }
        var everything = run.standardOutput + run.standardError
        for file in files {
            let text = try String(contentsOf: payloads.appendingPathComponent(file), encoding: .utf8)
            #expect(text.hasPrefix("POST https://"), "\(file) starts with its request line")
            everything += text
        }
        for secret in [Self.slackToken, "zzSlackTokenPart9876", Self.genericSecret, "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                       "feishu-signing-key", "abc-123-def"] {
            #expect(!everything.contains(secret), "\(secret) leaked")
        }
        #expect(everything.contains("‹redacted›"))
        #expect(try Self.deliveryTable(in: output).isEmpty, "a dry run sends and logs nothing")
    }

    @Test func oneFailingTargetExitsWithOneAndTheOthersAreStillServed() async throws {
        let server = try await LoopbackHTTPServer { request, _ in
            request.path == "/broken" ? .init(status: 400, body: "invalid_payload") : .init(status: 200, body: "ok")
        }
        let output = try TemporaryDirectory()
        let configuration = try prepare(output, targets: """
                - {name: broken, kind: slack, url: "\(server.url("/broken").absoluteString)"}
                - {name: discord, kind: discord, url: "\(server.url("/discord").absoluteString)"}
                - {name: generic, kind: generic, url: "\(server.url("/generic").absoluteString)", secret: "\(Self.genericSecret)"}
            """)
        let arguments = ["send", "--config", configuration.path, "--output", output.path]
        let first = try await gazette.run(arguments)
        #expect(first.status == 1, "\(first.standardOutput)\(first.standardError)")
        #expect(first.standardOutput.contains("FAILED: part 1 of"))
        #expect(first.standardOutput.contains("HTTP 400"))
        #expect(first.standardOutput.contains("1 of 3 targets failed"))
        let discordParts = await server.requests().filter { $0.path == "/discord" }.count
        #expect(discordParts >= 1)
        #expect(await server.requests().filter { $0.path == "/generic" }.count == 1)

        let log = try Self.deliveryTable(in: output)
        let records = log.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(records.count == discordParts + 2)
        #expect(records.filter { $0.first == "broken" }.map { $0[1] } == ["failed"])
        #expect(!log.contains(Self.genericSecret))
        #expect(first.standardOutput.contains("gazette.sqlite"))

        let second = try await gazette.run(arguments)
        #expect(second.status == 1)
        #expect(second.standardOutput.contains("\(discordParts)/\(discordParts) already delivered"))
        #expect(await server.requests().filter { $0.path == "/discord" }.count == discordParts, "nothing sent twice")
        #expect(await server.requests().filter { $0.path == "/broken" }.count == 2, "the failed target is tried again")
        await server.stop()
    }

    @Test func theProxyEnvironmentVariableIsHonoured() async throws {
        let proxy = try await LoopbackHTTPServer { _, _ in .init(status: 200, body: "ok") }
        let output = try TemporaryDirectory()
        let configuration = try prepare(output, targets: """
                - {name: behind-proxy, kind: discord, url: "http://hooks.gazette-test.invalid/webhook"}
            """)
        let run = try await gazette.run(["send", "--config", configuration.path, "--output", output.path],
                                        environment: ["http_proxy": proxy.baseURL.absoluteString, "no_proxy": ""])
        #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
        let requests = await proxy.requests()
        #expect(!requests.isEmpty)
        #expect(requests.allSatisfy { $0.target.hasPrefix("http://hooks.gazette-test.invalid/webhook") }, "\(requests.map(\.target))")
        #expect(requests.first?.headers["user-agent"]?.hasPrefix("Gazette/") == true)
        await proxy.stop()
    }

    @Test func noTargetsIsAUsageError() throws {
        let output = try TemporaryDirectory()
        let configuration = try output.write("output: \(output.path)\n", to: "gazette.yml")
        let run = try gazette.run(["send", "--config", configuration.path])
        #expect(run.status == 2)
        #expect(run.standardError.contains("deliver.targets"))
    }

    @Test func noBuiltIssueSaysToBuildFirst() throws {
        let output = try TemporaryDirectory()
        let configuration = try output.write("""
            deliver:
              targets:
                - {name: a, kind: slack, url: "https://hooks.slack.com/services/x"}
            """, to: "gazette.yml")
        let run = try gazette.run(["send", "--config", configuration.path, "--output", output.path])
        #expect(run.status == 1)
        #expect(run.standardError.contains("gazette build"), "\(run.standardError)")
    }

    /// The archive's `delivery` table, read with Python's sqlite3: a line per attempt, tab-separated target,
    /// outcome, error and response.
    static func deliveryTable(in output: TemporaryDirectory) throws -> String {
        let run = try Python.run("""
            import sqlite3, sys
            rows = sqlite3.connect(sys.argv[1]).execute(
                "SELECT target, outcome, COALESCE(error, ''), COALESCE(response, '') FROM delivery ORDER BY id")
            for row in rows: print("\\t".join(str(value) for value in row))
            """, arguments: [output.url.appendingPathComponent("gazette.sqlite").path])
        try #require(run.status == 0, "\(run.standardError)")
        return run.standardOutput
    }

    /// The one issue folder's `payloads/`.
    static func payloadFolder(in output: TemporaryDirectory) throws -> URL? {
        let issues = output.url.appendingPathComponent("issues")
        let folders = try FileManager.default.contentsOfDirectory(atPath: issues.path)
        return folders.first.map { issues.appendingPathComponent($0).appendingPathComponent("payloads") }
    }
}
