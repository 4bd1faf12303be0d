import Curl
import Foundation
@testable import GazetteCore
import Testing

/// What counts as delivered, what is retried and when, and what is never shown.
@Suite struct DeliveryRulesTests {
    static func response(_ status: Int, _ body: String = "", headers: [(name: String, value: String)] = []) -> Result<HTTPResponse, TransferError> {
        .success(HTTPResponse(status: status, headers: headers, body: Data(body.utf8)))
    }

    @Test func verdicts() {
        #expect(DeliveryVerdict.judge(Self.response(200, "ok"), kind: .slack) == .delivered)
        #expect(DeliveryVerdict.judge(Self.response(204), kind: .discord) == .delivered)
        #expect(DeliveryVerdict.judge(Self.response(500), kind: .slack) == .retry(after: nil, reason: "HTTP 500"))
        #expect(DeliveryVerdict.judge(Self.response(429, headers: [("Retry-After", "7")]), kind: .slack)
            == .retry(after: .seconds(7), reason: "HTTP 429"))
        #expect(DeliveryVerdict.judge(Self.response(429, #"{"retry_after": 1.5}"#), kind: .discord)
            == .retry(after: .milliseconds(1500), reason: "HTTP 429"))
        guard case .failed(let redirect) = DeliveryVerdict.judge(Self.response(301, headers: [("Location", "https://x/new")]),
                                                                 kind: .generic) else {
            Issue.record("a redirect must fail")
            return
        }
        #expect(redirect.contains("https://x/new"))
        #expect(DeliveryVerdict.judge(Self.response(400, "invalid_blocks"), kind: .slack) == .failed("HTTP 400"))
        #expect(DeliveryVerdict.judge(Self.response(404), kind: .discord) == .failed("HTTP 404"))
    }

    @Test("errors inside a 200 count: Feishu code, DingTalk and WeCom errcode")
    func platformErrors() {
        #expect(DeliveryVerdict.judge(Self.response(200, #"{"code":19021,"msg":"sign match fail"}"#), kind: .feishu)
            == .failed("feishu error 19021: sign match fail"))
        #expect(DeliveryVerdict.judge(Self.response(200, #"{"code":0,"msg":"success"}"#), kind: .feishu) == .delivered)
        #expect(DeliveryVerdict.judge(Self.response(200, #"{"errcode":310000,"errmsg":"sign not match"}"#), kind: .dingtalk)
            == .failed("dingtalk error 310000: sign not match"))
        #expect(DeliveryVerdict.judge(Self.response(200, #"{"errcode":130101,"errmsg":"send too fast"}"#), kind: .dingtalk)
            == .retry(after: nil, reason: "dingtalk error 130101: send too fast"))
        #expect(DeliveryVerdict.judge(Self.response(200, #"{"errcode":45009,"errmsg":"api freq out of limit"}"#), kind: .wecom)
            == .retry(after: nil, reason: "wecom error 45009: api freq out of limit"))
        #expect(DeliveryVerdict.judge(Self.response(200, #"{"errcode":0,"errmsg":"ok"}"#), kind: .wecom) == .delivered)
    }

    @Test func transferErrors() {
        #expect(DeliveryVerdict.judge(.failure(TransferError(kind: .timedOut, message: "t")), kind: .slack)
            == .retry(after: nil, reason: "t"))
        #expect(DeliveryVerdict.judge(.failure(TransferError(kind: .tls, message: "cert")), kind: .slack) == .failed("cert"))
    }

    @Test("backoff doubles up to the cap, with at most half of it jitter; Retry-After wins")
    func backoff() {
        let policy = RetryPolicy(maxAttempts: 8, initialDelay: .seconds(1), maxDelay: .seconds(10))
        #expect(policy.delay(after: 1, retryAfter: nil) { 0 } == .milliseconds(500))
        #expect(policy.delay(after: 1, retryAfter: nil) { 0.999_999 } <= .seconds(1))
        #expect(policy.delay(after: 3, retryAfter: nil) { 0 } == .seconds(2))
        #expect(policy.delay(after: 3, retryAfter: nil) { 1 } == .seconds(4))
        #expect(policy.delay(after: 7, retryAfter: nil) { 1 } == .seconds(10))
        #expect(policy.delay(after: 2, retryAfter: .seconds(42)) { 0.5 } == .seconds(42))
    }

    @Test("attempts stop at the maximum, and before a pause that would pass the deadline; the last one is logged as failed")
    func attemptLimits() async {
        let limited = await Self.attempts(RetryPolicy(maxAttempts: 3, initialDelay: .milliseconds(1)),
                                          .retry(after: nil, reason: "HTTP 503"))
        #expect(limited.outcome.attempts == 3)
        #expect(limited.outcome.failure == "HTTP 503; gave up after 3 attempts")
        #expect(limited.records.map(\.outcome) == [.retrying, .retrying, .failed])
        #expect(limited.records.map(\.error) == ["HTTP 503", "HTTP 503", "HTTP 503; gave up after 3 attempts"])
        let deadline = await Self.attempts(RetryPolicy(maxAttempts: 10, deadline: .seconds(5)),
                                           .retry(after: .seconds(60), reason: "HTTP 429"))
        #expect(deadline.outcome.attempts == 1)
        #expect(deadline.outcome.failure?.contains("deadline") == true)
        #expect(deadline.records.map(\.outcome) == [.failed])
        let final = await Self.attempts(RetryPolicy(), .failed("HTTP 400"))
        #expect(final.outcome.attempts == 1)
        #expect(final.records.map(\.outcome) == [.failed])
    }

    /// Runs an attempt loop whose every attempt has `verdict`, collecting the records it settles.
    static func attempts(_ policy: RetryPolicy, _ verdict: DeliveryVerdict)
        async -> (outcome: AttemptLoop.Outcome, records: [DeliveryRecord]) {
        var records: [DeliveryRecord] = []
        let outcome = await AttemptLoop(policy: policy).run(record: { records.append($0) }) { number in
            let record = DeliveryRecord(issue: "2024-W52", number: 1, target: "t", kind: "slack", part: 1, parts: 1,
                                        messageID: "msg_1", attempt: number, time: Date(), outcome: verdict.outcome,
                                        error: verdict.reason)
            return AttemptLoop.Attempt(verdict: verdict, record: record)
        }
        return (outcome, records)
    }

    @Test("secrets and address tokens are masked; ordinary parts stay")
    func redaction() {
        let url = URL(string: "https://hooks.slack.com/services/T0123ABCD/B0456EFGH/abcdefghijklmnopqrstuvwx")!
        let redactor = Redactor(secrets: ["topsecret"] + Redactor.credentialParts(of: url))
        let shown = redactor.redact(url)
        #expect(shown == "https://hooks.slack.com/services/‹redacted›/‹redacted›/‹redacted›")
        #expect(redactor.redact("failed posting to \(url.absoluteString) with topsecret")
            == "failed posting to https://hooks.slack.com/services/‹redacted›/‹redacted›/‹redacted› with ‹redacted›")
        let ding = URL(string: "https://oapi.dingtalk.com/robot/send?access_token=abc123def456&timestamp=1&sign=x%2Fy")!
        #expect(Redactor(secrets: []).redact(ding)
            == "https://oapi.dingtalk.com/robot/send?access_token=‹redacted›&timestamp=1&sign=‹redacted›")
    }

    @Test("${NAME} references resolve from the environment, and an unset one is named")
    func references() throws {
        let value = ConfiguredValue("https://example.com/${HOOK_PATH}?k=${HOOK_KEY}")
        #expect(value.references == ["HOOK_PATH", "HOOK_KEY"])
        #expect(try value.resolve(in: ["HOOK_PATH": "a/b", "HOOK_KEY": "k1"], for: "x") == "https://example.com/a/b?k=k1")
        #expect(throws: DeliveryError.unsetEnvironmentVariable(name: "HOOK_KEY", place: "deliver.targets.t.url")) {
            try value.resolve(in: ["HOOK_PATH": "a"], for: "deliver.targets.t.url")
        }
        #expect(value.description == "https://example.com/${HOOK_PATH}?k=${HOOK_KEY}")
    }
}
