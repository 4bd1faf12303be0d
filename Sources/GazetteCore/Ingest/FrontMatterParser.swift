import Foundation
import TOMLKit
import Yams

/// Splits a Markdown file into front matter (YAML between `---` lines, or TOML between `+++` lines) and body.
struct FrontMatterParser {
    /// The front matter's fields and the body's first line.
    struct Split {
        var frontMatter: FrontMatter
        var bodyStartLine: Int
    }

    func parse(_ lines: TextLines, format: DocumentFormat) -> Result<Split, FrontMatterError> {
        let fence = format == .tomlFrontMatter ? "+++" : "---"
        guard let close = closingFenceLine(fence, in: lines) else {
            return .failure(FrontMatterError(line: 1, message: "front matter opened with '\(fence)' is never "
                + "closed: add a line with only '\(fence)' after the last field"))
        }
        let source = String(lines.text(from: 2, through: close - 1))
        let fields = format == .tomlFrontMatter
            ? readTOML(source, lines: lines, close: close) : readYAML(source)
        return fields.map { Split(frontMatter: $0, bodyStartLine: close + 1) }
    }

    /// The number of the first line after the first that is `fence` alone (white space around it allowed). A line's
    /// first bytes are compared before it is trimmed: `hasPrefix` on a slice took a generic path, a call per byte.
    private func closingFenceLine(_ fence: String, in lines: TextLines) -> Int? {
        guard lines.count >= 2 else { return nil }
        let fenceBytes = Array(fence.utf8)
        return (2...lines.count).first { number in
            let line = lines[number: number]
            return line.utf8.starts(with: fenceBytes) && line.trimmed == fence
        }
    }

    // MARK: - YAML

    /// Plain front matter is read directly (`PlainYAMLReader`), the rest by Yams.
    private func readYAML(_ source: String) -> Result<FrontMatter, FrontMatterError> {
        guard let fields = PlainYAMLReader.fields(source) else { return composeYAML(source) }
        return .success(FrontMatter(fields: fields))
    }

    /// Reads `source` with Yams.
    func composeYAML(_ source: String) -> Result<FrontMatter, FrontMatterError> {
        let node: Node?
        do {
            // Every value is read as text here (flags by `Bool(yamlFlag:)`), so the basic resolver, which runs no
            // regular expressions, is enough; naming the encoding spares Yams a look at the environment per file.
            node = try Yams.compose(yaml: source, .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(Self.frontMatterError(from: error))
        } catch {
            return .failure(FrontMatterError(line: 1, message: "front matter is not valid YAML: \(error)"))
        }
        guard let node else { return .success(FrontMatter()) }
        guard let mapping = node.mapping else {
            return .failure(FrontMatterError(line: 2, message: "front matter must be 'key: value' lines, "
                + "but it is a single \(node.sequence == nil ? "value" : "list")"))
        }
        var frontMatter = FrontMatter()
        for (key, value) in mapping {
            guard let name = key.string?.lowercased() else { continue }
            let line = 1 + (key.mark?.line ?? 1)
            frontMatter.fields[name] = FrontMatter.Field(value: Self.value(of: value), line: line)
        }
        return .success(frontMatter)
    }

    private static func value(of node: Node) -> FrontMatter.Value {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, let flag = Bool(yamlFlag: scalar.string) { return .flag(flag) }
            return .text(scalar.string)
        case .sequence(let sequence):
            return .list(sequence.compactMap { $0.string })
        default:
            return .other
        }
    }

    private static func frontMatterError(from error: YamlError) -> FrontMatterError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return FrontMatterError(line: 1 + mark.line, message: "front matter is not valid YAML: \(problem) "
                + "(column \(mark.column)); quote values that contain ':' or start with '[', '{', '*' or '&'")
        default:
            return FrontMatterError(line: 1, message: "front matter is not valid YAML: \(error)")
        }
    }

    // MARK: - TOML

    /// Plain front matter is read directly (`PlainTOMLReader`), the rest by TOMLKit.
    private func readTOML(_ source: String, lines: TextLines, close: Int) -> Result<FrontMatter, FrontMatterError> {
        guard let fields = PlainTOMLReader.fields(source) else {
            return composeTOML(source, lines: lines, close: close)
        }
        return .success(FrontMatter(fields: fields))
    }

    /// TOML front matter read by TOMLKit (internal for the tests that hold `PlainTOMLReader` to it).
    func composeTOML(_ source: String, lines: TextLines, close: Int) -> Result<FrontMatter, FrontMatterError> {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            return .failure(FrontMatterError(line: 1 + error.source.begin.line,
                                             message: "front matter is not valid TOML: \(error.description)"))
        } catch {
            return .failure(FrontMatterError(line: 1, message: "front matter is not valid TOML: \(error)"))
        }
        var frontMatter = FrontMatter()
        for key in table.keys {
            guard let value = table[key] else { continue }
            let line = keyLine(key, in: lines, close: close)
            frontMatter.fields[key.lowercased()] = FrontMatter.Field(value: Self.value(of: value), line: line)
        }
        return .success(frontMatter)
    }

    private func keyLine(_ key: String, in lines: TextLines, close: Int) -> Int {
        (2..<max(close, 2)).first { number in
            let line = lines[number: number].trimmed
            return line.hasPrefix(key) && line.dropFirst(key.count).trimmed.hasPrefix("=")
        } ?? 1
    }

    private static func value(of value: any TOMLValueConvertible) -> FrontMatter.Value {
        if let text = value.string { return .text(text) }
        if let flag = value.bool { return .flag(flag) }
        if let dateTime = value.dateTime { return .text(isoText(dateTime)) }
        if let date = value.date { return .text(isoText(date)) }
        if let number = value.int { return .text(String(number)) }
        if let array = value.array {
            return .list(array.compactMap { element in element.string ?? element.int.map(String.init) })
        }
        return .other
    }

    private static func isoText(_ date: TOMLDate) -> String {
        String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
    }

    private static func isoText(_ dateTime: TOMLDateTime) -> String {
        let time = dateTime.time
        var text = isoText(dateTime.date) + String(format: "T%02d:%02d:%02d", time.hour, time.minute, time.second)
        if let offset = dateTime.offset {
            text += PublishedDate.offsetText(offset.offset * 60)
        }
        return text
    }
}

extension Bool {
    /// YAML 1.1's words for true and false, as Jekyll and Hexo write them.
    init?(yamlFlag text: String) {
        // The words are five bytes at most (and no character outside ASCII lowercases to their letters): longer text,
        // such as every title and summary, is turned down without a lowercased copy.
        guard text.utf8.count <= 5 else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": self = true
        case "false", "no", "off": self = false
        default: return nil
        }
    }
}
