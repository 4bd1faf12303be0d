public import Foundation

/// An email with a plain-text and an HTML part (multipart/alternative, plainest first, RFC 2046 §5.1.4), UTF-8,
/// each body in quoted-printable or base64 (whichever is smaller), lines of at most 76 characters, CRLF line ends.
public struct MIMEMessage: Sendable, Equatable {
    public var from: String
    public var to: [String]
    public var subject: String
    public var date: Date
    /// The `Message-ID` without angle brackets.
    public var messageID: String
    public var text: String
    public var html: String
    /// One-click unsubscribe address (sent with `List-Unsubscribe-Post`, RFC 8058).
    public var listUnsubscribeURL: URL?
    /// Unsubscribe mailbox.
    public var listUnsubscribeMailto: String?

    /// Creates a message.
    public init(from: String, to: [String], subject: String, date: Date, messageID: String, text: String, html: String,
                listUnsubscribeURL: URL? = nil, listUnsubscribeMailto: String? = nil) {
        self.from = from
        self.to = to
        self.subject = subject
        self.date = date
        self.messageID = messageID
        self.text = text
        self.html = html
        self.listUnsubscribeURL = listUnsubscribeURL
        self.listUnsubscribeMailto = listUnsubscribeMailto
    }

    /// A stable id for an issue's message: the same issue, target and part always give the same id.
    public static func messageID(period: String, number: Int, part: String = "email", domain: String) -> String {
        let safe = (period + "." + part).map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." ? $0 : "-" }
        return "gazette.\(number).\(String(safe))@\(domain)"
    }

    /// The message as RFC 5322 text with CRLF line ends.
    public func rendered() -> String {
        let boundary = "=_gazette_" + String(UInt64(truncatingIfNeeded: messageID.utf8.reduce(14_695_981_039_346_656_037 as UInt64) {
            ($0 ^ UInt64($1)) &* 1_099_511_628_211
        }), radix: 36)
        var lines = headers(boundary: boundary)
        lines += ["", "This is a multi-part message in MIME format.", ""]
        lines += part(contentType: "text/plain; charset=UTF-8", body: text, boundary: boundary)
        lines += part(contentType: "text/html; charset=UTF-8", body: html, boundary: boundary)
        lines.append("--\(boundary)--")
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private func headers(boundary: String) -> [String] {
        var headers = [
            "From: " + EncodedWord.address(from, headerNameLength: 6),
            "To: " + (to.isEmpty ? "undisclosed-recipients:;" : to.map { EncodedWord.address($0, headerNameLength: 4) }
                .joined(separator: ",\r\n ")),
            "Subject: " + EncodedWord.encode(subject, headerNameLength: 9),
            "Date: " + Self.rfc5322(date),
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
        ]
        let unsubscribe = [listUnsubscribeURL.map { "<\($0.absoluteString)>" },
                           listUnsubscribeMailto.map { "<mailto:\($0)>" }].compactMap { $0 }
        if !unsubscribe.isEmpty {
            headers.append("List-Unsubscribe: " + unsubscribe.joined(separator: ",\r\n "))
        }
        if listUnsubscribeURL != nil { headers.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click") }
        headers.append("Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)\"")
        return headers
    }

    private func part(contentType: String, body: String, boundary: String) -> [String] {
        let quoted = QuotedPrintable.encode(body)
        let base64 = Self.base64Lines(body)
        let (encoding, encoded) = quoted.utf8.count <= base64.utf8.count ? ("quoted-printable", quoted) : ("base64", base64)
        return ["--\(boundary)", "Content-Type: \(contentType)", "Content-Transfer-Encoding: \(encoding)", "", encoded]
    }

    static func base64Lines(_ text: String) -> String {
        Data(text.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
    }

    /// `Mon, 23 Dec 2024 08:13:00 +0800` in the POSIX locale.
    static func rfc5322(_ date: Date, timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .gmt) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
