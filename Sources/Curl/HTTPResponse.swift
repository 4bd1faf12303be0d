public import Foundation

/// What a server answered.
public struct HTTPResponse: Sendable {
    /// The status code of the final response.
    public var status: Int
    /// Response header names and values, in order (the final response's only).
    public var headers: [(name: String, value: String)]
    /// The body, at most `TransferOptions.maxResponseBytes` of it.
    public var body: Data
    /// Whether the body was longer than the cap and was cut.
    public var bodyTruncated: Bool
    /// From the start of the transfer to its end.
    public var duration: Duration

    /// Creates a response.
    public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data(),
                bodyTruncated: Bool = false, duration: Duration = .zero) {
        self.status = status
        self.headers = headers
        self.body = body
        self.bodyTruncated = bodyTruncated
        self.duration = duration
    }

    /// The value of the first header named `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The body as UTF-8 text (invalid bytes replaced).
    public var text: String { String(decoding: body, as: UTF8.self) }
}
