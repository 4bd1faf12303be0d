/// HTTP(S) over libcurl: each request in its own easy handle, all of them driven by one multi handle, so many
/// requests run at once up to `TransferOptions.maxConcurrentTransfers`.
///
/// Every request has a connect and a total timeout, verifies TLS, follows no redirect (a 3xx is returned as is),
/// keeps at most `maxResponseBytes` of the body, and honours the proxy environment variables the way libcurl does
/// (`http_proxy`, `https_proxy`/`HTTPS_PROXY`, `all_proxy`, `no_proxy`; the upper-case `HTTP_PROXY` is ignored
/// by design).
public final class HTTPClient: Sendable {
    /// The options every request shares.
    public let options: TransferOptions
    private let loop: TransferLoop

    /// Creates a client.
    public init(options: TransferOptions = TransferOptions()) {
        self.options = options
        self.loop = TransferLoop(maxConcurrent: options.maxConcurrentTransfers)
    }

    /// Sends `request` and returns the response, whatever its status, or why there is none.
    public func send(_ request: HTTPRequest) async -> Result<HTTPResponse, TransferError> {
        let handle: EasyHandle
        do {
            handle = try EasyHandle(options: options)
        } catch {
            return .failure(error)
        }
        handle.configure(request)
        return await loop.perform(handle)
    }

    /// Sends every request, at most `maxConcurrentTransfers` at a time, and returns the outcomes in the same order.
    public func send(_ requests: [HTTPRequest]) async -> [Result<HTTPResponse, TransferError>] {
        await withTaskGroup(of: (Int, Result<HTTPResponse, TransferError>).self) { group in
            for (index, request) in requests.enumerated() {
                group.addTask { (index, await self.send(request)) }
            }
            var results = [Result<HTTPResponse, TransferError>?](repeating: nil, count: requests.count)
            for await (index, result) in group {
                results[index] = result
            }
            return results.map { $0 ?? .failure(TransferError(kind: .other, message: "no result")) }
        }
    }

    /// Submits a message to an SMTP server; see `MailEnvelope`. Returns the server's final reply code as `status`.
    public func send(_ envelope: MailEnvelope) async -> Result<HTTPResponse, TransferError> {
        let handle: EasyHandle
        do {
            handle = try EasyHandle(options: options)
        } catch {
            return .failure(error)
        }
        handle.configure(envelope)
        return await loop.perform(handle)
    }

    /// libcurl's version, for `User-Agent` strings and diagnostics.
    public static var libraryVersion: String { CurlGlobal.version }
}
