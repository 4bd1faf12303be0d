import Curl
import Foundation

/// Sends `message.eml` to the configured recipients over SMTP (STARTTLS required, or SMTPS), with the same retry
/// and log rules as webhooks. The message is one part; its id is the message's own stable `Message-ID`.
struct MailDelivery {
    let target: EmailTarget
    let built: BuiltIssue
    let deliverer: Deliverer
    let client: HTTPClient
    let alreadyDelivered: Set<String>

    func run() async -> DeliveryReport.TargetResult {
        var result = DeliveryReport.TargetResult(name: target.name, kind: "email", parts: 1, delivered: 0,
                                                 alreadyDelivered: 0, attempts: 0)
        let id = built.messageID ?? "\(built.key)@gazette"
        let resolved: ResolvedEmailTarget
        do {
            resolved = try ResolvedEmailTarget(target, compose: deliverer.compose, environment: deliverer.options.environment)
        } catch {
            result.failure = "\(error)"
            deliverer.record(record(id: id, attempt: 0, outcome: .failed, error: "\(error)"))
            return result
        }
        if alreadyDelivered.contains(id) {
            result.alreadyDelivered = 1
            return result
        }
        let redactor = Redactor(secrets: resolved.sensitiveTexts)
        let envelope = MailEnvelope(server: resolved.server, username: resolved.username, password: resolved.password,
                                    sender: resolved.sender, recipients: resolved.recipients, message: built.message)
        let loop = AttemptLoop(policy: deliverer.configuration.retry)
        let attempt = await loop.run(record: { deliverer.record($0.redacted(by: redactor)) }) { number in
            let outcome = await client.send(envelope)
            let verdict = DeliveryVerdict.judge(outcome, kind: nil)
            var entry = record(id: id, attempt: number, outcome: verdict.outcome, error: verdict.reason)
            if case .success(let response) = outcome {
                entry.status = response.status
                entry.latencyMilliseconds = response.duration.milliseconds
            }
            return AttemptLoop.Attempt(verdict: verdict, record: entry)
        }
        result.attempts = attempt.attempts
        if let failure = attempt.failure {
            result.failure = redactor.redact(failure)
        } else {
            result.delivered = 1
        }
        return result
    }

    private func record(id: String, attempt: Int, outcome: DeliveryRecord.Outcome, error: String?) -> DeliveryRecord {
        DeliveryRecord(issue: built.key, number: built.issue.number, target: target.name, kind: "email", part: 1,
                       parts: 1, messageID: id, attempt: attempt, time: Date(), outcome: outcome, error: error)
    }
}
