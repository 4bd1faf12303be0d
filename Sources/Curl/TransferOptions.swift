/// Limits and identity shared by every transfer a client makes. The defaults follow the Standard Webhooks advice
/// (a request timeout of 15–30 s); libcurl's own defaults (no total timeout, 300 s to connect) are never used.
public struct TransferOptions: Sendable, Hashable {
    /// Name resolution, TCP and TLS handshakes.
    public var connectTimeout: Duration
    /// The whole transfer.
    public var totalTimeout: Duration
    /// Response bodies are cut after this many bytes.
    public var maxResponseBytes: Int
    /// Sent as `User-Agent` and used nowhere else.
    public var userAgent: String
    /// A PEM bundle of extra certificate authorities to trust (a private CA, a test server); the system's when nil.
    public var certificateAuthorityFile: String?
    /// How many transfers run at once.
    public var maxConcurrentTransfers: Int

    /// Creates options.
    public init(connectTimeout: Duration = .seconds(10), totalTimeout: Duration = .seconds(20),
                maxResponseBytes: Int = 64 * 1024, userAgent: String = "Gazette",
                certificateAuthorityFile: String? = nil, maxConcurrentTransfers: Int = 16) {
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxResponseBytes = maxResponseBytes
        self.userAgent = userAgent
        self.certificateAuthorityFile = certificateAuthorityFile
        self.maxConcurrentTransfers = max(1, maxConcurrentTransfers)
    }
}

extension Duration {
    /// Whole milliseconds, at least 1 (libcurl reads 0 as "no limit").
    var curlMilliseconds: Int {
        let (seconds, attoseconds) = components
        return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }
}
