import Curl
import Foundation
@testable import GazetteCore
import GazetteTesting
import Testing

/// `Deliverer` against real servers on 127.0.0.1: an HTTP server answering per scenario, and an SMTP server.
@Suite(.serialized) struct DelivererTests {
    static let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

    /// A built issue in a temporary folder.
    static func builtIssue(in folder: TemporaryDirectory, items: Int = 3) throws -> BuiltIssue {
        let issue = WebhookPayloadTests.bigIssue(items: items)
        let message = MIMEMessage(from: "Gazette <news@example.com>", to: ["Reader <reader@example.com>"],
                                  subject: issue.subject, date: issue.generated,
                                  messageID: MIMEMessage.messageID(period: issue.period, number: issue.number,
                                                                   domain: "example.com"),
                                  text: "第 7 期\n\n大模型进展", html: "<p>第 7 期</p><p>大模型进展</p>")
        let directory = folder.url.appendingPathComponent("issues/2024-W52", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return BuiltIssue(directory: directory, issue: issue, message: Data(message.rendered().utf8))
    }

    static func deliverer(_ targets: [WebhookTarget], email: EmailTarget? = nil, log: DeliveryLog, force: Bool = false,
                          caFile: String? = nil, environment: [String: String] = [:]) throws -> Deliverer {
        let configuration = DeliveryConfiguration(
            targets: targets, email: email,
            retry: RetryPolicy(maxAttempts: 3, initialDelay: .milliseconds(50), maxDelay: .milliseconds(200),
                               deadline: .seconds(10)),
            connectTimeout: .seconds(2), timeout: .milliseconds(500), concurrency: 8, certificateAuthorityFile: caFile)
        var options = Deliverer.Options()
        options.force = force
        options.environment = environment
        var compose = Composer.Configuration()
        compose.from = "Gazette <news@example.com>"
        compose.to = ["reader@example.com"]
        return Deliverer(configuration: configuration, compose: compose, templates: try TemplateLibrary(), log: log,
                         options: options)
    }

    /// The scenarios of issue 5, one path each.
    static func scenarioServer() async throws -> LoopbackHTTPServer {
        try await LoopbackHTTPServer { request, previous in
            switch request.path {
            case "/flaky": previous == 0 ? .init(status: 500, body: "rollup_error") : .init(status: 200, body: "ok")
            case "/limited": previous == 0 ? .init(status: 429, headers: ["Retry-After": "1"], body: "rate_limited")
                : .init(status: 204)
            case "/slow": .init(status: 200, delay: .seconds(2))
            case "/moved": .init(status: 301, headers: ["Location": "/elsewhere"])
            case "/feishu": .init(status: 200, body: #"{"code":19021,"msg":"sign match fail or timestamp is not within one hour from current time"}"#)
            case "/bad": .init(status: 400, body: "invalid_payload")
            default: .init(status: 200, body: "ok")
            }
        }
    }

    @Test("each scenario ends in the right outcome, attempts and log entries; one failure never stops the others")
    func scenarios() async throws {
        let server = try await Self.scenarioServer()
        defer { Task { await server.stop() } }
        let closed = try await LoopbackHTTPServer { _, _ in .init() }
        let nothingListening = closed.url("/hook")
        await closed.stop()
        let folder = try TemporaryDirectory()
        let built = try Self.builtIssue(in: folder)
        let log = DeliveryLog(url: folder.url.appendingPathComponent("deliveries.jsonl"))
        let targets = [
            WebhookTarget(name: "ok", kind: .slack, url: ConfiguredValue(server.url("/ok").absoluteString)),
            WebhookTarget(name: "flaky", kind: .slack, url: ConfiguredValue(server.url("/flaky").absoluteString)),
            WebhookTarget(name: "limited", kind: .discord, url: ConfiguredValue(server.url("/limited").absoluteString)),
            WebhookTarget(name: "slow", kind: .wecom, url: ConfiguredValue(server.url("/slow").absoluteString)),
            WebhookTarget(name: "moved", kind: .generic, url: ConfiguredValue(server.url("/moved").absoluteString),
                          secret: ConfiguredValue(Self.secret)),
            WebhookTarget(name: "feishu", kind: .feishu, url: ConfiguredValue(server.url("/feishu").absoluteString),
                          secret: ConfiguredValue("demo")),
            WebhookTarget(name: "bad", kind: .slack, url: ConfiguredValue(server.url("/bad").absoluteString)),
            WebhookTarget(name: "down", kind: .dingtalk, url: ConfiguredValue(nothingListening.absoluteString)),
        ]
        let report = try await Self.deliverer(targets, log: log).deliver(built)
        let results = Dictionary(uniqueKeysWithValues: report.targets.map { ($0.name, $0) })
        #expect(!report.succeeded)
        #expect(results["ok"]?.succeeded == true && results["ok"]?.attempts == 1)
        #expect(results["flaky"]?.succeeded == true && results["flaky"]?.attempts == 2)
        #expect(results["limited"]?.succeeded == true && results["limited"]?.attempts == 2)
        #expect(results["slow"]?.failure?.contains("Timeout") == true || results["slow"]?.failure?.contains("timed out") == true)
        #expect(results["slow"]?.attempts == 3)
        #expect(results["moved"]?.failure?.contains("HTTP 301") == true && results["moved"]?.attempts == 1)
        #expect(results["feishu"]?.failure?.contains("feishu error 19021") == true && results["feishu"]?.attempts == 1)
        #expect(results["bad"]?.failure?.contains("HTTP 400") == true && results["bad"]?.attempts == 1)
        #expect(results["down"]?.failure?.contains("gave up after 3 attempts") == true)

        let records = log.records()
        let byTarget = Dictionary(grouping: records, by: \.target)
        #expect(byTarget["flaky"]?.map(\.outcome) == [.retrying, .delivered])
        #expect(byTarget["flaky"]?.map(\.status) == [500, 200])
        #expect(byTarget["flaky"]?.map(\.response) == ["rollup_error", "ok"])
        #expect(Set(byTarget["flaky"]?.map(\.messageID) ?? []).count == 1)
        #expect(byTarget["down"]?.map(\.outcome) == [.retrying, .retrying, .failed])
        #expect(byTarget["down"]?.allSatisfy { $0.status == nil && $0.error != nil } == true)
        #expect(byTarget["moved"]?.map(\.outcome) == [.failed])
        #expect(records.allSatisfy { $0.issue == "2024-W52" && $0.number == 7 && $0.attempt >= 1 })

        // Retry-After: 1 was honoured between the two requests.
        let limited = await server.requests().filter { $0.path == "/limited" }
        #expect(limited.count == 2)
        if limited.count == 2 {
            #expect(limited[1].received.timeIntervalSince(limited[0].received) >= 0.95)
        }
    }

    @Test("a second send skips what was delivered; --force sends it again")
    func skipsDelivered() async throws {
        let server = try await Self.scenarioServer()
        defer { Task { await server.stop() } }
        let folder = try TemporaryDirectory()
        let built = try Self.builtIssue(in: folder)
        let log = DeliveryLog(url: folder.url.appendingPathComponent("deliveries.jsonl"))
        let targets = [WebhookTarget(name: "ok", kind: .wecom, url: ConfiguredValue(server.url("/ok").absoluteString)),
                       WebhookTarget(name: "bad", kind: .slack, url: ConfiguredValue(server.url("/bad").absoluteString))]
        let first = try await Self.deliverer(targets, log: log).deliver(built)
        let parts = first.targets[0].parts
        #expect(parts >= 1 && first.targets[0].delivered == parts)
        let again = try await Self.deliverer(targets, log: log).deliver(built)
        #expect(again.targets[0].alreadyDelivered == parts && again.targets[0].delivered == 0)
        #expect(again.targets[1].failure != nil, "a failed target is tried again")
        #expect(await server.requests().filter { $0.path == "/ok" }.count == parts)
        #expect(await server.requests().filter { $0.path == "/bad" }.count == 2)
        let forced = try await Self.deliverer(targets, log: log, force: true).deliver(built)
        #expect(forced.targets[0].delivered == parts && forced.targets[0].alreadyDelivered == 0)
        #expect(await server.requests().filter { $0.path == "/ok" }.count == 2 * parts)
    }

    @Test("the generic webhook's signature passes the standardwebhooks package's verifier")
    func standardWebhooksVerifier() async throws {
        let server = try await Self.scenarioServer()
        defer { Task { await server.stop() } }
        let folder = try TemporaryDirectory()
        let built = try Self.builtIssue(in: folder)
        let log = DeliveryLog(url: folder.url.appendingPathComponent("deliveries.jsonl"))
        let target = WebhookTarget(name: "generic", kind: .generic, url: ConfiguredValue(server.url("/generic").absoluteString),
                                   secret: ConfiguredValue("${GAZETTE_TEST_SECRET}"))
        let report = try await Self.deliverer([target], log: log, environment: ["GAZETTE_TEST_SECRET": Self.secret])
            .deliver(built)
        #expect(report.succeeded)
        let request = try #require(await server.requests().first { $0.path == "/generic" })
        #expect(request.headers["webhook-id"]?.hasPrefix("msg_") == true)
        let body = try folder.write(request.body, to: "body.json")
        let headers = try folder.write(try JSONSerialization.data(withJSONObject: request.headers), to: "headers.json")
        let script = try String(contentsOf: Fixtures.url("servers/verify_standard_webhook.py"), encoding: .utf8)
        let run = try Python.run(script, arguments: [body.path, headers.path, Self.secret])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == "verified issue.published 7")
        let tampered = try folder.write(request.body + Data(" ".utf8), to: "tampered.json")
        #expect(try Python.run(script, arguments: [tampered.path, headers.path, Self.secret]).status != 0)
    }

    @Test("an unset ${VARIABLE} fails that target only, naming the variable, and no secret reaches the log")
    func unsetVariable() async throws {
        let server = try await Self.scenarioServer()
        defer { Task { await server.stop() } }
        let folder = try TemporaryDirectory()
        let built = try Self.builtIssue(in: folder)
        let log = DeliveryLog(url: folder.url.appendingPathComponent("deliveries.jsonl"))
        let targets = [
            WebhookTarget(name: "missing", kind: .feishu, url: ConfiguredValue(server.url("/feishu").absoluteString),
                          secret: ConfiguredValue("${GAZETTE_UNSET_SECRET}")),
            WebhookTarget(name: "feishu", kind: .feishu, url: ConfiguredValue(server.url("/feishu").absoluteString),
                          secret: ConfiguredValue("${FEISHU_SECRET}")),
        ]
        let report = try await Self.deliverer(targets, log: log, environment: ["FEISHU_SECRET": "s3cr3t-value"])
            .deliver(built)
        #expect(report.targets[0].failure?.contains("${GAZETTE_UNSET_SECRET}") == true)
        #expect(report.targets[1].attempts == 1)
        let logText = try String(contentsOf: log.url, encoding: .utf8)
        #expect(!logText.contains("s3cr3t-value"))
        #expect(logText.contains("GAZETTE_UNSET_SECRET"))
    }

    @Test("mail goes through a real SMTP server with STARTTLS and a login, and parses back")
    func smtpWithStartTLS() async throws {
        let smtp = try await SMTPServer.start(tls: true)
        defer { smtp.server.stop() }
        let (folder, inbox, port) = (smtp.folder, smtp.inbox, smtp.port)
        let certificate = try #require(smtp.certificate)
        let built = try Self.builtIssue(in: folder)
        let log = DeliveryLog(url: folder.url.appendingPathComponent("deliveries.jsonl"))
        let email = EmailTarget(server: ConfiguredValue("smtp://127.0.0.1:\(port)"), username: ConfiguredValue("news"),
                                password: ConfiguredValue("${SMTP_PASSWORD}"), recipients: ["a@example.com", "b@example.com"])
        let report = try await Self.deliverer([], email: email, log: log, caFile: certificate,
                                              environment: ["SMTP_PASSWORD": "hunter22"]).deliver(built)
        #expect(report.succeeded, "\(report.targets.first?.failure ?? "")")
        let envelope = try String(contentsOf: inbox.appendingPathComponent("0.envelope"), encoding: .utf8)
        #expect(envelope.split(separator: "\n") == ["news@example.com", "a@example.com", "b@example.com"])
        let parse = try Python.run("""
            import email, sys
            from email.header import decode_header, make_header
            message = email.message_from_binary_file(open(sys.argv[1], "rb"))
            print(str(make_header(decode_header(message["Subject"]))))
            print(message["Message-ID"])
            print(",".join(part.get_content_type() for part in message.walk()))
            print(message.get_payload()[0].get_payload(decode=True).decode("utf-8").splitlines()[0])
            """, arguments: [inbox.appendingPathComponent("0.eml").path])
        let lines = parse.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines == [built.issue.subject, "<gazette.7.2024-W52.email@example.com>",
                          "multipart/alternative,text/plain,text/html", "第 7 期"], "\(parse.standardError)")
        #expect(log.records().map(\.outcome) == [.delivered])
        #expect(log.records().first?.messageID == "gazette.7.2024-W52.email@example.com")
    }

    @Test("an SMTP 5xx for a recipient fails at once; a 4xx (try later) is retried", arguments: [
        ("refused-reader@example.com", 1, "SMTP 550", [DeliveryRecord.Outcome.failed]),
        ("deferred-reader@example.com", 3, "SMTP 451", [.retrying, .retrying, .failed]),
    ])
    func smtpReplyCodes(recipient: String, attempts: Int, reply: String, outcomes: [DeliveryRecord.Outcome]) async throws {
        let smtp = try await SMTPServer.start(tls: true)
        defer { smtp.server.stop() }
        let (folder, inbox, port) = (smtp.folder, smtp.inbox, smtp.port)
        let certificate = try #require(smtp.certificate)
        let built = try Self.builtIssue(in: folder)
        let log = DeliveryLog(url: folder.url.appendingPathComponent("deliveries.jsonl"))
        let email = EmailTarget(server: ConfiguredValue("smtp://127.0.0.1:\(port)"), username: ConfiguredValue("news"),
                                password: ConfiguredValue("hunter22"), recipients: [recipient])
        let report = try await Self.deliverer([], email: email, log: log, caFile: certificate).deliver(built)
        #expect(!report.succeeded)
        #expect(report.targets[0].attempts == attempts)
        #expect(report.targets[0].failure?.contains(reply) == true, "\(report.targets[0].failure ?? "")")
        #expect(log.records().map(\.outcome) == outcomes)
        #expect(!(log.records().compactMap(\.error).joined().contains("hunter22")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: inbox.path).isEmpty)
    }

    @Test("a server without STARTTLS is refused, not retried, and nothing is sent in the clear")
    func smtpRequiresTLS() async throws {
        let smtp = try await SMTPServer.start(tls: false)
        defer { smtp.server.stop() }
        let (folder, inbox, port) = (smtp.folder, smtp.inbox, smtp.port)
        let built = try Self.builtIssue(in: folder)
        let log = DeliveryLog(url: folder.url.appendingPathComponent("deliveries.jsonl"))
        let email = EmailTarget(server: ConfiguredValue("smtp://127.0.0.1:\(port)"), recipients: ["a@example.com"])
        let report = try await Self.deliverer([], email: email, log: log).deliver(built)
        #expect(!report.succeeded)
        #expect(report.targets[0].attempts == 1)
        #expect(report.targets[0].failure?.lowercased().contains("ssl") == true
            || report.targets[0].failure?.lowercased().contains("tls") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: inbox.path).isEmpty)
    }

    /// A real SMTP server (aiosmtpd, `Tests/Fixtures/servers/smtp_server.py`) on 127.0.0.1 in a temporary folder:
    /// with `tls`, STARTTLS and a login required, on a self-signed certificate; without, plain text only.
    struct SMTPServer {
        let folder: TemporaryDirectory
        /// Where each message lands as `<n>.eml`, with its envelope as `<n>.envelope`.
        let inbox: URL
        let server: BackgroundProcess
        let port: String
        /// The certificate to trust, with `tls`.
        let certificate: String?

        static func start(tls: Bool) async throws -> SMTPServer {
            let folder = try TemporaryDirectory()
            let inbox = folder.url.appendingPathComponent("inbox", isDirectory: true)
            try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
            let script = try String(contentsOf: Fixtures.url("servers/smtp_server.py"), encoding: .utf8)
            var certificate: String?
            var arguments = [inbox.path, "plain"]
            if tls {
                let (certificatePath, key) = try DelivererTests.selfSignedCertificate(in: folder)
                certificate = certificatePath
                arguments = [inbox.path, "starttls", certificatePath, key]
            }
            let server = try Python.start(script, arguments: arguments)
            let port = try await server.waitForLine(startingWith: "PORT ")
            return SMTPServer(folder: folder, inbox: inbox, server: server, port: port, certificate: certificate)
        }
    }

    /// A self-signed certificate for 127.0.0.1 and localhost, made with the openssl tool.
    static func selfSignedCertificate(in folder: TemporaryDirectory) throws -> (String, String) {
        let certificate = folder.url.appendingPathComponent("cert.pem").path
        let key = folder.url.appendingPathComponent("key.pem").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                             "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key, "-out", certificate]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return (certificate, key)
    }
}
