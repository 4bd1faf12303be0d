import Foundation

/// Quoted-printable encoding (RFC 2045 §6.7): lines of at most 76 characters with `=` soft breaks, `=XX` escapes
/// for bytes outside printable ASCII and for `=`, trailing spaces and tabs escaped, CRLF line ends.
public enum QuotedPrintable {
    /// The encoding of `text` (as UTF-8), with hard line breaks kept as CRLF.
    public static func encode(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { encodeLine(Array($0.utf8)) }.joined(separator: "\r\n")
    }

    private static func encodeLine(_ bytes: [UInt8]) -> String {
        var output: [String] = []
        var line = ""
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            let token = token(for: byte, isLast: isLast)
            // Room for the token, plus a soft break `=` unless this is the line's last token.
            let limit = isLast ? 76 : 75
            if line.count + token.count > limit {
                output.append(line + "=")
                line = ""
            }
            line += token
        }
        output.append(line)
        return output.joined(separator: "\r\n")
    }

    private static func token(for byte: UInt8, isLast: Bool) -> String {
        let isPrintable = (33...126).contains(byte) && byte != UInt8(ascii: "=")
        let isInnerSpace = (byte == 32 || byte == 9) && !isLast
        if isPrintable || isInnerSpace { return String(UnicodeScalar(byte)) }
        return "=" + hex(byte)
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
