/// An absolute http(s) address simple enough to use as it is written: `URL(string:)` would keep its text unchanged,
/// and its host and path can be read off its bytes. Most links in articles are like this, and ingest meets two or
/// three in every article, where parsing each into a `URL` (and asking it for its host and path) was a tenth of
/// the normalizing.
///
/// Plain means: `http://` or `https://`, a host of lowercase letters, digits, `-` and `.`, then perhaps a path of
/// RFC 3986 path characters (letters, digits, `-._~!$&'()*+,;=:@/`, no `%`), a query of those and `?` and `%`
/// followed by two hex digits, and a fragment of the same (without a second `#`). Anything else is left to `URL`.
struct PlainAddress {
    /// The host: lowercase, as `URL.host` gives it.
    let host: Substring
    /// The path as `URL.path` gives it: without trailing `/` (a path of only `/` is `/`), empty when there is none.
    let path: Substring

    /// The host and path of `text`, or nil when it is not plain.
    init?(_ text: String) {
        guard let (host, path) = text.utf8.withContiguousStorageIfAvailable(Self.parts) ?? nil else { return nil }
        self.host = text.slice(utf8Offsets: host)
        self.path = text.slice(utf8Offsets: path)
    }

    /// The byte ranges of a plain address's host and path (its trailing slashes dropped), or nil.
    private static func parts(of bytes: UnsafeBufferPointer<UInt8>) -> (host: Range<Int>, path: Range<Int>)? {
        guard let hostStart = hostStart(in: bytes) else { return nil }
        let (hostBytes, pathBytes, queryBytes) = (Self.hostBytes, Self.pathBytes, Self.queryBytes)  // looked up once
        let endsHost = { (byte: UInt8) in byte == slash || byte == question || byte == hash }
        let endsPath = { (byte: UInt8) in byte == question || byte == hash }
        guard let hostEnd = end(of: bytes, from: hostStart, allowing: hostBytes, stoppingAt: endsHost),
              hostEnd > hostStart,
              let pathEnd = end(of: bytes, from: hostEnd, allowing: pathBytes, stoppingAt: endsPath)
        else { return nil }
        var rest = pathEnd
        if rest < bytes.count, bytes[rest] == question {
            guard let queryEnd = end(of: bytes, from: rest + 1, allowing: queryBytes, stoppingAt: { $0 == hash })
            else { return nil }
            rest = queryEnd
        }
        // A fragment: `#`, then query characters to the end.
        if rest < bytes.count, end(of: bytes, from: rest + 1, allowing: queryBytes, stoppingAt: { _ in false }) == nil {
            return nil
        }
        var pathKept = pathEnd
        while pathKept > hostEnd + 1, bytes[pathKept - 1] == slash { pathKept -= 1 }
        return (hostStart..<hostEnd, hostEnd..<pathKept)
    }

    /// Where the run of `allowed` bytes from `start` ends: at the first byte `isStop` accepts, or at the end; nil when
    /// another byte comes first, or a `%` without two hex digits after it.
    private static func end(of bytes: UnsafeBufferPointer<UInt8>, from start: Int, allowing allowed: [Bool],
                            stoppingAt isStop: (UInt8) -> Bool) -> Int? {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if isStop(byte) { return index }
            guard allowed[Int(byte)] else { return nil }
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, ASCII.isHexDigit(bytes[index + 1]), ASCII.isHexDigit(bytes[index + 2])
                else { return nil }
            }
            index += 1
        }
        return index
    }

    /// Where the host starts in an address that begins with `https://` or `http://` (lowercase), or nil.
    static func hostStart(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if bytes.starts(with: "https://".utf8) { return 8 }
        if bytes.starts(with: "http://".utf8) { return 7 }
        return nil
    }

    /// Whether `byte` may be part of a plain host: a lowercase letter, a digit, `-` or `.`.
    static func isHostByte(_ byte: UInt8) -> Bool { hostBytes[Int(byte)] }

    // Constants rather than stored `static let`s, each a lazy-initialization check on every use.
    private static var slash: UInt8 { UInt8(ascii: "/") }
    private static var question: UInt8 { UInt8(ascii: "?") }
    private static var hash: UInt8 { UInt8(ascii: "#") }

    private static let hostBytes = table { ASCII.isLowercase($0) || ASCII.isDigit($0) || "-.".utf8.contains($0) }
    /// RFC 3986's unreserved characters, sub-delimiters, `:`, `@` and `/`.
    private static let pathBytes = table {
        ASCII.isLetter($0) || ASCII.isDigit($0) || "-._~!$&'()*+,;=:@/".utf8.contains($0)
    }
    private static let queryBytes = table { pathBytes[Int($0)] || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "%") }

    private static func table(_ included: (UInt8) -> Bool) -> [Bool] {
        (0...255).map { included(UInt8($0)) }
    }
}
