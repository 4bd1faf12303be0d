import Foundation
@testable import GazetteCore
import Testing

/// Signatures against the worked examples in standards.md §1, §4 and §5.
@Suite struct SignatureTests {
    @Test("Standard Webhooks test vectors", arguments: [
        ("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1_614_265_330,
         #"{"test": 2432232314}"#, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="),
        ("whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD", "msg_27UH4WbU6Z5A5EzD8u03UvzRbpk", 1_649_367_553,
         #"{"email":"test@example.com","username":"test_user"}"#, "v1,tZ1I4/hDygAJgO5TYxiSd6Sd0kDW6hPenDe+bTa3Kkw="),
        ("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", 1_674_087_231,
         #"{"type":"contact.created","timestamp":"2022-11-03T20:26:10.344522Z","data":{"id":"1f81eb52-5198-4599-803e-771906343485"}}"#,
         "v1,ARw42xaAApl/nxRo+iPGYwSaMQaOwMo2eyH5JBRA+bQ="),
    ])
    func standardWebhooks(secret: String, id: String, timestamp: Int, payload: String, expected: String) throws {
        let signer = try StandardWebhookSignature(secret: secret, place: "test")
        #expect(signer.signature(id: id, timestamp: timestamp, body: Data(payload.utf8)) == expected)
    }

    @Test("secrets work without their base64 padding and without the prefix")
    func unpaddedSecrets() throws {
        let expected = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
        for secret in ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"] {
            let signer = try StandardWebhookSignature(secret: secret, place: "test")
            #expect(signer.signature(id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: 1_614_265_330,
                                     body: Data(#"{"test": 2432232314}"#.utf8)) == expected)
        }
        _ = try StandardWebhookSignature(secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaS", place: "test")
    }

    @Test("empty and non-base64 secrets are refused with the key's name", arguments: ["", "whsec_", "whsec_%%%%"])
    func badSecrets(secret: String) {
        #expect(throws: DeliveryError.self) { try StandardWebhookSignature(secret: secret, place: "deliver.targets.x.secret") }
        do {
            _ = try StandardWebhookSignature(secret: secret, place: "deliver.targets.x.secret")
        } catch {
            #expect(error.description.hasPrefix("deliver.targets.x.secret: "))
        }
    }

    @Test("Feishu: HMAC keyed by timestamp and secret over nothing")
    func feishu() {
        #expect(ChatBotSignature.feishu(secret: "demo", timestamp: 100) == "jquNHnVOwmDRfw+vqTIrY5dooJAgi5EcRtLsQE4wfXg=")
        #expect(ChatBotSignature.feishu(secret: "demo", timestamp: 1_599_360_473)
            == "l1N0gAcBjdwBvGm1xMjOF0XSyaLRpR7tuO5dHfhAYc8=")
        // The bug the standards sheet warns about: DingTalk's algorithm on the same inputs gives another value.
        #expect(ChatBotSignature.dingTalk(secret: "demo", timestamp: 100)
            == "Al3fIG80paFjFaF1GYFq01nD+HwK+W12x7pPHOz3pJo=")
    }

    @Test("DingTalk: HMAC keyed by the secret, URL-encoded on the address")
    func dingTalk() {
        let sign = ChatBotSignature.dingTalk(secret: "this is secret", timestamp: 1_599_360_473_000)
        #expect(sign == "hXZTWifRGHclNuZSKxoXc//sh51SWfVfRIhcdeKs63I=")
        #expect(ChatBotSignature.queryEncoded(sign) == "hXZTWifRGHclNuZSKxoXc%2F%2Fsh51SWfVfRIhcdeKs63I%3D")
    }

    @Test("each attempt signs afresh; the message id stays")
    func requestsPerAttempt() throws {
        let target = WebhookTarget(name: "hook", kind: .generic, url: ConfiguredValue("https://example.com/hook"),
                                   secret: ConfiguredValue("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
        let factory = WebhookRequestFactory(target: try ResolvedWebhookTarget(target, environment: [:]))
        let id = WebhookRequestFactory.messageID(issue: "2024-W52", number: 1, target: "hook", part: 1)
        #expect(id == WebhookRequestFactory.messageID(issue: "2024-W52", number: 1, target: "hook", part: 1))
        #expect(id != WebhookRequestFactory.messageID(issue: "2024-W52", number: 1, target: "hook", part: 2))
        #expect(!id.contains("."))
        let message = JSONValue.object([("a", .int(1))])
        let first = factory.request(for: message, id: id, at: Date(timeIntervalSince1970: 1_000))
        let second = factory.request(for: message, id: id, at: Date(timeIntervalSince1970: 1_060))
        #expect(first.header("webhook-id") == second.header("webhook-id"))
        #expect(first.header("webhook-timestamp") == "1000")
        #expect(second.header("webhook-timestamp") == "1060")
        #expect(first.header("webhook-signature") != second.header("webhook-signature"))
    }

    @Test("Feishu signs in the body; DingTalk on the address")
    func placement() throws {
        let date = Date(timeIntervalSince1970: 1_599_360_473)
        let feishu = WebhookRequestFactory(target: try ResolvedWebhookTarget(WebhookTarget(
            name: "f", kind: .feishu, url: ConfiguredValue("https://open.feishu.cn/open-apis/bot/v2/hook/x"),
            secret: ConfiguredValue("demo")), environment: [:]))
        let body = try JSONSerialization.jsonObject(with: feishu.request(for: .object([("msg_type", .string("text"))]),
                                                                         id: "m", at: date).body) as? [String: Any]
        #expect(body?["timestamp"] as? String == "1599360473")
        #expect(body?["sign"] as? String == "l1N0gAcBjdwBvGm1xMjOF0XSyaLRpR7tuO5dHfhAYc8=")
        let dingTalk = WebhookRequestFactory(target: try ResolvedWebhookTarget(WebhookTarget(
            name: "d", kind: .dingtalk, url: ConfiguredValue("https://oapi.dingtalk.com/robot/send?access_token=abc"),
            secret: ConfiguredValue("this is secret")), environment: [:]))
        let url = dingTalk.request(for: .object([]), id: "m", at: date).url.absoluteString
        #expect(url == "https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1599360473000"
            + "&sign=hXZTWifRGHclNuZSKxoXc%2F%2Fsh51SWfVfRIhcdeKs63I%3D")
    }
}
