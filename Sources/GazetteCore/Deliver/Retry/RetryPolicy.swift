/// When to try a failed delivery again: exponential backoff with jitter, a maximum number of attempts and an overall
/// deadline; a server's `Retry-After` is honoured. Only transient failures are retried (see `DeliveryVerdict`).
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts per message, the first included.
    public var maxAttempts: Int
    /// The pause after the first failure; it doubles after each further one.
    public var initialDelay: Duration
    /// No pause is longer than this.
    public var maxDelay: Duration
    /// No attempt starts later than this after the message's first attempt.
    public var deadline: Duration

    /// The defaults: 5 attempts, 1 s doubling up to 30 s, all within 2 minutes.
    public init(maxAttempts: Int = 5, initialDelay: Duration = .seconds(1), maxDelay: Duration = .seconds(30),
                deadline: Duration = .seconds(120)) {
        self.maxAttempts = max(1, maxAttempts)
        self.initialDelay = initialDelay
        self.maxDelay = maxDelay
        self.deadline = deadline
    }

    /// The pause before attempt `attempt + 1` after attempt `attempt` (from 1) failed: the server's `retryAfter`
    /// when it gave one, else `initialDelay · 2^(attempt−1)` capped at `maxDelay`, of which a random half is
    /// jitter (so many senders do not retry in step). `random` yields values in 0..<1.
    public func delay(after attempt: Int, retryAfter: Duration?, random: () -> Double) -> Duration {
        if let retryAfter { return retryAfter }
        let exponent = min(max(0, attempt - 1), 30)
        let backoff = min(initialDelay * (1 << exponent), maxDelay)
        return backoff / 2 + backoff / 2 * min(max(random(), 0), 1)
    }
}
