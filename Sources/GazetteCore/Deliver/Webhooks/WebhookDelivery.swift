import Curl
import Foundation

/// One webhook target's run: its parts in order, each attempted until delivered, failed for good, or out of
/// attempts or time.
struct WebhookDelivery {
    let target: WebhookTarget
    let built: BuiltIssue
    let deliverer: Deliverer
    let client: HTTPClient
    let messageCache: MessageCache
    let alreadyDelivered: Set<String>

    func run() async -> DeliveryReport.TargetResult {
        var result = DeliveryReport.TargetResult(name: target.name, kind: target.kind.rawValue, parts: 0, delivered: 0,
                                                 alreadyDelivered: 0, attempts: 0)
        let resolved: ResolvedWebhookTarget
        let messages: [JSONValue]
        do {
            resolved = try ResolvedWebhookTarget(target, environment: deliverer.options.environment)
            guard !messageCache.issue(themes: target.themes).items.isEmpty else {
                result.skipped = "no items in its themes (\(target.themes?.map(\.id).joined(separator: ", ") ?? ""))"
                return result
            }
            messages = try messageCache.messages(kind: target.kind, themes: target.themes)
        } catch {
            result.failure = "\(error)"
            deliverer.record(record(part: 1, parts: 1, id: "", attempt: 0, outcome: .failed, error: "\(error)"))
            return result
        }
        result.parts = messages.count
        let redactor = Redactor(secrets: resolved.sensitiveTexts)
        let factory = WebhookRequestFactory(target: resolved)
        for (index, message) in messages.enumerated() {
            let id = WebhookRequestFactory.messageID(issue: built.key, number: built.issue.number, target: target.name,
                                                     part: index + 1)
            if alreadyDelivered.contains(id) {
                result.alreadyDelivered += 1
                continue
            }
            if result.attempts > 0 { try? await Task.sleep(for: target.kind.minimumInterval) }
            let loop = AttemptLoop(policy: deliverer.configuration.retry)
            let attempt = await loop.run(record: { deliverer.record($0.redacted(by: redactor)) }) { number in
                let request = factory.request(for: message, id: id, at: Date())
                let outcome = await client.send(request)
                let verdict = DeliveryVerdict.judge(outcome, kind: target.kind)
                return AttemptLoop.Attempt(verdict: verdict, record: record(part: index + 1, parts: messages.count,
                                                                            id: id, attempt: number, outcome: outcome,
                                                                            verdict: verdict))
            }
            result.attempts += attempt.attempts
            if let failure = attempt.failure {
                result.failure = "part \(index + 1) of \(messages.count): " + redactor.redact(failure)
                break
            }
            result.delivered += 1
        }
        return result
    }

    private func record(part: Int, parts: Int, id: String, attempt: Int, outcome: Result<HTTPResponse, TransferError>,
                        verdict: DeliveryVerdict) -> DeliveryRecord {
        var entry = record(part: part, parts: parts, id: id, attempt: attempt, outcome: verdict.outcome,
                           error: verdict.reason)
        if case .success(let response) = outcome {
            entry.status = response.status
            entry.latencyMilliseconds = response.duration.milliseconds
            let excerpt = String(response.text.prefix(300))
            entry.response = excerpt.isEmpty ? nil : excerpt
        }
        return entry
    }

    private func record(part: Int, parts: Int, id: String, attempt: Int, outcome: DeliveryRecord.Outcome,
                        error: String?) -> DeliveryRecord {
        DeliveryRecord(issue: built.key, number: built.issue.number, target: target.name, kind: target.kind.rawValue,
                       part: part, parts: parts, messageID: id, attempt: attempt, time: Date(), outcome: outcome,
                       error: error)
    }
}

extension DeliveryRecord {
    /// The record with every secret masked in its error and response excerpt.
    func redacted(by redactor: Redactor) -> DeliveryRecord {
        var copy = self
        copy.error = error.map(redactor.redact)
        copy.response = response.map(redactor.redact)
        return copy
    }
}

extension DeliveryVerdict {
    var outcome: DeliveryRecord.Outcome {
        switch self {
        case .delivered: .delivered
        case .retry: .retrying
        case .failed: .failed
        }
    }

    var reason: String? {
        switch self {
        case .delivered: nil
        case .retry(_, let reason), .failed(let reason): reason
        }
    }
}
