/// Why a transfer did not complete: no response at all, as opposed to an HTTP error status.
public struct TransferError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in terms a caller can act on.
    public enum Kind: Sendable, Equatable {
        /// The host name did not resolve.
        case couldNotResolve
        /// Nothing accepted the connection.
        case couldNotConnect
        /// The connect or total timeout passed.
        case timedOut
        /// The connection broke while sending or receiving.
        case connectionLost
        /// TLS failed: handshake, certificate or host-name verification, or a server that would not start TLS.
        case tls
        /// The server refused the login.
        case loginDenied
        /// The server refused the sender, a recipient or the message for good (SMTP 5xx).
        case rejected
        /// The server refused for now and asked to try later (SMTP 4xx: greylisting, a busy server).
        case deferred
        /// The address's scheme is not allowed, or the address is malformed.
        case badAddress
        /// Anything else libcurl reported.
        case other
    }

    public var kind: Kind
    /// libcurl's own words, with its error-buffer detail when it gave one.
    public var message: String
    /// libcurl's error number (`CURLcode`), for logs.
    public var code: Int

    /// Creates an error.
    public init(kind: Kind, message: String, code: Int = 0) {
        self.kind = kind
        self.message = message
        self.code = code
    }

    /// Whether trying again later may succeed: network trouble and timeouts, not bad addresses, TLS or logins.
    public var isTransient: Bool {
        switch kind {
        case .couldNotResolve, .couldNotConnect, .timedOut, .connectionLost, .deferred: true
        case .tls, .loginDenied, .rejected, .badAddress, .other: false
        }
    }

    public var description: String { "\(message) (curl error \(code))" }
}
