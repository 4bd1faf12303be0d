import Foundation

/// The form of a URL under which two addresses of the same page are equal: lowercase scheme and host, `https`
/// for `http`, no default port, no fragment, no tracking parameters, no trailing slash.
enum CanonicalURL {
    /// Query parameters that say how a reader arrived, not what they read.
    static let trackingParameters: Set<String> = [
        "fbclid", "gclid", "spm", "from", "scene", "share_token", "ref", "ref_src", "chksm", "mpshare",
        "srcid", "sharer_sharetime", "sharer_shareid", "clicktime", "enterid", "sessionid", "subscene", "ascene",
    ]

    /// The host of WeChat's articles.
    static let weChatHost = "mp.weixin.qq.com"

    /// WeChat article links are identified by these parameters alone.
    static let weChatIdentity: Set<String> = ["__biz", "mid", "idx", "sn"]

    /// The canonical text of `url`, or nil when it is not an absolute http(s) URL.
    static func key(for url: URL) -> String? {
        plainKey(url.absoluteString) ?? parsedKey(for: url)
    }

    /// The key of an address simple enough to canonicalize without parsing it: `http://` or `https://`, a host of
    /// lowercase letters, digits, `-` and `.`, a path of letters, digits and `-._~/`, and perhaps a query of
    /// `name=value` items of letters, digits and `-._~` (and `=` in values) and a fragment. Most links are like this
    /// (WeChat's among them), and every article's address is keyed at ingest. The key is what `parsedKey(for:)`
    /// gives: `https`, no trailing slash, tracking items dropped (WeChat's identity items kept), `=` in a kept value
    /// escaped as `URLComponents` escapes it, no fragment. nil for any other address.
    static func plainKey(_ address: String) -> String? {
        var address = address
        return address.withUTF8 { bytes -> String? in
            guard let hostStart = PlainAddress.hostStart(in: bytes) else { return nil }
            var index = hostStart
            while index < bytes.count, bytes[index] != UInt8(ascii: "/") {
                guard PlainAddress.isHostByte(bytes[index]) else { return nil }
                index += 1
            }
            guard index > hostStart else { return nil }
            let host = UnsafeBufferPointer(rebasing: bytes[hostStart..<index])
            let pathStart = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "?"), bytes[index] != UInt8(ascii: "#") {
                guard isPlainPathByte(bytes[index]) else { return nil }
                index += 1
            }
            var pathEnd = index
            if pathEnd - pathStart > 1, bytes[pathEnd - 1] == UInt8(ascii: "/") { pathEnd -= 1 }
            var key = "https://" + String(decoding: UnsafeBufferPointer(rebasing: bytes[hostStart..<pathEnd]),
                                          as: UTF8.self)
            guard index < bytes.count, bytes[index] == UInt8(ascii: "?") else { return key }
            var queryEnd = index + 1
            while queryEnd < bytes.count, bytes[queryEnd] != UInt8(ascii: "#") { queryEnd += 1 }
            guard let kept = plainQuery(UnsafeBufferPointer(rebasing: bytes[(index + 1)..<queryEnd]),
                                        isWeChat: host.elementsEqual(weChatHost.utf8)) else { return nil }
            if !kept.isEmpty { key += "?" + kept }
            return key
        }
    }

    /// The items of a plain query that `keptQueryItems` keeps, joined as `URLComponents` writes them; nil when an
    /// item is not plain (another character, an empty item, an item without `=`).
    private static func plainQuery(_ query: UnsafeBufferPointer<UInt8>, isWeChat: Bool) -> String? {
        guard !query.isEmpty else { return "" }
        var kept: [UInt8] = []
        for item in query.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: false) {
            guard let equals = item.firstIndex(of: UInt8(ascii: "=")), equals > item.startIndex,
                  item[..<equals].allSatisfy(isPlainQueryByte),
                  item[(equals + 1)...].allSatisfy({ isPlainQueryByte($0) || $0 == UInt8(ascii: "=") })
            else { return nil }
            let name = String(decoding: item[..<equals], as: UTF8.self).lowercased()
            guard keepsQueryItem(named: name, onWeChat: isWeChat) else { continue }
            if !kept.isEmpty { kept.append(UInt8(ascii: "&")) }
            kept.append(contentsOf: item[...equals])
            for byte in item[(equals + 1)...] {
                if byte == UInt8(ascii: "=") { kept.append(contentsOf: "%3D".utf8) } else { kept.append(byte) }
            }
        }
        return String(decoding: kept, as: UTF8.self)
    }

    /// A letter, a digit or `-._~`: unreserved, so `URLComponents` writes it back as it is.
    private static func isPlainQueryByte(_ byte: UInt8) -> Bool {
        ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~")
    }

    private static func isPlainPathByte(_ byte: UInt8) -> Bool {
        isPlainQueryByte(byte) || byte == UInt8(ascii: "/")
    }

    /// The key through `URLComponents`, for any address.
    static func parsedKey(for url: URL) -> String? {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host?.lowercased(), !host.isEmpty
        else { return nil }
        components.scheme = "https"
        components.host = host
        if components.port == 80 || components.port == 443 { components.port = nil }
        components.fragment = nil
        components.queryItems = keptQueryItems(components.queryItems, host: host)
        if components.path.count > 1, components.path.hasSuffix("/") { components.path.removeLast() }
        return components.string
    }

    private static func keptQueryItems(_ items: [URLQueryItem]?, host: String) -> [URLQueryItem]? {
        guard let items else { return nil }
        let kept = items.filter { keepsQueryItem(named: $0.name.lowercased(), onWeChat: host == weChatHost) }
        return kept.isEmpty ? nil : kept
    }

    /// Whether a query item named `lowercasedName` is part of the page's address: on WeChat only its identity items
    /// are, elsewhere every item but the tracking ones.
    private static func keepsQueryItem(named lowercasedName: String, onWeChat: Bool) -> Bool {
        if onWeChat { return weChatIdentity.contains(lowercasedName) }
        return !lowercasedName.hasPrefix("utm_") && !trackingParameters.contains(lowercasedName)
    }

    /// `text` (trimmed) as an absolute http(s) address that `URL(string:)` reads, written as that URL writes it; nil
    /// when it is none. A plain address (`PlainAddress`) is kept as it is, without being parsed.
    static func absoluteHTTPAddress(_ text: String?) -> String? {
        guard let text = text?.trimmed, !text.isEmpty else { return nil }
        if PlainAddress(text) != nil { return text }
        return absoluteHTTPURL(text)?.absoluteString
    }

    /// The key of the absolute address `address` (as `absoluteHTTPAddress` gives it), as `key(for:)` gives it.
    static func key(forAddress address: String) -> String? {
        plainKey(address) ?? URL(string: address).flatMap(parsedKey(for:))
    }

    /// `text` (trimmed) parsed, if it is an absolute http(s) URL.
    static func absoluteHTTPURL(_ text: String?) -> URL? {
        guard let text = text?.trimmed, !text.isEmpty,
              let url = URL(string: text), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", url.host != nil
        else { return nil }
        return url
    }
}
