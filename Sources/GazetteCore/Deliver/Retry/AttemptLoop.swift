import Foundation

/// Runs attempts until one is delivered, one fails for good, the attempts run out, or the next pause would pass
/// the deadline. Every attempt is recorded once, with the outcome it really had: `retrying` only when a pause and
/// another attempt follow, `failed` (with the reason the loop stopped) when none does.
struct AttemptLoop {
    let policy: RetryPolicy

    struct Outcome {
        var attempts: Int
        /// Why the message was not delivered, if it was not.
        var failure: String?
    }

    /// What one attempt produced: its verdict and its log entry (whose outcome the loop settles).
    struct Attempt {
        var verdict: DeliveryVerdict
        var record: DeliveryRecord
    }

    /// `attempt` is called with the attempt number (from 1); `record` receives each attempt's settled log entry.
    func run(record: (DeliveryRecord) -> Void, _ attempt: (Int) async -> Attempt) async -> Outcome {
        let started = ContinuousClock.now
        var number = 1
        while true {
            var tried = await attempt(number)
            switch tried.verdict {
            case .delivered:
                record(tried.record)
                return Outcome(attempts: number)
            case .failed(let reason):
                record(tried.record)
                return Outcome(attempts: number, failure: reason)
            case .retry(let after, let reason):
                let pause = policy.delay(after: number, retryAfter: after) { Double.random(in: 0..<1) }
                if let stop = stopReason(after: number, started: started, pause: pause, reason: reason) {
                    tried.record.outcome = .failed
                    tried.record.error = stop
                    record(tried.record)
                    return Outcome(attempts: number, failure: stop)
                }
                record(tried.record)
                try? await Task.sleep(for: pause)
                number += 1
            }
        }
    }

    /// Why no further attempt follows attempt `number` after `pause`, or nil when one does.
    private func stopReason(after number: Int, started: ContinuousClock.Instant, pause: Duration,
                            reason: String) -> String? {
        guard number < policy.maxAttempts else {
            return "\(reason); gave up after \(number) attempts"
        }
        guard ContinuousClock.now - started + pause <= policy.deadline else {
            return "\(reason); the next try (in \(pause.roundedSeconds)) would pass the \(policy.deadline.roundedSeconds) deadline"
        }
        return nil
    }
}

extension Duration {
    var roundedSeconds: String {
        let seconds = Double(components.seconds) + Double(components.attoseconds) / 1e18
        return seconds < 10 ? String(format: "%.1f s", seconds) : "\(Int(seconds.rounded())) s"
    }
}
