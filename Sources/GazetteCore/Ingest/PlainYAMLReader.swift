/// Reads the plain YAML that front matter almost always is, without a YAML parser: `key: value` lines whose values
/// are plain or simply quoted text, flow lists (`[a, b]`) and block lists (`- item` lines).
///
/// Yams' event parser and node tree cost more than the rest of reading a Markdown file. Anything outside this subset
/// (escapes, values over several lines, nested maps, anchors, comments after a value, tabs, a repeated key) gives
/// nil, and the caller asks Yams: the fields are always the ones Yams would give. Every mark YAML gives meaning to is
/// ASCII, so the reader looks at UTF-8 bytes.
enum PlainYAMLReader {
    /// The fields of `source` (the lines between the `---` fences, the first being line 2 of the file), or nil when
    /// it needs a real YAML parser.
    static func fields(_ source: String) -> [String: FrontMatter.Field]? {
        let bytes = Array(source.utf8)
        guard isPrintable(bytes) else { return nil }
        var reader = Reader(bytes: bytes)
        reader.fields.reserveCapacity(16)  // a typical front matter's fields, without growing the table on the way
        var start = 0
        var number = 2
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: newline) ?? bytes.count
            guard reader.read(start..<end, number: number) else { return nil }
            start = end + 1
            number += 1
        }
        guard reader.closeList() else { return nil }
        return reader.fields
    }

    private struct OpenList {
        var key: String
        var line: Int
        var indent: Int?
        var items: [String] = []
    }

    private struct Reader {
        let bytes: [UInt8]
        var fields: [String: FrontMatter.Field] = [:]
        var list: OpenList?

        /// Takes the line at `range`; false when it is outside the subset.
        mutating func read(_ range: Range<Int>, number: Int) -> Bool {
            let line = bytes[range]
            let contentStart = line.firstIndex { $0 != space } ?? line.endIndex
            let indent = contentStart - line.startIndex
            let content = line[contentStart...]
            if content.isEmpty || content.first == hash { return true }  // blank line or comment line
            if content.first == dash, content.count == 1 || content.dropFirst().first == space {
                guard var open = list, open.indent == nil || open.indent == indent,
                      let item = PlainYAMLReader.scalar(content.dropFirst()) else { return false }
                open.indent = indent
                open.items.append(item.text)
                list = open
                return true
            }
            guard indent == 0, closeList(), let colon = line.firstIndex(of: colonMark) else { return false }
            let keyBytes = line[..<colon]
            guard PlainYAMLReader.isKey(keyBytes) else { return false }
            let key = String(decoding: keyBytes, as: UTF8.self).lowercased()
            guard fields[key] == nil else { return false }
            let rest = line[(colon + 1)...]
            if rest.allSatisfy({ $0 == space }) {
                list = OpenList(key: key, line: number)
                return true
            }
            guard rest.first == space, let value = PlainYAMLReader.value(rest) else { return false }
            fields[key] = FrontMatter.Field(value: value, line: number)
            return true
        }

        /// Ends the list being read, if any; a key with neither a value nor items is left to Yams.
        mutating func closeList() -> Bool {
            guard let open = list else { return true }
            list = nil
            guard !open.items.isEmpty, fields[open.key] == nil else { return false }
            fields[open.key] = FrontMatter.Field(value: .list(open.items), line: open.line)
            return true
        }
    }

    /// A value after `key:`: a flow list, or a scalar (a plain one may be a flag such as `true`).
    private static func value(_ text: ArraySlice<UInt8>) -> FrontMatter.Value? {
        let text = ASCII.trimmingSpaces(text)
        if text.first == openBracket {
            guard text.count >= 2, text.last == closeBracket else { return nil }
            let inner = text.dropFirst().dropLast()
            if inner.allSatisfy({ $0 == space }) { return .list([]) }
            var items: [String] = []
            for part in inner.split(separator: comma, omittingEmptySubsequences: false) {
                let item = ASCII.trimmingSpaces(part)
                guard isPlain(item), !item.contains(where: flowMarks.contains) else { return nil }
                items.append(String(decoding: item, as: UTF8.self))
            }
            return .list(items)
        }
        guard let scalar = scalar(text) else { return nil }
        if scalar.isPlain, let flag = Bool(yamlFlag: scalar.text) { return .flag(flag) }
        return .text(scalar.text)
    }

    /// Plain text, or text in single or double quotes with no quote or escape inside.
    private static func scalar(_ text: ArraySlice<UInt8>) -> (text: String, isPlain: Bool)? {
        let text = ASCII.trimmingSpaces(text)
        guard let first = text.first else { return nil }
        if first == doubleQuote || first == singleQuote {
            guard text.count >= 2, text.last == first else { return nil }
            let inner = text.dropFirst().dropLast()
            guard !inner.contains(first), !inner.contains(backslash) else { return nil }
            return (String(decoding: inner, as: UTF8.self), false)
        }
        return isPlain(text) ? (String(decoding: text, as: UTF8.self), true) : nil
    }

    /// Text YAML reads as itself: no indicator first, no `: ` or ` #` inside, no `:` last.
    private static func isPlain(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first, let last = text.last, !indicators.contains(first), last != colonMark else {
            return false
        }
        var previous: UInt8 = 0
        for byte in text {
            if (previous == colonMark && byte == space) || (previous == space && byte == hash) { return false }
            previous = byte
        }
        return true
    }

    private static func isKey(_ key: ArraySlice<UInt8>) -> Bool {
        guard let first = key.first, ASCII.isLetter(first) || first == underscore else { return false }
        return key.allSatisfy { ASCII.isLetter($0) || ASCII.isDigit($0) || $0 == underscore || $0 == dash }
    }

    /// Whether every character is one YAML allows in a document, tabs and carriage returns aside (left to Yams):
    /// no control characters (C0, DEL, C1 but NEL), no byte order mark, no U+FFFE or U+FFFF.
    private static func isPrintable(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20, byte != newline { return false }
            if byte == 0x7F { return false }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]),
               bytes[index + 1] != 0x85 { return false }
            if byte == 0xEF, index + 2 < bytes.count,
               (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF)
                || (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE) { return false }
            index += 1
        }
        return true
    }

    private static let newline = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")
    private static let hash = UInt8(ascii: "#")
    private static let dash = UInt8(ascii: "-")
    private static let colonMark = UInt8(ascii: ":")
    private static let comma = UInt8(ascii: ",")
    private static let underscore = UInt8(ascii: "_")
    private static let backslash = UInt8(ascii: "\\")
    private static let singleQuote = UInt8(ascii: "'")
    private static let doubleQuote = UInt8(ascii: "\"")
    private static let openBracket = UInt8(ascii: "[")
    private static let closeBracket = UInt8(ascii: "]")
    /// Marks that may not start a plain scalar.
    private static let indicators = Set("-?:,[]{}#&*!|>'\"%@`".utf8)
    /// Marks a flow list's items may not hold anywhere.
    private static let flowMarks = Set("[]{}\"'".utf8)
}
