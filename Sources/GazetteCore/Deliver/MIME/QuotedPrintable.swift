/// Quoted-printable encoding (RFC 2045 §6.7): lines of at most 76 characters with `=` soft breaks, `=XX` escapes
/// for bytes outside printable ASCII and for `=`, trailing spaces and tabs escaped, CRLF line ends.
public enum QuotedPrintable {
    /// The encoding of `text` (as UTF-8), with hard line breaks (LF or CRLF) kept as CRLF. One pass over the bytes:
    /// every issue's email is encoded whenever it is written, and `archive rebuild` writes hundreds.
    public static func encode(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count * 3 + bytes.count / 25 + 2)
            var lineStart = 0
            for index in bytes.indices where bytes[index] == lineFeed {
                let end = index > lineStart && bytes[index - 1] == carriageReturn ? index - 1 : index
                appendLine(bytes[lineStart..<end], to: &output)
                output.append(contentsOf: [carriageReturn, lineFeed])
                lineStart = index + 1
            }
            appendLine(bytes[lineStart...], to: &output)
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// One line's bytes, encoded, with soft breaks (`=` CRLF) keeping each output line within 76 characters.
    private static func appendLine(_ line: Slice<UnsafeBufferPointer<UInt8>>, to output: inout [UInt8]) {
        var length = 0
        for index in line.indices {
            let byte = line[index]
            let isLast = index == line.endIndex - 1
            let isPrintable = (33...126).contains(byte) && byte != equalsSign
            let isLiteral = isPrintable || ((byte == space || byte == tab) && !isLast)
            let tokenLength = isLiteral ? 1 : 3
            // Room for the token, plus a soft break `=` unless this is the line's last token.
            if length + tokenLength > (isLast ? 76 : 75) {
                output.append(contentsOf: [equalsSign, carriageReturn, lineFeed])
                length = 0
            }
            if isLiteral {
                output.append(byte)
            } else {
                output.append(contentsOf: [equalsSign, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]])
            }
            length += tokenLength
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let equalsSign = UInt8(ascii: "=")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
}
