import Foundation

/// The variable names a Mustache template uses, with their lines, for the `--strict` check.
enum TemplateVariables {
    struct Usage: Equatable {
        var name: String
        var line: Int
    }

    /// Names in `{{name}}`, `{{{name}}}`, `{{&name}}`, `{{#name}}` and `{{^name}}` tags (for dotted names, each part);
    /// comments, partials, pragmas and closing tags are skipped, and so is `.`.
    static func names(in template: String) -> [Usage] {
        var usages: [Usage] = []
        var line = 1
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            line += rest[..<open.lowerBound].filter { $0 == "\n" }.count
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "}}") else { break }
            var tag = afterOpen[..<close.lowerBound]
            rest = afterOpen[close.upperBound...]
            line += tag.filter { $0 == "\n" }.count
            if rest.hasPrefix("}") { rest = rest.dropFirst() }
            guard let first = tag.first, !"!>/=<$%".contains(first) else { continue }
            if "{&#^".contains(first) { tag = tag.dropFirst() }
            let name = tag.trimmingCharacters(in: .whitespaces)
            guard name != ".", !name.isEmpty else { continue }
            for part in name.split(separator: ".") { usages.append(Usage(name: String(part), line: line)) }
        }
        return usages
    }
}
