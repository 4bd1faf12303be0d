import CCurl
import Foundation

/// One libcurl easy handle and the buffers of its transfer.
///
/// A handle belongs to one thread at a time: it is configured by the caller, performed by the `TransferLoop`'s
/// thread, and read again by the caller once the loop hands it back, hence `@unchecked Sendable`.
final class EasyHandle: @unchecked Sendable {
    let pointer: UnsafeMutableRawPointer
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private var recipientList: UnsafeMutablePointer<curl_slist>?
    private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
    private let maxResponseBytes: Int

    private(set) var responseBody = Data()
    private(set) var bodyTruncated = false
    private(set) var responseHeaders: [(name: String, value: String)] = []
    private var upload = Data()
    private var uploadOffset = 0
    private var started = ContinuousClock.now
    /// An SMTP submission, whose failures carry the server's reply code.
    private var isMail = false

    /// A handle with the options every transfer shares: timeouts, no signals, TLS verification, no redirects.
    init(options: TransferOptions) throws(TransferError) {
        CurlGlobal.initialize()
        guard let pointer = curl_easy_init() else {
            throw TransferError(kind: .other, message: "libcurl could not create a handle")
        }
        self.pointer = pointer
        self.maxResponseBytes = options.maxResponseBytes
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        set(CURLOPT_ERRORBUFFER, pointer: errorBuffer)
        set(CURLOPT_NOSIGNAL, 1)
        set(CURLOPT_CONNECTTIMEOUT_MS, options.connectTimeout.curlMilliseconds)
        set(CURLOPT_TIMEOUT_MS, options.totalTimeout.curlMilliseconds)
        set(CURLOPT_FOLLOWLOCATION, 0)
        set(CURLOPT_SSL_VERIFYPEER, 1)
        set(CURLOPT_SSL_VERIFYHOST, 2)
        if let file = options.certificateAuthorityFile { set(CURLOPT_CAINFO, file) }
        set(CURLOPT_USERAGENT, options.userAgent)
        let context = Unmanaged.passUnretained(self).toOpaque()
        set(CURLOPT_WRITEDATA, pointer: context)
        set(CURLOPT_HEADERDATA, pointer: context)
        set(CURLOPT_READDATA, pointer: context)
        _ = gazette_curl_setopt_data_function(pointer, CURLOPT_WRITEFUNCTION, easyHandleWrite)
        _ = gazette_curl_setopt_data_function(pointer, CURLOPT_HEADERFUNCTION, easyHandleHeader)
        _ = gazette_curl_setopt_data_function(pointer, CURLOPT_READFUNCTION, easyHandleRead)
    }

    deinit {
        curl_easy_cleanup(pointer)
        curl_slist_free_all(headerList)
        curl_slist_free_all(recipientList)
        errorBuffer.deallocate()
    }

    /// Sets up an HTTP(S) request; other schemes are refused by libcurl itself (`CURLOPT_PROTOCOLS_STR`).
    func configure(_ request: HTTPRequest) {
        set(CURLOPT_PROTOCOLS_STR, "http,https")
        set(CURLOPT_URL, request.url.absoluteString)
        // An empty `Expect:` stops libcurl waiting for "100 Continue" before large bodies.
        headerList = Self.list(request.headers.map { "\($0.name): \($0.value)" } + ["Expect:"])
        _ = gazette_curl_setopt_slist(pointer, CURLOPT_HTTPHEADER, headerList)
        switch request.method {
        case .get:
            set(CURLOPT_HTTPGET, 1)
        case .post:
            set(CURLOPT_POST, 1)
            _ = gazette_curl_setopt_off_t(pointer, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.count))
            request.body.withUnsafeBytes { bytes in
                // Copied by libcurl: the Swift buffer does not outlive this call.
                _ = gazette_curl_setopt_pointer(pointer, CURLOPT_COPYPOSTFIELDS,
                                                UnsafeMutableRawPointer(mutating: bytes.baseAddress ?? UnsafeRawPointer(errorBuffer)))
            }
        }
    }

    /// Sets up an SMTP submission: STARTTLS required on `smtp://`, TLS from the start on `smtps://`.
    func configure(_ envelope: MailEnvelope) {
        isMail = true
        set(CURLOPT_PROTOCOLS_STR, "smtp,smtps")
        set(CURLOPT_URL, envelope.server.absoluteString)
        set(CURLOPT_USE_SSL, Int(CURLUSESSL_ALL.rawValue))
        if let username = envelope.username { set(CURLOPT_USERNAME, username) }
        if let password = envelope.password { set(CURLOPT_PASSWORD, password) }
        set(CURLOPT_MAIL_FROM, "<\(envelope.sender)>")
        recipientList = Self.list(envelope.recipients.map { "<\($0)>" })
        _ = gazette_curl_setopt_slist(pointer, CURLOPT_MAIL_RCPT, recipientList)
        set(CURLOPT_UPLOAD, 1)
        upload = envelope.message
        uploadOffset = 0
        _ = gazette_curl_setopt_off_t(pointer, CURLOPT_INFILESIZE_LARGE, curl_off_t(upload.count))
    }

    /// Marks the start of the transfer, for its duration.
    func markStarted() {
        started = .now
    }

    /// The response, or why there is none, once libcurl reports the transfer done with `code`.
    func result(code: CURLcode) -> Result<HTTPResponse, TransferError> {
        guard code == CURLE_OK else {
            return .failure(error(for: code))
        }
        var status = 0
        _ = gazette_curl_getinfo_long(pointer, CURLINFO_RESPONSE_CODE, &status)
        return .success(HTTPResponse(status: status, headers: responseHeaders, body: responseBody,
                                     bodyTruncated: bodyTruncated, duration: .now - started))
    }

    private func error(for code: CURLcode) -> TransferError {
        let summary = String(cString: curl_easy_strerror(code))
        let detail = String(cString: errorBuffer)
        let message = detail.isEmpty || detail == summary ? summary : "\(summary): \(detail)"
        if isMail, let reply = smtpFailureReply() {
            // 4xx: the server defers (greylisting, a full mailbox, a busy server), 5xx: it refuses for good.
            let kind: TransferError.Kind = reply < 500 ? .deferred : code == CURLE_LOGIN_DENIED ? .loginDenied : .rejected
            return TransferError(kind: kind, message: "SMTP \(reply): \(message)", code: Int(code.rawValue))
        }
        return TransferError(kind: Self.kind(of: code), message: message, code: Int(code.rawValue))
    }

    /// The SMTP server's last reply code when it was a failure (4xx or 5xx).
    private func smtpFailureReply() -> Int? {
        var reply = 0
        _ = gazette_curl_getinfo_long(pointer, CURLINFO_RESPONSE_CODE, &reply)
        return (400..<600).contains(reply) ? reply : nil
    }

    private static func kind(of code: CURLcode) -> TransferError.Kind {
        switch code {
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: .couldNotResolve
        case CURLE_COULDNT_CONNECT: .couldNotConnect
        case CURLE_OPERATION_TIMEDOUT: .timedOut
        case CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE: .connectionLost
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
             CURLE_SSL_CACERT_BADFILE, CURLE_USE_SSL_FAILED, CURLE_SSL_ISSUER_ERROR: .tls
        case CURLE_LOGIN_DENIED, CURLE_AUTH_ERROR: .loginDenied
        case CURLE_SEND_FAIL_REWIND, CURLE_UPLOAD_FAILED, CURLE_WEIRD_SERVER_REPLY: .rejected
        case CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT, CURLE_BAD_FUNCTION_ARGUMENT: .badAddress
        default: .other
        }
    }

    // MARK: Callbacks (called on the loop's thread, during the transfer)

    fileprivate func receiveBody(_ bytes: UnsafeRawBufferPointer) {
        let room = maxResponseBytes - responseBody.count
        if bytes.count > room { bodyTruncated = true }
        if room > 0 { responseBody.append(contentsOf: bytes.prefix(room)) }
    }

    fileprivate func receiveHeader(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("HTTP/") {
            responseHeaders = []  // a new response (after 100 Continue, say): keep only the last one's headers
        } else if let colon = trimmed.firstIndex(of: ":") {
            responseHeaders.append((String(trimmed[..<colon]),
                                    trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
    }

    fileprivate func sendUpload(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let count = min(buffer.count, upload.count - uploadOffset)
        guard count > 0 else { return 0 }
        upload.withUnsafeBytes { bytes in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[uploadOffset..<(uploadOffset + count)]))
        }
        uploadOffset += count
        return count
    }

    // MARK: Options

    private func set(_ option: CURLoption, _ value: Int) {
        _ = gazette_curl_setopt_long(pointer, option, value)
    }

    private func set(_ option: CURLoption, _ value: String) {
        // String options are copied by libcurl (all but the few that say otherwise; none used here).
        _ = gazette_curl_setopt_string(pointer, option, value)
    }

    private func set(_ option: CURLoption, pointer value: UnsafeMutableRawPointer) {
        _ = gazette_curl_setopt_pointer(pointer, option, value)
    }

    private func set(_ option: CURLoption, pointer value: UnsafeMutablePointer<CChar>) {
        _ = gazette_curl_setopt_pointer(pointer, option, UnsafeMutableRawPointer(value))
    }

    private static func list(_ lines: [String]) -> UnsafeMutablePointer<curl_slist>? {
        lines.reduce(nil) { list, line in curl_slist_append(list, line) }
    }
}

private func handle(_ userdata: UnsafeMutableRawPointer?) -> EasyHandle? {
    userdata.map { Unmanaged<EasyHandle>.fromOpaque($0).takeUnretainedValue() }
}

private func easyHandleWrite(_ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int,
                             _ userdata: UnsafeMutableRawPointer?) -> Int {
    guard let data, let handle = handle(userdata) else { return 0 }
    handle.receiveBody(UnsafeRawBufferPointer(start: data, count: size * count))
    return size * count
}

private func easyHandleHeader(_ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int,
                              _ userdata: UnsafeMutableRawPointer?) -> Int {
    guard let data, let handle = handle(userdata) else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: data, count: size * count)
    handle.receiveHeader(String(decoding: bytes, as: UTF8.self))
    return size * count
}

private func easyHandleRead(_ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int,
                            _ userdata: UnsafeMutableRawPointer?) -> Int {
    guard let data, let handle = handle(userdata) else { return 0 }
    return handle.sendUpload(into: UnsafeMutableRawBufferPointer(start: data, count: size * count))
}
