/// `deliver:` in `gazette.yml`: where issues go and how hard Gazette tries.
public struct DeliveryConfiguration: Sendable, Hashable {
    /// Webhooks, in the order they are listed.
    public var targets: [WebhookTarget]
    /// Mail delivery, if configured.
    public var email: EmailTarget?
    /// When to retry.
    public var retry: RetryPolicy
    /// Timeouts, concurrency and the response cap.
    public var connectTimeout: Duration
    public var timeout: Duration
    public var concurrency: Int
    /// A PEM file of extra certificate authorities to trust (a company CA, a test server).
    public var certificateAuthorityFile: String?

    /// The defaults: no targets, 10 s to connect, 20 s per request, 16 requests at once.
    public init(targets: [WebhookTarget] = [], email: EmailTarget? = nil, retry: RetryPolicy = RetryPolicy(),
                connectTimeout: Duration = .seconds(10), timeout: Duration = .seconds(20), concurrency: Int = 16,
                certificateAuthorityFile: String? = nil) {
        self.targets = targets
        self.email = email
        self.retry = retry
        self.connectTimeout = connectTimeout
        self.timeout = timeout
        self.concurrency = concurrency
        self.certificateAuthorityFile = certificateAuthorityFile
    }
}
