/// Reads the plain TOML that Hugo front matter almost always is, without a TOML parser: `key = value` lines whose
/// values are strings without escapes, one-line arrays of them, `true`/`false`, integers and dates.
///
/// TOMLKit (toml++ underneath) builds a table and its values for every file, which cost as much as the rest of
/// reading the front matter. Anything outside this subset (escapes, multi-line strings or arrays, tables, dotted or
/// quoted keys, comments after a value, floats, times, repeated keys) gives nil, and the caller asks TOMLKit: the
/// fields are always the ones TOMLKit would give. Every mark TOML gives meaning to is ASCII, so the reader looks at
/// UTF-8 bytes.
enum PlainTOMLReader {
    /// The fields of `source` (the lines between the `+++` fences, the first being line 2 of the file), or nil when
    /// it needs a real TOML parser.
    static func fields(_ source: String) -> [String: FrontMatter.Field]? {
        let bytes = Array(source.utf8)
        var fields: [String: FrontMatter.Field] = [:]
        var start = 0
        var number = 2
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            var line = bytes[start..<end]
            start = end + 1
            defer { number += 1 }
            line = ASCII.trimmingSpaces(line)
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }  // a blank line or a comment line
            guard let equals = line.firstIndex(of: UInt8(ascii: "=")) else { return nil }
            let keyBytes = ASCII.trimmingSpaces(line[..<equals])
            guard !keyBytes.isEmpty, keyBytes.allSatisfy(isBareKeyByte),
                  let value = value(ASCII.trimmingSpaces(line[(equals + 1)...])) else { return nil }
            let key = String(decoding: keyBytes, as: UTF8.self).lowercased()
            guard fields[key] == nil else { return nil }  // repeated, or the same key in another case
            fields[key] = FrontMatter.Field(value: value, line: number)
        }
        return fields
    }

    private static func value(_ bytes: ArraySlice<UInt8>) -> FrontMatter.Value? {
        guard let first = bytes.first else { return nil }
        switch first {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            guard let (text, end) = string(bytes), end == bytes.endIndex else { return nil }
            return .text(text)
        case UInt8(ascii: "["):
            return list(bytes).map(FrontMatter.Value.list)
        case UInt8(ascii: "t") where bytes.elementsEqual("true".utf8):
            return .flag(true)
        case UInt8(ascii: "f") where bytes.elementsEqual("false".utf8):
            return .flag(false)
        default:
            return integer(bytes) ?? date(bytes)
        }
    }

    /// A basic (`"…"`) or literal (`'…'`) string on one line, without escapes or control characters, and the index
    /// after its closing quote.
    private static func string(_ bytes: ArraySlice<UInt8>) -> (String, Int)? {
        guard let quote = bytes.first else { return nil }
        let contentStart = bytes.startIndex + 1
        guard let close = bytes[contentStart...].firstIndex(of: quote) else { return nil }
        let content = bytes[contentStart..<close]
        // `""` may open a multi-line string; escapes and control characters are TOMLKit's to read.
        if content.isEmpty, close + 1 < bytes.endIndex, bytes[close + 1] == quote { return nil }
        guard !content.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") }) else { return nil }
        return (String(decoding: content, as: UTF8.self), close + 1)
    }

    /// `["a", 'b', ]` on one line: strings only.
    private static func list(_ bytes: ArraySlice<UInt8>) -> [String]? {
        var items: [String] = []
        var index = bytes.startIndex + 1
        while true {
            index = skipSpaces(bytes, from: index)
            guard index < bytes.endIndex else { return nil }
            if bytes[index] == UInt8(ascii: "]") { break }
            guard let (item, end) = string(bytes[index...]) else { return nil }
            items.append(item)
            index = skipSpaces(bytes, from: end)
            guard index < bytes.endIndex else { return nil }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if bytes[index] != UInt8(ascii: "]") {
                return nil
            }
        }
        return index + 1 == bytes.endIndex ? items : nil
    }

    /// A decimal integer as TOMLKit's value gives it back: `0`, or digits not starting with 0, maybe after `-`.
    private static func integer(_ bytes: ArraySlice<UInt8>) -> FrontMatter.Value? {
        let digits = bytes.first == UInt8(ascii: "-") ? bytes.dropFirst() : bytes
        guard (1...18).contains(digits.count), digits.allSatisfy(ASCII.isDigit),
              digits.first != UInt8(ascii: "0") || (digits.count == 1 && bytes.count == 1) else { return nil }
        return .text(String(decoding: bytes, as: UTF8.self))
    }

    /// `2024-06-14` as it is; `2024-06-14T16:42:16`, with `.fraction` or a space for `T`, as TOMLKit's date-time
    /// reads back (`FrontMatterParser.isoText`): seconds without the fraction, and the offset as `Z` or `+08:00`.
    private static func date(_ bytes: ArraySlice<UInt8>) -> FrontMatter.Value? {
        let text = Array(bytes)
        guard text.count >= 10, let year = number(text, 0, 4), year > 0, text[4] == UInt8(ascii: "-"),
              let month = number(text, 5, 2), (1...12).contains(month), text[7] == UInt8(ascii: "-"),
              let day = number(text, 8, 2), (1...28).contains(day)  // later days are TOMLKit's to check
        else { return nil }
        let day10 = String(decoding: text[0..<10], as: UTF8.self)
        if text.count == 10 { return .text(day10) }
        guard text.count >= 19, text[10] == UInt8(ascii: "T") || text[10] == UInt8(ascii: " "),
              let hour = number(text, 11, 2), hour < 24, text[13] == UInt8(ascii: ":"),
              let minute = number(text, 14, 2), minute < 60, text[16] == UInt8(ascii: ":"),
              let second = number(text, 17, 2), second < 60
        else { return nil }
        var index = 19
        if index < text.count, text[index] == UInt8(ascii: ".") {
            index += 1
            let digitsStart = index
            while index < text.count, ASCII.isDigit(text[index]) { index += 1 }
            guard index > digitsStart else { return nil }
        }
        let clock = String(decoding: text[11..<19], as: UTF8.self)
        guard let offset = offsetText(text[index...]) else { return nil }
        return .text(day10 + "T" + clock + offset)
    }

    /// Nothing, `Z`, or `+08:00` as `PublishedDate.offsetText` writes it; nil for anything else.
    private static func offsetText(_ bytes: ArraySlice<UInt8>) -> String? {
        if bytes.isEmpty { return "" }
        if bytes.elementsEqual("Z".utf8) { return PublishedDate.offsetText(0) }
        let text = Array(bytes)
        guard text.count == 6, text[0] == UInt8(ascii: "+") || text[0] == UInt8(ascii: "-"),
              let hours = number(text, 1, 2), hours < 24, text[3] == UInt8(ascii: ":"),
              let minutes = number(text, 4, 2), minutes < 60 else { return nil }
        let seconds = (hours * 60 + minutes) * 60
        return PublishedDate.offsetText(text[0] == UInt8(ascii: "-") ? -seconds : seconds)
    }

    private static func number(_ text: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for byte in text[start..<start + count] {
            guard ASCII.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func isBareKeyByte(_ byte: UInt8) -> Bool {
        ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    private static func skipSpaces(_ bytes: ArraySlice<UInt8>, from index: Int) -> Int {
        var index = index
        while index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index
    }
}
