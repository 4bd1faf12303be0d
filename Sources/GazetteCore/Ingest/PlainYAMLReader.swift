/// Reads the plain YAML that front matter almost always is, without a YAML parser: `key: value` lines whose values
/// are plain or simply quoted text, flow lists (`[a, b]`) and block lists (`- item` lines).
///
/// Yams' event parser and node tree cost more than the rest of reading a Markdown file. Anything outside this subset
/// (escapes, values over several lines, nested maps, anchors, comments after a value, tabs, a repeated key) gives
/// nil, and the caller asks Yams: the fields are always the ones Yams would give.
enum PlainYAMLReader {
    /// The fields of `source` (the lines between the `---` fences, the first being line 2 of the file), or nil when
    /// it needs a real YAML parser.
    static func fields(_ source: String) -> [String: FrontMatter.Field]? {
        var reader = Reader()
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, line) in lines.enumerated() {
            guard reader.read(line, number: offset + 2) else { return nil }
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
        var fields: [String: FrontMatter.Field] = [:]
        var list: OpenList?

        /// Takes one line; false when it is outside the subset.
        mutating func read(_ line: Substring, number: Int) -> Bool {
            guard line.unicodeScalars.allSatisfy(PlainYAMLReader.isPrintable) else { return false }
            let indent = line.prefix { $0 == " " }.count
            let content = line.dropFirst(indent)
            if content.isEmpty || content.first == "#" { return true }  // blank line or comment line
            if content == "-" || content.hasPrefix("- ") {
                guard var open = list, open.indent == nil || open.indent == indent,
                      let item = PlainYAMLReader.scalar(content.dropFirst(2)) else { return false }
                open.indent = indent
                open.items.append(item.text)
                list = open
                return true
            }
            guard indent == 0, closeList(), let colon = line.firstIndex(of: ":") else { return false }
            let key = line[..<colon]
            guard PlainYAMLReader.isKey(key), fields[key.lowercased()] == nil else { return false }
            let rest = line[line.index(after: colon)...]
            if rest.allSatisfy({ $0 == " " }) {
                list = OpenList(key: key.lowercased(), line: number)
                return true
            }
            guard rest.first == " ", let value = PlainYAMLReader.value(rest.drop { $0 == " " }) else { return false }
            fields[key.lowercased()] = FrontMatter.Field(value: value, line: number)
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

    /// A value after `key: `: a flow list, or a scalar (a plain one may be a flag such as `true`).
    private static func value(_ text: Substring) -> FrontMatter.Value? {
        let text = text.dropLast(while: { $0 == " " })
        if text.first == "[" {
            guard text.count >= 2, text.last == "]" else { return nil }
            let inner = text.dropFirst().dropLast()
            if inner.allSatisfy({ $0 == " " }) { return .list([]) }
            var items: [String] = []
            for part in inner.split(separator: ",", omittingEmptySubsequences: false) {
                let item = part.drop { $0 == " " }.dropLast(while: { $0 == " " })
                guard isPlain(item), !item.contains(where: { "[]{}\"'".contains($0) }) else { return nil }
                items.append(String(item))
            }
            return .list(items)
        }
        guard let scalar = scalar(text) else { return nil }
        if scalar.isPlain, let flag = Bool(yamlFlag: scalar.text) { return .flag(flag) }
        return .text(scalar.text)
    }

    /// Plain text, or text in single or double quotes with no quote or escape inside.
    private static func scalar(_ text: Substring) -> (text: String, isPlain: Bool)? {
        let text = text.drop { $0 == " " }.dropLast(while: { $0 == " " })
        guard let first = text.first else { return nil }
        if first == "\"" || first == "'" {
            guard text.count >= 2, text.last == first else { return nil }
            let inner = text.dropFirst().dropLast()
            guard !inner.contains(first), !inner.contains("\\") else { return nil }
            return (String(inner), false)
        }
        return isPlain(text) ? (String(text), true) : nil
    }

    /// Text YAML reads as itself: no indicator first, no `: ` or ` #` inside, no `:` last.
    private static func isPlain(_ text: Substring) -> Bool {
        guard let first = text.first, !"-?:,[]{}#&*!|>'\"%@`".contains(first) else { return false }
        return !text.contains(": ") && !text.contains(" #") && text.last != ":"
    }

    private static func isKey(_ key: Substring) -> Bool {
        guard let first = key.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return false }
        return key.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
            || $0 == "_" || $0 == "-" }
    }

    /// What YAML allows in a document, less tabs and carriage returns (left to Yams).
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}

private extension Substring {
    /// The text without the trailing characters that match `predicate`.
    func dropLast(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
