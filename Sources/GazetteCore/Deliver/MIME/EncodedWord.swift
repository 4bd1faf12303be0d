import Foundation

/// Header text in RFC 2047 encoded-words: `=?UTF-8?B?…?=`, each at most 75 characters, never splitting a UTF-8
/// sequence, folded onto continuation lines (CRLF SPACE) so no header line passes 76 characters.
public enum EncodedWord {
    /// `text` as is when it is printable ASCII, otherwise as encoded-words. `headerNameLength` is the length of
    /// `Name: ` before it on the first line.
    public static func encode(_ text: String, headerNameLength: Int = 0) -> String {
        if text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 32 && $0.value < 127 }),
           headerNameLength + text.count <= 76 {
            return text
        }
        return words(for: text, firstLineRoom: 76 - headerNameLength).joined(separator: "\r\n ")
    }

    private static let prefix = "=?UTF-8?B?"
    private static let suffix = "?="

    private static func words(for text: String, firstLineRoom: Int) -> [String] {
        var words: [String] = []
        var chunk = Data()
        var room = min(75, firstLineRoom)
        for character in text {
            let bytes = Data(String(character).utf8)
            if encodedLength(chunk.count + bytes.count) > room, !chunk.isEmpty {
                words.append(prefix + chunk.base64EncodedString() + suffix)
                chunk = Data()
                room = 75
            }
            chunk.append(bytes)
        }
        if !chunk.isEmpty { words.append(prefix + chunk.base64EncodedString() + suffix) }
        return words
    }

    private static func encodedLength(_ byteCount: Int) -> Int {
        prefix.count + (byteCount + 2) / 3 * 4 + suffix.count
    }

    /// `Name <address>` with the name encoded when needed; a bare address is returned as is.
    public static func address(_ mailbox: String, headerNameLength: Int = 0) -> String {
        guard let open = mailbox.lastIndex(of: "<"), mailbox.hasSuffix(">") else { return mailbox }
        let name = mailbox[..<open].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        let address = String(mailbox[open...])
        guard !name.isEmpty else { return address }
        let isPlain = name.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 32 && $0.value < 127 }
        let shownName = isPlain ? "\"\(name.replacingOccurrences(of: "\"", with: ""))\"" : encode(name, headerNameLength: headerNameLength)
        return shownName + " " + address
    }
}
