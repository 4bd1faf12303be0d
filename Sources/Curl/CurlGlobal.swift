import CCurl

/// `curl_global_init`, once per process. Thread-safe in this libcurl (7.84 and later report `threadsafe`), and
/// Swift runs a `static let` initializer once.
enum CurlGlobal {
    private static let initialized: Bool = curl_global_init(Int(CURL_GLOBAL_ALL)) == CURLE_OK

    static func initialize() {
        _ = initialized
    }

    /// libcurl's version line, such as `libcurl/7.88.1 OpenSSL/3.0.15 zlib/1.2.13`.
    static var version: String {
        String(cString: curl_version())
    }
}
