import Foundation

/// Runs attempts until one is delivered, one fails for good, the attempts run out, or the next pause would pass
/// the deadline.
struct AttemptLoop {
    let policy: RetryPolicy

    struct Outcome {
        var attempts: Int
        /// Why the message was not delivered, if it was not.
        var failure: String?
    }

    /// `attempt` is called with the attempt number (from 1) and returns its verdict. The last attempt's record says
    /// `retrying` only when a pause and another attempt follow; otherwise the loop rewrites nothing and reports why
    /// it stopped.
    func run(_ attempt: (Int) async -> DeliveryVerdict) async -> Outcome {
        let started = ContinuousClock.now
        var number = 1
        while true {
            let verdict = await attempt(number)
            switch verdict {
            case .delivered:
                return Outcome(attempts: number)
            case .failed(let reason):
                return Outcome(attempts: number, failure: reason)
            case .retry(let after, let reason):
                guard number < policy.maxAttempts else {
                    return Outcome(attempts: number, failure: "\(reason); gave up after \(number) attempts")
                }
                let pause = policy.delay(after: number, retryAfter: after) { Double.random(in: 0..<1) }
                guard ContinuousClock.now - started + pause <= policy.deadline else {
                    return Outcome(attempts: number, failure: "\(reason); the next try (in \(pause.roundedSeconds)) "
                        + "would pass the \(policy.deadline.roundedSeconds) deadline")
                }
                try? await Task.sleep(for: pause)
                number += 1
            }
        }
    }
}

extension Duration {
    var roundedSeconds: String {
        let seconds = Double(components.seconds) + Double(components.attoseconds) / 1e18
        return seconds < 10 ? String(format: "%.1f s", seconds) : "\(Int(seconds.rounded())) s"
    }
}
